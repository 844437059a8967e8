"""A translated release as embassies print it (invented pages): headline, reading time,
the page's own date in the "F j, Y" order with a CJK month word ("四月 6, 2021"), then the
issuer glued to the headline again and the reprinted document's own date. The headline
is the first line, the page's date is the published date, and the document's date stays
with the text."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.dates import find_full_date, is_date_line
from archive.ingest.header import site_title_lines
from archive.ingest.layout import layout_around_date
from archive.ingest.pipeline import parse_report


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("四月 6, 2021", "2021-04-06"),
        ("十二月 25, 2023", "2023-12-25"),
        ("十一月 3, 2022", "2022-11-03"),
        ("十月 1, 2020", "2020-10-01"),
        ("4月 6, 2021", "2021-04-06"),
        ("4월 6, 2021", "2021-04-06"),
        ("１１月 ３, ２０２２", "2022-11-03"),
    ],
)
def test_a_cjk_month_word_in_the_month_first_order_is_a_date(text, expected):
    assert str(find_full_date(text, "zh")) == expected
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "十三月 6, 2021",  # no such month
        "四月 31, 2021",  # no such day
        "2021年四月",  # a month, no day
        "四月6日",  # no year in it
    ],
)
def test_no_full_date_without_a_real_day_month_and_year(text):
    assert find_full_date(text, "zh") is None


def test_the_first_date_printed_wins_over_a_month_first_one_later():
    assert str(find_full_date("2021年4月2日 四月 6, 2021", "zh")) == "2021-04-02"
    assert str(find_full_date("四月 6, 2021 2021年4月2日", "zh")) == "2021-04-06"


@pytest.mark.parametrize(
    "line",
    ["1 快速阅读", "3 min read", "5 minutes read", "2 分鐘閱讀", "5분 읽기", "3分で読めます"],
)
def test_a_reading_time_is_chrome(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "reading time"


@pytest.mark.parametrize(
    "line",
    [
        "3 min read of the statement was enough for the minister to reject it.",
        "两国外长用了10分钟阅读联合声明的草案。",
        "1 快速阅读并不能代替认真研究。",
    ],
)
def test_sentences_about_reading_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def _page(*lines: str) -> bytes:
    return "\n\n".join(lines).encode()


ZH = _page(
    "An official website of the United States government",
    "美日外长会谈联合新闻声明",
    "2 快速阅读",
    "五月 12, 2022",
    "美国国务院美日外长会谈联合新闻声明",
    "2022年5月10日",
    "美国国务卿与日本外务大臣于2022年5月10日在华盛顿举行会谈,讨论了印太地区的安全形势。",
    "两国外长重申美日同盟是印太地区和平与繁荣的基石,并同意在经济安全领域加强合作。",
)
JA = _page(
    "An official website of the United States government",
    "日米外相会談に関する共同プレス声明",
    "3 min read",
    "5月 12, 2022",
    "米国務省日米外相会談に関する共同プレス声明",
    "2022年5月10日",
    "米国務長官と日本の外務大臣は2022年5月10日、ワシントンで会談し、インド太平洋地域の安全保障環境について議論した。",
    "両外相は、日米同盟がインド太平洋地域の平和と繁栄の礎であることを再確認した。",
)
KO = _page(
    "An official website of the United States government",
    "미일 외교장관 회담 공동 언론 성명",
    "5분 읽기",
    "5월 12, 2022",
    "국무부미일 외교장관 회담 공동 언론 성명",
    "2022년 5월 10일",
    "미국 국무장관과 일본 외무상은 2022년 5월 10일 워싱턴에서 회담하고 "
    "인도태평양 지역의 안보 상황을 논의했다.",
    "양국 장관은 미일 동맹이 인도태평양 지역 평화와 번영의 초석임을 재확인했다.",
)


@pytest.mark.parametrize(
    ("raw", "title", "reprint", "second_date"),
    [
        (ZH, "美日外长会谈联合新闻声明", "美国国务院美日外长会谈联合新闻声明", "2022年5月10日"),
        (
            JA,
            "日米外相会談に関する共同プレス声明",
            "米国務省日米外相会談に関する共同プレス声明",
            "2022年5月10日",
        ),
        (
            KO,
            "미일 외교장관 회담 공동 언론 성명",
            "국무부미일 외교장관 회담 공동 언론 성명",
            "2022년 5월 10일",
        ),
    ],
)
def test_an_embassy_translation_end_to_end(ref, raw, title, reprint, second_date):
    report = parse_report(raw, reference=ref)
    assert report.title == title
    assert str(report.published) == "2022-05-12"  # the page's date, not the document's
    dropped = {d.line: d.reason for d in report.dropped}
    assert reprint in dropped  # the issuer glued to the headline printed again
    assert second_date not in dropped  # the document's own date stays with its text
    assert second_date in report.body.split("\n\n")


def test_a_second_date_under_the_date_line_is_never_a_caption():
    paragraphs = [
        "Joint Statement on the Ministers' Meeting",
        "May 12, 2022",
        "Office of the Spokesperson",
        "May 10, 2022",
        "The Secretary of State and the Foreign Minister of Japan met in Washington today and "
        "discussed the security environment of the Indo-Pacific region.",
    ]
    layout = layout_around_date(paragraphs, 1)
    assert layout.title == 0
    assert 3 not in layout.captions
    # A short line there that is no date, no issuer and no heading is still a caption.
    paragraphs[3] = "The ministers shake hands before the meeting"
    assert 3 in layout_around_date(paragraphs, 1).captions


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["The White House美国-日本-韩国三方新闻声明"], "美国-日本-韩国三方新闻声明"),
        (["美国国务院美日外长会谈"], "美日外长会谈"),
        (["外務省日米外相会談"], "日米外相会談"),
        (["국무부미일 외교장관 회담"], "미일 외교장관 회담"),
        (["The White House Joint Statement on Japan"], "Joint Statement on Japan"),
    ],
)
def test_the_headline_again_after_its_issuers_name_is_furniture(lines, title):
    assert site_title_lines(lines, title) == [0]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("本日、東京で日米外相会談", "日米外相会談"),
        ("两国外长今天举行了美日外长会谈", "美日外长会谈"),
        ("Tokyo Joint Statement on Japan", "Joint Statement on Japan"),
    ],
)
def test_a_line_ending_with_the_headline_after_other_words_stays(line, title):
    assert site_title_lines([line], title) == []


def test_the_headline_after_its_issuer_goes_on_a_page_without_a_date_line(ref):
    raw = "\n\n".join(
        [
            "美日外长会谈联合新闻声明",
            "美国国务院美日外长会谈联合新闻声明",
            "美国国务卿与日本外务大臣在华盛顿举行会谈,讨论了印太地区的安全形势。",
            "两国外长重申美日同盟是印太地区和平与繁荣的基石,并同意在经济安全领域加强合作。",
        ]
    ).encode()
    report = parse_report(raw, reference=ref)
    assert report.title == "美日外长会谈联合新闻声明"
    assert "美国国务院美日外长会谈联合新闻声明" in {d.line for d in report.dropped}
    assert report.body.startswith("美国国务卿与日本外务大臣")
