"""Lines over the headline and a ministry page's link to its other language (issue 11,
fifteenth session): a short line nothing else claimed above the headline is the site's
banner (a country's name, the minister whose page it is), though the page prints no date
line; the issuing office stays the report's; a bracketed "(英語版)" alone on its line is the
link to the English page. Every text here is made up."""

from __future__ import annotations

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.headline_choice import banners_over_headline
from archive.ingest.pipeline import parse_report

JA_TEXT = (
    "9月20日、ニューヨークを訪問中の外務大臣は、オーストラリアの外務大臣と会談を行ったところ、"
    "概要以下のとおり。両大臣は地域情勢について意見交換を行った。"
)
EN_TEXT = (
    "President John Miller met Prime Minister Taro Sato at the White House on Friday. "
    "The two leaders agreed to deepen the alliance and to meet again in Tokyo next year."
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def _dropped(report) -> dict[str, str]:
    return {d.line: d.reason for d in report.dropped}


def test_a_countrys_name_over_an_undated_headline_is_the_sites_banner(ref):
    report = _parse(ref, "\n".join(["オーストラリア連邦", "日豪外相会談", "", JA_TEXT]))
    assert report.title == "日豪外相会談"
    assert _dropped(report)["オーストラリア連邦"] == "section banner"
    assert "オーストラリア連邦" not in report.body


def test_a_ministers_name_over_the_headline_is_the_pages_banner(ref):
    report = _parse(ref, "\n".join(["佐藤外務大臣", "日豪外相会談(夕食会)(概要)", JA_TEXT]))
    assert report.title == "日豪外相会談(夕食会)(概要)"
    assert _dropped(report)["佐藤外務大臣"] == "section banner"


def test_the_issuing_office_over_the_headline_stays_the_reports(ref):
    text = "\n".join(
        [
            "Office of the Press Secretary",
            "Readout of the President's Meeting with Prime Minister Sato of Japan",
            "",
            EN_TEXT,
        ]
    )
    report = _parse(ref, text)
    assert report.title.startswith("Readout of the President's Meeting")
    assert "Office of the Press Secretary" not in _dropped(report)


def test_a_sentence_or_a_long_line_over_the_headline_is_no_banner():
    paragraphs = [
        "The ministers met.",
        "A line of eleven words that stands over the headline of the page",
        "日豪外相会談",
        JA_TEXT,
    ]
    assert banners_over_headline(paragraphs, 2, set()) == []
    assert banners_over_headline(["国・地域", *paragraphs[2:]], 1, set()) == [0]
    assert banners_over_headline(["国・地域", *paragraphs[2:]], 1, {0}) == []


def test_a_bracketed_link_to_the_english_page_is_a_language_switch():
    assert boilerplate_reason("(英語版)", DEFAULT_PATTERNS) == "language switch"
    assert boilerplate_reason("（日本語版）", DEFAULT_PATTERNS) == "language switch"


def test_a_bracketed_note_on_the_english_version_is_kept():
    assert boilerplate_reason("(英語版は後日掲載)", DEFAULT_PATTERNS) is None
    assert boilerplate_reason("(英語版リンク集はこちら)", DEFAULT_PATTERNS) is None


def test_a_releases_kind_alone_in_brackets_is_a_label():
    for line in ("(Press Release)", "[Media Note]", "（報道発表）", "( News Release )"):
        assert boilerplate_reason(line, DEFAULT_PATTERNS) == "release label"


def test_a_headline_naming_a_release_is_no_label():
    for line in ("Press Release on the Alliance (Summary)", "(Press Release on the Talks)"):
        assert boilerplate_reason(line, DEFAULT_PATTERNS) != "release label"
