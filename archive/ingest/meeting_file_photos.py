"""The captions of file photos, for `meeting_context` and `meetings`: a photo marked as
one from the archive ("(자료사진)", "(file photo)", "資料写真", "foto de archivo") shows an
earlier meeting, and its caption's date and place ("…지난 2014년 3월 25일 네덜란드
헤이그에서 … 3자회담을 가진 모습 (자료 사진)") are that meeting's, not those of the
one the report covers. The caption (the sentence a bracketed marker closes) is blanked
before the text's dates and places are read. Pure: no Django.
"""

from __future__ import annotations

from archive.ingest.meeting_mentions import DATE_HEAD

# Folded (`prefilter.fold`), as they are looked for in the folded text.
FILE_PHOTO_MARKERS = (
    "file photo", "file picture", "archive photo",
    "자료사진", "자료 사진", "資料写真", "資料寫真", "资料照片", "資料照片", "资料图片", "資料圖片",
    "foto de archivo", "foto arsip", "foto d'archivio", "foto d’archivio",
)  # fmt: skip


# Only the opening and the close are read for markers: the dates are read there
# (`meeting_mentions.DATE_HEAD`), and there the pipeline puts the captions it dropped
# (after the body, before the headline). A long text costs no more than a short one.
HEAD_REACH = DATE_HEAD
TAIL_REACH = 2000


def without_file_photos(body: str, folded: str) -> tuple[str, str]:
    """`body` and its fold `folded` (same length) with each file photo's caption in its
    opening and close blanked to spaces, so that positions in one still match the
    other. A text without a marker (nearly all) is returned as it is."""
    spans = sorted(set(_marked_lines(folded)))
    if not spans:
        return body, folded
    return _blank(body, spans), _blank(folded, spans)


_OPEN, _CLOSE = "([（【", ")]）】"
_STOPS = (". ", "。", "! ", "? ")


def _marked_lines(folded: str):
    """(start, end) of each file photo's caption within the opening and the close: the
    sentence a marker in brackets closes ("… 3자회담을 가진 모습 (자료 사진)", "… June 29,
    2022. (File photo)"). A marker said in passing, out of brackets ("the file photo it
    released"), marks no caption."""
    tail = max(HEAD_REACH, len(folded) - TAIL_REACH)
    for low, high in ((0, min(len(folded), HEAD_REACH)), (tail, len(folded))):
        for marker in FILE_PHOTO_MARKERS:
            at = folded.find(marker, low, high)
            while at >= 0:
                span = _caption(folded, at, at + len(marker))
                if span:
                    yield span
                at = folded.find(marker, at + len(marker), high)


def _caption(folded: str, at: int, end: int) -> tuple[int, int] | None:
    """The caption a bracketed marker at [at, end) closes, or None when it is unbracketed."""
    opening = folded[:at].rstrip(" ")
    closing = folded[end:].lstrip(" ")
    if not opening or opening[-1] not in _OPEN or not closing or closing[0] not in _CLOSE:
        return None
    bracket = len(opening) - 1
    stop = folded.find(closing[0], end) + 1
    line = folded.rfind("\n", 0, bracket) + 1
    before = folded[line:bracket].rstrip()
    # "… June 29, 2022. (File photo)": the sentence the marker follows is the caption.
    cut = len(before) - 1 if before.endswith((".", "。")) else len(before)
    start = line
    for mark in _STOPS:
        found = before.rfind(mark, 0, cut)
        if found >= 0:
            start = max(start, line + found + len(mark))
    return start, stop


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    parts, at = [], 0
    for start, end in spans:
        start = max(start, at)  # two markers' lines may be one line
        parts += [text[at:start], " " * (end - start)]
        at = max(at, end)
    return "".join(parts) + text[at:]
