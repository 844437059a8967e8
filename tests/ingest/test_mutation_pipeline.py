"""HTML routing (issue 11's mutation sample, pipeline.py): a content type, when given,
decides alone whether the body is read as HTML; XHTML is HTML."""

from datetime import date

import pytest

from archive.ingest.pipeline import _clean_hints, is_html, parse_report

PLAIN = b"Plain words about a meeting, no markup at all."


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html",
        "TEXT/HTML; charset=utf-8",
        "application/xhtml+xml",
        " application/xhtml+xml ; q=1",
    ],
)
def test_an_html_or_xhtml_content_type_is_html_whatever_the_name_and_bytes(content_type):
    assert is_html(content_type, "report.txt", PLAIN) is True


def test_another_content_type_is_not_html_even_for_an_html_file_name():
    assert is_html("text/plain; charset=utf-8", "report.html", b"<html><p>x</p></html>") is False


@pytest.mark.parametrize("name", ["REPORT.HTM", "report.htm", "report.html", "Report.Html"])
def test_without_a_content_type_an_html_name_decides_whatever_the_bytes(name):
    # seed-20261207 sample (is_html 13): both endings, in any case.
    assert is_html("", name, PLAIN) is True


def test_without_a_content_type_or_an_html_name_the_bytes_decide():
    assert is_html("", "report.txt", PLAIN) is False
    assert is_html("", "report.txt", b"<html><body><p>x</p></body></html>") is True


def test_only_known_hint_fields_with_a_value_are_kept_stripped():
    hints = {"title": "  Leaders meet  ", "outlet": "   ", "published": None, "colour": "blue"}
    assert _clean_hints(hints) == {"title": "Leaders meet"}
    assert _clean_hints(None) == {}


def test_a_plain_style_caption_under_a_korean_headline_is_dropped_as_one(ref):
    # One sentence in the plain style under the headline, a text in the polite style.
    caption = "미국 국무장관과 일본 외무상이 17일 도쿄에서 회담했다."
    polite = [
        "미국과 일본이 외교장관 회담을 열고 동맹의 중요성을 강조했습니다.",
        "국무부는 이날 보도자료에서 두 장관이 지역 안보 문제를 논의했다고 밝혔습니다.",
        "두 장관은 북한 문제에 대해서도 긴밀히 협력하기로 했습니다.",
    ]
    raw = "\n\n".join(["미일 외교장관 회담", caption, *polite]).encode()
    report = parse_report(raw, reference=ref, filename="page.txt")
    assert [(d.line, d.reason) for d in report.dropped] == [
        ("미일 외교장관 회담", "title"),
        (caption, "photo caption in the plain style under the headline"),
    ]
    assert caption not in report.body


def test_a_section_banner_is_read_in_the_head_only(ref):
    # A region's name alone is a site's section banner above the body, not inside it.
    body = [
        "林外務大臣は、東京でブリンケン国務長官と日米外相会談を行い、同盟の強化と地域情勢について"
        "意見交換を行いました。",
        "両外相は、経済安全保障やサプライチェーンの強靱化について、引き続き緊密に連携していくことで"
        "一致しました。",
        "アジア",
        "また、両外相は、次回の首脳会談に向けて、引き続き協力していくことを確認しました。",
    ]
    raw = "\n\n".join(["アジア", "日米外相会談の開催", *body]).encode()
    report = parse_report(raw, reference=ref, filename="page.txt")
    assert [(d.line, d.reason) for d in report.dropped] == [
        ("アジア", "section banner"),
        ("日米外相会談の開催", "title"),
    ]
    assert report.body.split("\n\n") == body
    # seed-20261207 sample (_read_title 96): the banner names the report's section,
    assert report.section == "アジア"
    # unless a section is given.
    given = parse_report(raw, reference=ref, filename="page.txt", hints={"section": "政治"})
    assert given.section == "政治"


