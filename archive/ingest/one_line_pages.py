"""A page printed as one line, its head, date line and body run together ("新聞音頻
<headline> 2023年6月1日 <body…>"), read apart (split from `dates`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.cjk import has_cjk, units
from archive.ingest.dates import FULL_DATE, ascii_digits
from archive.ingest.native_dates import CJK_FULL_DATE, NATIVE_FULL_DATE, YMD_DATE

# What stops a sentence inside a line: "。", or a full stop and a space.
_SENTENCE_STOP = re.compile(r"[。！？]|[.!?][\"”’)]*\s")


def unfold_one_line_page(paragraphs: Sequence[str]) -> list[str]:
    """A page printed as one line ("新聞音頻 <headline> 2023年6月1日 <body…>"), its head
    and body run together, as its head, date line and the rest: the page's paragraphs
    otherwise. Only when the line is most of the page and a full date stands alone
    (spaces on both sides) within its first 300 characters, after a head of two to forty
    words that holds no sentence stop and before a rest twice as long that does not go on
    in lower case ("Austin said on June 1, 2023 in Tokyo" is a sentence)."""
    if not paragraphs:
        return list(paragraphs)
    line = paragraphs[0]
    if len(line) < 100 or len(line) < 0.8 * sum(map(len, paragraphs)):
        return list(paragraphs)
    head = ascii_digits(line[:300])
    spans = [
        match.span()
        for pattern in (CJK_FULL_DATE, FULL_DATE, NATIVE_FULL_DATE, YMD_DATE)
        for match in pattern.finditer(head)
        if match.start() > 0 and head[match.start() - 1].isspace()
    ]
    if not spans:
        return list(paragraphs)
    start, end = min(spans)
    before, rest = line[:start].strip(), line[end:].strip()
    size = units(before) if has_cjk(before) else len(before.split())
    if (
        not 2 <= size <= 40
        or end >= len(line)
        or not line[end].isspace()
        or _SENTENCE_STOP.search(before)
        or before.endswith((",", "，", "、", "(", "（", ":", "：", "-", "–", "—"))
        or len(rest) < 2 * len(before)
        or rest[:1].islower()
    ):
        return list(paragraphs)
    return [before, line[start:end], rest, *paragraphs[1:]]
