"""The words around a quote that its attribution reads, clipped to a window: the sentence
before the quote and the rest of the sentence after it, at most WINDOW_CHARS characters
of each. Pure: no Django.

A speaker is named near the words: in a sentence of normal length ("Graves, who arrived
in Tokyo on Monday for talks on supply chains, said on Tuesday that …  “…”"). A page that
comes as one line with no full stop (stripped HTML) makes every quote's sentence run from
the start of the paragraph, and each rule reading it (speakers.attribution,
loose_speakers.loose_attribution, quote_names.names_a_thing, each a search through the
whole sentence) made the reading quadratic: 44 KB took 10 s, a 5 MB page never ended.
Clipped, each quote costs at most a window's reading. The last sentence of the paragraph
above, read for the speaker of a quote below it (quote_subjects.py), is clipped the same way.
"""

from __future__ import annotations

import re

from archive.ingest.sentence_breaks import SENTENCE_BREAK, SentenceBreaks

# 600 characters, about 100 English words, each side of the quote: a long sentence of a
# news report is 40 words, about 250 characters. In the tune reports (188 Latin-script
# quotes read for a subject) the longest sentence before a quote ran 323 characters and
# the farthest subject stood 216 before its quote ("X said … “…”"); the longest rest of a
# sentence after one, 291. None of them is clipped; a sentence longer than the window is
# read from the first word that starts inside it.
WINDOW_CHARS = 600
_SPACE = re.compile(r"\s")


class QuoteWindow(SentenceBreaks):
    """SentenceBreaks whose `around` reads no further than WINDOW_CHARS characters either
    side of a quote: the sentence before it from its start, or from the first word that
    starts in the window when it began before; the rest of the sentence after it to its
    end, or to the last whole word in the window. Where the sentence before starts (or
    its clipped part) is what it returns, so offsets into it land on the paragraph.
    Breaks are looked for in the window only, so a quote costs a window's reading
    whatever the paragraph's length and the order quotes are asked about in."""

    def around(self, start: int, end: int) -> tuple[str, str, int]:
        paragraph = self.paragraph
        # (the first break whose mark is in the window: `after` ends with that mark)
        following = SENTENCE_BREAK.search(paragraph, end, end + WINDOW_CHARS + 1)
        if following is not None:
            after_end = following.start() + 1
        elif end + WINDOW_CHARS >= len(paragraph):
            after_end = len(paragraph)
        else:
            after_end = end + WINDOW_CHARS
            while after_end > end and not paragraph[after_end].isspace():
                after_end -= 1  # back to the space that ends the last whole word
        lo = max(0, start - WINDOW_CHARS)
        ends = [m.end() for m in SENTENCE_BREAK.finditer(paragraph, lo, start)]
        if ends:
            before_start = ends[-1]
        elif lo == 0 or paragraph[lo - 1].isspace():
            before_start = lo
        else:
            space = _SPACE.search(paragraph, lo, start)  # past the word cut in two
            before_start = space.end() if space else start
        return paragraph[end:after_end], paragraph[before_start:start], before_start
