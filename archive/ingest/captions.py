"""Photo captions: how a caption ends, how many sentences a line holds, and the block of
lines (alt text, photo title, caption) printed above a photo's credit line.

Pure functions on the report's lines; the pipeline decides what to drop with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.header import is_heading, is_sentence, word_count

_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]{0,80}[)）]\s*$")
_SENTENCE_BREAK = re.compile(
    # Not after a title or an initial: "Mr. Abe", "U.S. Embassy", "Lloyd J. Austin".
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSr)(?<!\bJr)(?<!\bSt)(?<!\bMrs)(?<!\b[A-Z])"
    r"[.!?…][\"”’)]*(?=\s+[\"“‘(¿¡]?[A-ZÀ-Þ\u3040-\u9fff\uac00-\ud7af])|[。！？](?!$)"
)


def sentence_count(line: str) -> int:
    """How many sentences `line` holds; a closing note in brackets ("(2021年3月16日)",
    "(Reuters)") is not one."""
    text = _TRAILING_NOTE.sub("", line.strip())
    return 1 + len(_SENTENCE_BREAK.findall(text))


# How a photo caption ends: a note in brackets ("(2021年3月16日)", "(AP Photo/…)"), or
# the wire style date and place ("…, on April 10, 2024, in Washington.", "…, el 10 de
# abril de 2024, en Washington.", "… to the Pentagon, Sept. 14, 2022.").
_CAPTION_TAIL = re.compile(
    r"(?:[(（][^()（）]{1,80}[)）]"
    r"|,[^,]{0,40}\b(?:19|20)\d{2},\s+(?:en|in|di|a|à)\s+[A-Z][^,.]{1,40}"
    r"|,\s+(?:(?:on|el|pada)\s+)?(?:[A-Z][a-z]+,?\s+)?[A-Za-zÀ-ÿ.]{3,12}\s+\d{1,2},\s+"
    r"(?:19|20)\d{2})\s*\.?\s*$"
)


def has_caption_tail(line: str) -> bool:
    """`line` ends the way photo captions do (see _CAPTION_TAIL)."""
    return _CAPTION_TAIL.search(line.strip()) is not None


def caption_block(
    paragraphs: Sequence[str], credits: set[int], taken: set[int] | frozenset[int] = frozenset()
) -> list[int]:
    """The lines of each photo's caption above its credit line ("Photo By: …").

    Directly above the credit: the caption, a line that is no sentence or one sentence
    ending the way captions do ("…, Sept. 14, 2022."); above it, a short photo title
    ("Honor Cordon") and, over that, the image's one-sentence alt text. A line printed
    on both sides of the credit is the alt text and the caption. Anything else above a
    credit (the report's last paragraph, say) is the report's.
    """
    found: list[int] = []
    for credit in sorted(credits):
        i = credit - 1
        while i in credits:
            i -= 1
        if i < 0 or i in taken:
            continue
        after = credit + 1
        if after < len(paragraphs) and paragraphs[after] == paragraphs[i] and after not in taken:
            found.extend((i, after))  # alt text above the credit, the caption below it
            continue
        line = paragraphs[i]
        if is_sentence(line) and not (sentence_count(line) == 1 and has_caption_tail(line)):
            continue
        found.append(i)
        title, alt = i - 1, i - 2
        if alt < 0 or {title, alt} & taken:
            continue
        # Photo title and alt text come as a pair, or not at all: a short line above a
        # caption alone may be the page's date line or headline.
        short_title = not is_sentence(paragraphs[title]) and word_count(paragraphs[title]) <= 8
        alt_text = paragraphs[alt]
        if short_title and is_sentence(alt_text) and sentence_count(alt_text) == 1:
            if word_count(alt_text) <= 40 and not is_heading(alt_text):
                found.extend((title, alt))
    return sorted(set(found))
