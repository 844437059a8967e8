"""Where the quotes of a paragraph are: its quote marks paired (`quote_spans`). Curly or
straight double quotes, guillemets and „low" marks; a straight mark opens after a space or
at the start, and closes otherwise. Japanese and Chinese corner brackets nest (『』 inside
「」): only the outermost pair is a quote. quotes.py attributes what these spans hold.
"""

from __future__ import annotations

import re

OPENING = "“„«‹"
CLOSING = "”»›"
# Japanese and Chinese corner brackets nest (『』 inside 「」): only the outermost pair
# is a quote, and other marks inside it are part of its words.
CJK_PAIRS = {"「": "」", "『": "』", "﹁": "﹂", "﹃": "﹄"}
# A straight double quote opens after these (and at the start); otherwise it closes.
_OPENS_AFTER = " \t([{—–-:：，、（"
# Chinese and Japanese text sets no space before a quote ('是"…"', '说,"…"'), so there a
# straight mark cannot tell opening from closing by what comes before it. (Korean sets
# words apart by spaces, and the spacing rule reads it.)
_HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


# In Chinese or Japanese text a straight mark right after a digit is a unit, the seconds
# of an angle or inches ("北緯35度41'22\"", "12\"の画面"), never a quote mark: the text
# itself is set without spaces, so nothing else tells it from a closing mark.
_DIGITS = "0123456789０１２３４５６７８９"


def _unit_marks(paragraph: str) -> set[int]:
    """Where the straight marks that are units stand in a Chinese or Japanese
    `paragraph` (empty for other text). Visits the marks only, never every character:
    a long one-line text is parsed in one paragraph."""
    units = set()
    i = paragraph.find('"', 1)
    while i != -1:
        if paragraph[i - 1] in _DIGITS:
            units.add(i)
        i = paragraph.find('"', i + 1)
    if units and _HAN_OR_KANA.search(paragraph) is None:
        return set()
    return units


def _paired_in_order(paragraph: str, units: set[int]) -> bool:
    """Whether the straight marks of `paragraph` open and close in turn: in Chinese or
    Japanese text, when they come in pairs (an odd count is a quote running on from the
    paragraph before, or a stray mark, which the spacing rule reads better); `units`:
    the marks that are units, no quote marks."""
    count = paragraph.count('"') - len(units)
    return count > 0 and count % 2 == 0 and _HAN_OR_KANA.search(paragraph) is not None


def _opens(paragraph: str, i: int) -> bool:
    """Whether the straight mark at `i` (not the first character) opens a quote: after a
    space or an opening punctuation; or after an ellipsis and right before a word, as a
    Korean headline's closing clause follows its first ('첫 통화..."동맹 억지력 강화"',
    '통화…"북한 문제 등 논의"'), where an English closing mark is followed by a space or
    a punctuation mark ('…we will..." he said')."""
    if paragraph[i - 1] in _OPENS_AFTER:
        return True
    return paragraph[i - 1] in ".…" and paragraph[i + 1 : i + 2].isalnum()


def opens_with_quote(paragraph: str) -> bool:
    """Whether `paragraph` begins with an opening quote mark (a straight one too)."""
    head = paragraph.lstrip()[:1]
    return bool(head) and (head in OPENING or head == '"' or head in CJK_PAIRS)


_QUOTE_MARK = re.compile(
    "["
    + re.escape('"' + OPENING + CLOSING + "".join(CJK_PAIRS) + "".join(CJK_PAIRS.values()))
    + "]"
)


def has_quote_mark(paragraph: str) -> bool:
    """Whether `paragraph` holds any quote mark (without one it holds no quote)."""
    if paragraph.isascii():  # (an answer kept by the string: its only possible mark is '"')
        return '"' in paragraph
    return _QUOTE_MARK.search(paragraph) is not None


def quote_spans(
    paragraph: str, *, last: bool = False, continued: bool = False
) -> list[tuple[int, int]]:
    """(start, end) of each quote in `paragraph`, marks included.

    A quote still open at the end of a paragraph it began is kept (the convention for
    quotes running over several paragraphs), and so is one opened anywhere in the text's
    `last` paragraph (an excerpt cut off inside a quote: "아울러 “오스틴 장관은 항행의
    자유를 수호" ends the text) or in a paragraph `continued` by the next, which opens
    with a quote mark (Blinken said, “We are committed… / “We will not…”: the same
    convention, the quote begun mid-paragraph); other unclosed marks are ignored.
    """
    last = last or continued
    spans = []
    open_at: int | None = None
    cjk_open: list[str] = []  # the corner brackets open, innermost last
    cjk_start = 0
    units = _unit_marks(paragraph)
    in_order = _paired_in_order(paragraph, units)
    for mark in _QUOTE_MARK.finditer(paragraph):  # every other character changes nothing
        i, char = mark.start(), mark.group(0)
        if cjk_open:
            if char in CJK_PAIRS:
                cjk_open.append(char)
            elif char == CJK_PAIRS[cjk_open[-1]]:
                cjk_open.pop()
                if not cjk_open:
                    spans.append((cjk_start, i + 1))
            continue
        if char in CJK_PAIRS and open_at is None:
            cjk_open, cjk_start = [char], i
            continue
        if i in units:
            continue
        if char == '"' and in_order:
            char = "“" if open_at is None else "”"
        elif char == '"':
            char = "“" if i == 0 or _opens(paragraph, i) else "”"
        if char in OPENING:
            open_at = i
        elif char in CLOSING and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None and (open_at == 0 or last):
        spans.append((open_at, len(paragraph)))
    if cjk_open and (cjk_start == 0 or last):
        spans.append((cjk_start, len(paragraph)))
    return spans


CLOSERS = CLOSING + '"' + "".join(CJK_PAIRS.values())


def quote_text(paragraph: str, start: int, end: int) -> str | None:
    """The words of the quote at paragraph[start:end], marks and trailing comma dropped;
    None when empty, or when the marks were paired across two quotes in garbled copy."""
    text = paragraph[start + 1 : end - 1 if paragraph[end - 1] in CLOSERS else end]
    text = text.strip().rstrip(",").strip()
    if not text or text[0] in ",;:.":
        return None
    return text