def test_a_role_quoted_in_the_headline_is_its_holder_on_the_reports_date(ref):
    raw = (
        b'"The alliance has never been stronger," says Japanese foreign minister\n\n'
        b"TOKYO, Jan 7, 2022 (Reuters) - Japan and the United States held talks on Friday "
        b"about the alliance and the region.\n\n"
        b"The ministers agreed to deepen their cooperation on security and the economy."
    )
    report = parse_report(raw, reference=ref, filename="report.txt")
    assert str(report.published) == "2022-01-07"
    assert [(q.speaker_slug, q.text) for q in report.quotes] == [
        ("yoshimasa-hayashi", "The alliance has never been stronger")
    ]


def test_a_headline_printed_twice_is_page_chrome_beside_an_outlets_own_lines(ref):
    # a50f3b0 sample: the repeated headline goes to the chrome the outlet's fingerprint
    # reads (its language against the outlet's) as the line it is.
    lines = [
        "Japan and US agree to deepen ties",
        "Japan and US agree to deepen ties",
        "JAKARTA - Foreign Minister Yoshimasa Hayashi met Secretary of State Antony Blinken"
        " in Tokyo on Friday, and the two discussed the alliance at length.",
        "Baca: Revenge, China Blocks Visas",
        "The two ministers agreed to meet again later this year in Washington.",
        "Baca juga: Talks",
        "(esn)",
    ]
    report = parse_report("\n\n".join(lines).encode(), reference=ref, filename="page.txt")
    assert report.outlet_slug == "sindonews"
    assert (lines[1], "headline printed again") in [(d.line, d.reason) for d in report.dropped]


def test_links_listed_under_a_tags_header_are_dropped_with_their_reason(ref):
    # a50f3b0 sample: the reason a dropped line carries is what the curator reads.
    lines = [
        "Foreign Minister Yoshimasa Hayashi met Secretary of State Antony Blinken in Tokyo"
        " on Friday and the two discussed the alliance.",
        "The two ministers agreed to meet again later this year in Washington.",
        "Tags",
        "Japan",
        "Alliance",
    ]
    report = parse_report("\n\n".join(lines).encode(), reference=ref, filename="page.txt")
    assert [(d.line, d.reason) for d in report.dropped] == [
        ("Tags", "tags"),
        ("Japan", "link listed under a list's header"),
        ("Alliance", "link listed under a list's header"),
    ]


def test_a_clip_title_above_its_player_and_below_it_is_dropped_as_a_video_clip_caption(ref):
    # a50f3b0 sample: VOA's page prints a clip's title above its player and again below.
    title = "VOA连线(记者):两国外长举行会谈"
    lines = [
        "美日外长会谈",
        title,
        "请稍等",
        "没有媒体可用资源",
        "0:00 0:03:12 0:00",
        title,
        "美国国务卿星期二在东京与日本外相举行会谈。双方同意加强同盟合作,并讨论了地区安全问题。",
        "两国外长还宣布将在年内举行经济版二加二会议。",
    ]
    report = parse_report("\n\n".join(lines).encode(), reference=ref, filename="page.txt")
    assert [d.reason for d in report.dropped if d.line == title] == ["video clip caption"] * 2
    assert title not in report.body


def test_an_html_pages_site_name_names_its_outlet(ref):
    # a50f3b0 sample: the page's og:site_name reaches the outlet, here an unknown one.
    html = (
        "<html><head><title>Allies meet</title>"
        "<meta property='og:site_name' content='Harbor Daily'></head><body><article>"
        "<h1>Allies meet</h1><p>Foreign Minister Yoshimasa Hayashi met Secretary of State"
        " Antony Blinken in Tokyo on Friday, and the two discussed the alliance at length.</p>"
        "<p>The two ministers agreed to meet again later this year in Washington.</p>"
        "</article></body></html>"
    )
    report = parse_report(html.encode(), reference=ref, filename="page.html")
    assert (report.outlet_slug, report.outlet_name) == (None, "Harbor Daily")
    assert "unknown outlet 'Harbor Daily'" in report.notes


