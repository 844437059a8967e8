"""A speaker's name in parentheses right before a CJK quote (issue 11): Japanese
television sites print what was said on screen as "（高市首相）「…」" or "（アメリカ
トランプ大統領）「…」", the caption that names the speaker in brackets and the words
after it, several to a paragraph; cjk_quotes.py gives the quote to that person.

Wires print the caption after the words instead: "「…」（高市氏）「…」（トランプ氏）",
the speaker of each quote in brackets right after it. A paragraph is read one way or the
other by its first quote: with a caption before it, every caption names the quote after;
without one, a caption right after a quote names that quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.cjk_quote_words import ANY_TITLE
from archive.ingest.results import Mention
from archive.ingest.spans import mention_index

# The parenthesised caption ending right before the quote mark: a few words, no quote
# marks or line breaks inside ("（記者）", "（アメリカ トランプ大統領）").
_LABEL = re.compile(r"[（(](?P<label>[^（）()「」『』“”\n]{1,24})[）)][^\S\n]*\Z")
_LOOK_BACK = 30  # characters: the longest caption and its brackets
# What may follow the name inside the caption: its title, if the name was read without it.
_TITLE_ALONE = re.compile(rf"\s*(?:{ANY_TITLE})?\s*")


def bracket_speaker(
    paragraph: str,
    offset: int,
    start: int,
    mentions: Sequence[Mention],
    spans: Sequence[tuple[int, int]] = (),
) -> Mention | None:
    """The known person whose name ends the parenthesised caption right before the quote
    at paragraph[start] (`offset`: the paragraph's place in the body), or None: a
    caption naming no one known ("（記者）"), a place or a photo's side ("（東京）",
    "（右）") names no speaker. In a paragraph of captions after the words (`spans`, its
    quotes, tell), a caption right after a quote is that quote's, not the next one's."""
    window = max(0, start - _LOOK_BACK)
    label = _LABEL.search(paragraph, window, start)
    if label is None:
        return None
    if _captions_follow(paragraph, spans) and any(e == label.start() for _, e in spans):
        return None
    return _named_in(paragraph, offset, label, mentions)


def trailing_speaker(
    paragraph: str,
    offset: int,
    end: int,
    mentions: Sequence[Mention],
    spans: Sequence[tuple[int, int]],
) -> Mention | None:
    """The known person a parenthesised caption right after the quote ending at
    paragraph[end] names, in a paragraph whose first quote has no caption before it
    ("「…」（高市氏）"); None otherwise."""
    label = _LABEL_AFTER.match(paragraph, end)
    if label is None or not _captions_follow(paragraph, spans):
        return None
    return _named_in(paragraph, offset, label, mentions)


# The caption right after a quote's closing mark, then the sentence's end, another quote
# or the paragraph's end.
_LABEL_AFTER = re.compile(
    r"[^\S\n]*[（(](?P<label>[^（）()「」『』“”\n]{1,24})[）)](?=[^\S\n]*(?:[。．「『“]|\Z|\n))"
)


def _captions_follow(paragraph: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the paragraph's first quote has no caption right before it."""
    if not spans:
        return False
    first = spans[0][0]
    return _LABEL.search(paragraph, max(0, first - _LOOK_BACK), first) is None


def _named_in(
    paragraph: str, offset: int, label: re.Match, mentions: Sequence[Mention]
) -> Mention | None:
    """The known person whose name ends the caption `label` (its title may follow)."""
    lo, hi = offset + label.start("label"), offset + label.end("label")
    inside = mention_index(mentions).within(lo, hi)
    end = label.end("label")
    ending = [m for m in inside if _TITLE_ALONE.fullmatch(paragraph, m.end - offset, end)]
    return ending[-1] if ending else None
