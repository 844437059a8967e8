r"""Review (found while reading 0460640, which adds a row of such links; the fault is older,
a85223a, and holds at b90b6db): chrome_patterns' Japanese "back to …" link,
`(?:[^。．！？\s]{1,30}[へに])?(?:戻る|もどる)` on a whole line, takes any short line that ends
in "…に戻る" ("returns to …"). A Japanese headline or subhead has no final stop, and
"return to" is a common news verb: "米、パリ協定に戻る" (the US returns to the Paris
Agreement), "交渉は振り出しに戻る" (talks are back to square one). The headline is dropped
as navigation and the report has no title. A link back names a place on the site (a
page, a list, the top, a section); a clause with a subject ("米、", "交渉は") is no link.
Made-up text."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report


@pytest.mark.parametrize("line", ["ページの先頭へ戻る", "一覧に戻る", "国・地域へ戻る"])
def test_guard_links_back_are_navigation(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "navigation"


HEADLINES = ("米、パリ協定に戻る", "交渉は振り出しに戻る", "日米関係、再び原点に戻る")


@pytest.mark.parametrize("line", HEADLINES)
def test_a_headline_that_returns_somewhere_is_no_link_back(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_the_headline_stays_the_title(ref):
    text = (
        HEADLINES[0] + "\n\n2021年1月20日\n\n"
        "バイデン大統領は20日、パリ協定への復帰を命じる大統領令に署名した。\n\n"
        "日本政府はこれを歓迎した。"
    )
    report = parse_report(text.encode(), reference=ref, hints={"url": "https://example.jp/a"})
    assert report.title == HEADLINES[0]