def test_an_html_pages_author_is_the_reports_byline(ref):
    # a50f3b0 sample: the page's author metadata is the byline when the text prints none.
    html = (
        "<html><head><title>Allies meet</title><meta name='author' content='Jane Doe'>"
        "</head><body><article><h1>Allies meet</h1><p>Foreign Minister Yoshimasa Hayashi met"
        " Secretary of State Antony Blinken in Tokyo on Friday, and the two discussed the"
        " alliance at length.</p><p>The two ministers agreed to meet again later this year in"
        " Washington.</p></article></body></html>"
    )
    assert parse_report(html.encode(), reference=ref, filename="page.html").byline == "Jane Doe"


_UNDATED_PAGE = (
    b"<html><head><title>Allies meet</title></head><body><article>"
    b"<h1>Allies meet</h1><p>Foreign Minister Yoshimasa Hayashi met Secretary of State"
    b" Antony Blinken in Tokyo on Friday, and the two discussed the alliance at length.</p>"
    b"<p>The two ministers agreed to meet again later this year in Washington.</p>"
    b"</article></body></html>"
)


def test_an_html_pages_address_dates_it_when_its_markup_does_not(ref):
    # a50f3b0 sample (pipeline._read 20): the address is handed to the page reader, which
    # reads the date printed in its path; without an address the page stays undated.
    url = "https://www.harbordaily.example/news/2022/03/04/allies-meet.html"
    report = parse_report(_UNDATED_PAGE, reference=ref, filename="p.html", hints={"url": url})
    assert (report.published, report.url) == (date(2022, 3, 4), url)
    assert (report.outlet_slug, report.outlet_name) == (None, "harbordaily.example")
    undated = parse_report(_UNDATED_PAGE, reference=ref, filename="p.html")
    assert (undated.published, undated.url) == (None, "")


_DOD_LEAD = (
    "The Secretary of Defense told the Japanese Defense Minister that the alliance is the "
    "cornerstone of security in the region. The two met at the Pentagon today."
)
_DOD_LAST = "The Secretary said the two nations share a long friendship and many common interests."
_DOD_CAPTION = "The Secretary greets the Minister at the Pentagon, Sept. 14, 2030."


def _photo_block_page(block: str) -> bytes:
    return f"Allies Meet at the Pentagon Today\n\n{_DOD_LEAD}\n\n{block}\n\n{_DOD_LAST}\n".encode()


def test_a_photo_block_above_its_credit_is_dropped_with_its_reasons(ref):
    # a50f3b0 sample (parse_report 98): the caption's reason names it a caption, which is
    # what lets a photo title glued above a lone caption go too.
    alt = "Two officials shake hands in front of a row of flags in a conference room."
    block = f"{alt}\nHandshake at the Pentagon\n{_DOD_CAPTION}\nPhoto By: Sam Roe, DOD"
    report = parse_report(_photo_block_page(block), reference=ref)
    assert {d.line: d.reason for d in report.dropped} == {
        "Allies Meet at the Pentagon Today": "title",
        alt: "photo caption above its credit",
        "Handshake at the Pentagon": "photo caption above its credit",
        _DOD_CAPTION: "photo caption above its credit",
        "Photo By: Sam Roe, DOD": "photo credit",
    }
    assert report.body == f"{_DOD_LEAD}\n\n{_DOD_LAST}"


def test_a_photo_title_over_a_caption_without_alt_text_goes_as_the_captions_title(ref):
    block = f"Handshake at the Pentagon\n{_DOD_CAPTION}\nPhoto By: Sam Roe, DOD"
    report = parse_report(_photo_block_page(block), reference=ref)
    dropped = {d.line: d.reason for d in report.dropped}
    assert dropped["Handshake at the Pentagon"] == "photo title above its caption"
    assert dropped[_DOD_CAPTION] == "photo caption above its credit"
    assert report.body == f"{_DOD_LEAD}\n\n{_DOD_LAST}"
