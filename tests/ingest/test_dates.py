"""extract_date and friends: local formats, precision, the yearless dateline."""

from datetime import date

import pytest

from archive.ingest.dates import (
    extract_date,
    find_full_date,
    infer_year,
    is_date_line,
    month_day,
    parse_full_date,
    parse_hint,
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("06:02 PM, Jan 07, 2022", "en", date(2022, 1, 7)),
        ("11/1/2023", "id", date(2023, 1, 11)),  # SINDOnews: day first
        ("1/11/2023", "en-us", date(2023, 1, 11)),  # a US site: month first
        ("7 January 2022", "en", date(2022, 1, 7)),
        ("7 gennaio 2022", "it", date(2022, 1, 7)),
        ("2022-01-07T18:02:00+05:30", "en", date(2022, 1, 7)),
        ("Jan 7", "en", None),  # no year: not a full date
        ("not a date", "en", None),
    ],
)
def test_parse_full_date(text, language, expected):
    assert parse_full_date(text, language) == expected


def test_find_full_date_in_a_sentence():
    sentence = "said Blinken, after a meeting at the State Department, Wednesday (11/1/2023)."
    assert find_full_date(sentence, "id") == date(2023, 1, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 7", (1, 7)),
        ("7 January", (1, 7)),
        ("Sept. 30", (9, 30)),
        ("Jan 40", None),
        ("Friday", None),
    ],
)
def test_month_day(text, expected):
    assert month_day(text) == expected


@pytest.mark.parametrize(
    ("hint", "published", "precision"),
    [
        ("2022-01-07", date(2022, 1, 7), "day"),
        ("January 2022", date(2022, 1, 1), "month"),
        ("sometime", None, "unknown"),
    ],
)
def test_parse_hint(hint, published, precision):
    finding = parse_hint(hint)
    assert (finding.published, finding.precision) == (published, precision)


def test_header_date_line_is_consumed():
    paragraphs = ["Title of the report", "- 06:02 PM, Jan 07, 2022", "Body text of the report."]
    finding, consumed = extract_date(paragraphs, header_indexes=[0, 1], body_indexes=[2])
    assert (finding.published, finding.precision, finding.source, consumed) == (
        date(2022, 1, 7),
        "day",
        "header",
        1,
    )


def test_yearless_dateline_waits_for_a_year():
    finding, consumed = extract_date(["Tokyo, Jan 7 (EFE).- Text."], dateline_date="Jan 7")
    assert (finding.published, finding.precision, finding.month_day, consumed) == (
        None,
        "unknown",
        (1, 7),
        None,
    )


def test_body_date_only_near_the_top():
    paragraphs = ["Para."] * 6 + ["The treaty was signed on January 19, 1960."]
    finding, _ = extract_date(paragraphs, body_indexes=range(7))
    assert finding.published is None


@pytest.mark.parametrize(
    ("md", "near", "expected"),
    [
        ((1, 7), date(2022, 1, 7), date(2022, 1, 7)),
        ((12, 31), date(2022, 1, 1), date(2021, 12, 31)),  # across the new year
        ((2, 29), date(2023, 3, 1), date(2024, 2, 29)),  # the only leap year in reach
    ],
)
def test_infer_year(md, near, expected):
    assert infer_year(md, near) == expected


# Native forms. Every example is invented; the dates are what the form means.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022年1月7日", date(2022, 1, 7)),  # Japanese and Chinese
        ("2022年1月7日（金）", date(2022, 1, 7)),  # with the weekday
        ("２０２２年１月７日", date(2022, 1, 7)),  # full-width digits
        ("令和4年1月7日", date(2022, 1, 7)),  # Reiwa 1 = 2019
        ("平成29年11月5日", date(2017, 11, 5)),  # Heisei 1 = 1989
        ("令和元年5月1日", date(2019, 5, 1)),  # 元年: the era's first year
        ("昭和64年1月7日", date(1989, 1, 7)),  # Showa 1 = 1926
        ("令和６年１１月１４日", date(2024, 11, 14)),
        ("2022년 1월 7일", date(2022, 1, 7)),  # Korean
        ("2022년 1월 7일 (금)", date(2022, 1, 7)),
        ("2022.01.07", date(2022, 1, 7)),  # year first in figures
        ("2022/1/7", date(2022, 1, 7)),
        ("2022. 1. 7.", date(2022, 1, 7)),  # Korean, a space after each dot
        ("7 de enero de 2022", date(2022, 1, 7)),  # Spanish
        ("1 de septiembre de 2023", date(2023, 9, 1)),
        ("7 Januari 2022", date(2022, 1, 7)),  # Indonesian
        ("Jumat, 7 Januari 2022", date(2022, 1, 7)),
        ("17 Agustus 2023", date(2023, 8, 17)),
        ("7 gennaio 2022", date(2022, 1, 7)),  # Italian
        ("22 dicembre 2021", date(2021, 12, 22)),
        ("2022年2月30日", None),  # no such day
    ],
)
def test_native_full_dates(text, expected):
    assert parse_full_date(text) == expected
    if expected:
        assert find_full_date(f"発表 {text} 以上") == expected  # found inside text too


