"""A reporter's credit line in Chinese or Korean ("記者 林大明 報導", "홍길동 기자
hong@example.com"), read as the byline.

Chinese and Korean news sites print the reporter on a line of their own, between the
headline and the date ("記者 林大明 報導", "编辑 王小明 报道") or under the last paragraph
("홍길동 기자 hong@example.com", "/홍길동 기자"). The English byline ("By Jane Doe",
header.BYLINE) misses them, so a head's credit line was taken for the headline (the
headline above it went as a banner) and a closing one stayed in the body as a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.header import Found

# Chinese: the role first, the name, then "reported" with the place or "compiled" it may
# carry ("記者 林大明 報導", "记者王小明/北京报道", "編輯 林大明 綜合報導"), or the role and the
# name alone in brackets or after "文/" ("文/記者 林大明", "(记者 王小明)"), or the outlet and
# the name in lenticular brackets ("【ABC 林大明報導】").
_ZH_ROLE = r"(?:實習記者|实习记者|特派記者|特派记者|記者|记者|編輯|编辑|編譯|编译)"
_ZH_REPORTED = r"(?:綜合|综合|外電|外电)?(?:報導|报道|報道)"
_ZH_BYLINE = (
    rf"(?:文\s*[/／]\s*)?{_ZH_ROLE}\s*(?P<zh>[\u4e00-\u9fff]{{2,3}})"
    rf"\s*(?:[/／、]?\s*[\u4e00-\u9fff]{{0,6}}?{_ZH_REPORTED})"
    rf"|[(（]\s*{_ZH_ROLE}\s*(?P<zh_bracketed>[\u4e00-\u9fff]{{2,3}})\s*[)）]"
    rf"|文\s*[/／]\s*{_ZH_ROLE}\s*(?P<zh_signed>[\u4e00-\u9fff]{{2,3}})"
    # The outlet and the reporter in lenticular brackets: "【ABC 林大明報導】".
    # The name after the role word or a space: "【美日峰会特别报道】" (a special report's
    # banner) names no one (review 0072877).
    rf"|【[^】]{{0,12}}?(?:{_ZH_ROLE}\s*|\s+)(?P<zh_outlet>[\u4e00-\u9fff]{{2,3}})\s*{_ZH_REPORTED}】"
)
# Korean: an optional place or desk and "=", the name, an optional outlet, the role, and
# an optional e-mail address ("홍길동 기자", "워싱턴=홍길동 특파원", "/홍길동 한경닷컴 기자
# hong@example.com"); the address's bracket may open at the end of the line ("홍길동 기자(").
_KO_BYLINE = (
    r"[/／]?\s*(?:[가-힣A-Za-z]{1,10}\s*[=＝]\s*)?(?P<ko>[가-힣]{2,4})"
    r"(?:\s+[가-힣A-Za-z.]{1,10})?\s*(?:인턴\s*기자|객원\s*기자|기자|특파원|통신원)"
    r"\s*(?:[(（]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)）]?|[(（])?"
)
CJK_BYLINE = re.compile(rf"\s*(?:{_ZH_BYLINE}|{_KO_BYLINE})\s*")

_NAME_GROUPS = ("zh", "zh_bracketed", "zh_signed", "zh_outlet", "ko")
OPENING_LINES = 4  # a head's credit stands among the first lines
CLOSING_LINES = 6  # a closing credit stands among the last lines (tags, notes after it)


def reporter_name(line: str) -> str | None:
    """The reporter's name when `line` is a Chinese or Korean credit line and nothing
    else, else None. Cheap for long lines: a credit line is short."""
    if len(line) > 80:
        return None
    match = CJK_BYLINE.fullmatch(line)
    if match is None:
        return None
    return next(match[group] for group in _NAME_GROUPS if match[group])


def find_cjk_byline(paragraphs: Sequence[str], header_end: int) -> Found | None:
    """The first credit line of the head (before `header_end`, or among the first lines:
    a survey's or an app's prompt may stand above it), else one among the last lines of
    the text, with its reporter's name."""
    head = min(max(header_end, OPENING_LINES), len(paragraphs))
    closing = range(max(head, len(paragraphs) - CLOSING_LINES), len(paragraphs))
    for i in (*range(head), *closing):
        name = reporter_name(paragraphs[i])
        if name is not None:
            return Found(name, i)
    return None
