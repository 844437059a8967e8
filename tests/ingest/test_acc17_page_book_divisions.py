"""A white paper's pages (issue 11, seventeenth session): the book's part or chapter over
the section that is the page ("第II部 …" above "2 日米安全保障体制") is the series' banner,
however long its name, and the row of links to the items before and after ("前の項目に
戻る　次の項目に進む") is navigation. A sentence that moves forward ("協議が前に進む") and
a short banner-sized line are read as before. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.headline_choice import banners_over_headline
from archive.ingest.pipeline import parse_report

BODY = (
    "　日米両国は、同盟の抑止力を高めるため、平素から緊密に協議を重ねてきた。\n\n"
    "　本年も、防衛相会談において、地域情勢と協力の方向について意見を交換した。"
)
LONG_PART = "第IV部 わが国の防衛政策の基本的な考え方と防衛力整備の方向性"


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def test_a_long_part_heading_over_the_section_is_the_banner_not_the_body(ref):
    report = _parse(ref, f"{LONG_PART} \n\n3 日米防衛協力の進展\n\n{BODY}")
    assert report.title == "3 日米防衛協力の進展"
    assert LONG_PART not in report.body
    assert "防衛相会談において" in report.body


def test_a_long_part_heading_is_a_banner_over_the_headline():
    lines = [LONG_PART, "3 日米防衛協力の進展", "本文。"]
    assert banners_over_headline(lines, 1, set()) == [0]


def test_a_long_line_over_the_headline_that_is_no_part_is_left():
    long_line = "わが国の防衛政策の基本的な考え方と防衛力整備の方向性について"
    lines = [long_line, "3 日米防衛協力", "本文。"]
    assert banners_over_headline(lines, 1, set()) == []


@pytest.mark.parametrize(
    "line",
    ["前の項目に戻る     次の項目に進む", "前へ 次へ", "次のページへ進む", "次へ", "目次へ戻る"],
)
def test_links_to_the_items_before_and_after_are_navigation(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "navigation"


@pytest.mark.parametrize("line", ["協議が前に進む", "次の段階に進む", "交渉が次の段階に進む見通し"])
def test_a_line_that_moves_forward_in_its_own_words_stays(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None