@pytest.mark.parametrize(
    ("hint", "published"),
    [
        ("2022年1月", date(2022, 1, 1)),
        ("令和4年1月", date(2022, 1, 1)),
        ("2022년 1월", date(2022, 1, 1)),
        ("enero de 2022", date(2022, 1, 1)),
        ("gennaio 2022", date(2022, 1, 1)),
        ("Januari 2022", date(2022, 1, 1)),
    ],
)
def test_month_only_native_hints(hint, published):
    finding = parse_hint(hint)
    assert (finding.published, finding.precision) == (published, "month")


def test_a_full_native_hint_is_a_day():
    finding = parse_hint("令和4年1月7日")
    assert (finding.published, finding.precision) == (date(2022, 1, 7), "day")


def test_the_pages_own_date_line_wins_over_the_body():
    # A government page: its date on a line of its own; the body tells of the local day.
    paragraphs = [
        "日米防衛相会談",
        "令和6年11月14日",
        "現地時間11月13日、防衛大臣は国防長官と会談を行い、同盟の強化を確認しました。",
    ]
    finding, consumed = extract_date(paragraphs, header_indexes=[0, 1], body_indexes=[2])
    assert (finding.published, finding.source, consumed) == (date(2024, 11, 14), "header", 1)


def test_a_yearless_body_date_takes_the_headers_year():
    paragraphs = [
        "日米外相電話会談",
        "令和5年",
        "3月2日、外務大臣は国務長官と電話会談を行いました。",
    ]
    finding, consumed = extract_date(paragraphs, header_indexes=[0, 1], body_indexes=[2])
    assert (finding.published, finding.precision, consumed) == (date(2023, 3, 2), "day", 1)


def test_a_yearless_cjk_date_waits_for_the_meeting():
    paragraphs = ["日米外相会談", "1月7日、両外相はテレビ会議を行いました。"]
    finding, _ = extract_date(paragraphs, header_indexes=[0], body_indexes=[1])
    assert (finding.published, finding.month_day) == (None, (1, 7))


def test_a_month_only_header_line_gives_the_month():
    paragraphs = ["日米関係の概要", "2022年1月", "両国は同盟の強化で一致している。"]
    finding, consumed = extract_date(paragraphs, header_indexes=[0, 1], body_indexes=[2])
    assert (finding.published, finding.precision, consumed) == (date(2022, 1, 1), "month", 1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2022년 1월 7일 오후 3시", date(2022, 1, 7)),  # Korean header with a time
        ("Publicado el 7 de enero de 2022", date(2022, 1, 7)),
        ("Jumat, 7 Januari 2022 - 10:15 WIB", date(2022, 1, 7)),
        ("Venerdì 7 gennaio 2022", date(2022, 1, 7)),
    ],
)
def test_native_header_date_lines(line, expected):
    finding, consumed = extract_date(["Title of it", line, "Body."], header_indexes=[0, 1])
    assert (finding.published, finding.source, consumed) == (expected, "header", 1)


def test_month_day_reads_cjk():
    assert month_day("11月14日") == (11, 14)
    assert month_day("１月７日") == (1, 7)
    assert month_day("13月1日") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "平成29年11月6日、安倍総理は、迎賓館赤坂離宮で大統領と首脳会談等を行いました。",
        "El presidente y el primer ministro caminan por la columnata, el 10 de abril de 2024, "
        "en Washington.",
        "On March 16, 2021, the two ministers met in Tokyo to review the alliance.",
        "2022년 1월 7일 두 나라 외교장관과 국방장관이 화상으로 회의를 열었습니다.",
    ],
)
def test_a_date_in_a_body_sentence_dates_an_event_not_the_page(sentence):
    paragraphs = ["Allies meet", sentence]
    finding, consumed = extract_date(paragraphs, header_indexes=[0], body_indexes=[1])
    assert (finding.published, consumed) == (None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("September 15, 2017", date(2017, 9, 15)),  # a date line under a readout's lead
        ("Menlu AS bertemu mitranya di Washington, Rabu (11/1/2023).", date(2023, 1, 11)),
        ("Presiden menerima PM Jepang pada Kamis (8/2/2024) di Gedung Putih.", date(2024, 2, 8)),
    ],
)
def test_body_dates_that_are_the_reports_own(line, expected):
    paragraphs = ["Allies meet", line]
    finding, _ = extract_date(paragraphs, header_indexes=[0], body_indexes=[1], language="id")
    assert (finding.published, finding.source) == (expected, "body")


def test_a_us_time_zone_reads_the_date_month_first():
    body = "The two ministers met in Washington today and agreed to deepen the alliance further."
    for line, expected in [
        ("04/11/2024 07:53 AM EDT", date(2024, 4, 11)),
        ("04/11/2024 07:53", date(2024, 11, 4)),  # no sign of the US: day first
    ]:
        finding, _ = extract_date(["Title", line, body], header_indexes=[0, 1], body_indexes=[2])
        assert finding.published == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2022/1/17 07:45(1/17 08:10 更新)", True),  # times and the update note are extras
        ("Updated 07:45 13:10 Jan 17, 2022", True),
        ("On March 16, 2021, the two ministers met in Tokyo to review the alliance.", False),
    ],
)
def test_is_date_line(line, expected):
    assert is_date_line(line) is expected
