"""A speaker's name in parentheses right before a CJK quote (issue 11): Japanese
television sites print what was said on screen as "（高市首相）「…」" or "（アメリカ
トランプ大統領）「…」", the caption that names the speaker in brackets and the words
after it, several to a paragraph; cjk_quotes.py gives the quote to that person."""

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
    paragraph: str, offset: int, start: int, mentions: Sequence[Mention]
) -> Mention | None:
    """The known person whose name ends the parenthesised caption right before the quote
    at paragraph[start] (`offset`: the paragraph's place in the body), or None: a
    caption naming no one known ("（記者）"), a place or a photo's side ("（東京）",
    "（右）") names no speaker."""
    window = max(0, start - _LOOK_BACK)
    label = _LABEL.search(paragraph, window, start)
    if label is None:
        return None
    lo, hi = offset + label.start("label"), offset + label.end("label")
    inside = mention_index(mentions).within(lo, hi)
    end = label.end("label")
    ending = [m for m in inside if _TITLE_ALONE.fullmatch(paragraph, m.end - offset, end)]
    return ending[-1] if ending else None
