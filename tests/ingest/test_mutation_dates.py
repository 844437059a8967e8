"""Dates: the behaviours mutation testing found no test deciding (issue 11). Every month
of the year in each form, a full date in a dateline, the bounds of a day and a month, the
Japanese eras, the length of a date line, and where each finding comes from."""

from datetime import date

import pytest

from archive.ingest.dates import (
    extract_date,
    find_full_date,
    find_month_year,
    find_year,
    infer_year,
    is_date_line,
    month_day,
    parse_full_date,
    parse_hint,
)
from archive.ingest.one_line_pages import unfold_one_line_page

ENGLISH_MONTHS = [
    (1, "Jan", "January"),
    (2, "Feb", "February"),
    (3, "Mar", "March"),
    (4, "Apr", "April"),
    (5, "May", "May"),
    (6, "Jun", "June"),
    (7, "Jul", "July"),
    (8, "Aug", "August"),
    (9, "Sept", "September"),
    (10, "Oct", "October"),
    (11, "Nov", "November"),
    (12, "Dec", "December"),
]


@pytest.mark.parametrize(("number", "short", "full"), ENGLISH_MONTHS)
def test_every_english_month_in_a_yearless_date(number, short, full):
    assert month_day(f"{short} 7") == (number, 7)
    assert month_day(f"{short}. 7") == (number, 7)
    assert month_day(f"21 {full}") == (number, 21)


@pytest.mark.parametrize(("number", "short", "full"), ENGLISH_MONTHS)
def test_every_english_month_with_its_year_only(number, short, full):
    assert find_month_year(f"Archive: {full} 2022") == date(2022, number, 1)
    finding = parse_hint(f"{short} 2019")
    assert (finding.published, finding.precision) == (date(2019, number, 1), "month")


@pytest.mark.parametrize(("number", "short", "full"), ENGLISH_MONTHS)
def test_every_english_month_in_a_full_date(number, short, full):
    assert find_full_date(f"Posted {full} 12, 2021 by staff") == date(2021, number, 12)
    assert find_full_date(f"Posted 12 {short} 2021") == date(2021, number, 12)


# Spanish, Italian, Indonesian for each month (each a distinct name in NATIVE_MONTHS).
NATIVE_MONTHS = [
    (1, "enero", "gennaio", "Januari"),
    (2, "febrero", "febbraio", "Februari"),
    (3, "marzo", "marzo", "Maret"),
    (4, "abril", "aprile", "April"),
    (5, "mayo", "maggio", "Mei"),
    (6, "junio", "giugno", "Juni"),
    (7, "julio", "luglio", "Juli"),
    (8, "agosto", "agosto", "Agustus"),
    (9, "septiembre", "settembre", "September"),
    (10, "octubre", "ottobre", "Oktober"),
    (11, "noviembre", "novembre", "November"),
    (12, "diciembre", "dicembre", "Desember"),
]


@pytest.mark.parametrize(("number", "spanish", "italian", "indonesian"), NATIVE_MONTHS)
def test_every_native_month_in_a_full_date(number, spanish, italian, indonesian):
    expected = date(2022, number, 9)
    assert parse_full_date(f"9 de {spanish} de 2022", "es") == expected
    assert parse_full_date(f"9 {italian} 2022", "it") == expected
    assert parse_full_date(f"Senin, 9 {indonesian} 2022", "id") == expected


@pytest.mark.parametrize(("number", "spanish", "italian", "indonesian"), NATIVE_MONTHS)
def test_every_native_month_with_its_year_only(number, spanish, italian, indonesian):
    expected = date(2023, number, 1)
    assert find_month_year(f"{spanish} de 2023") == expected
    assert find_month_year(f"{italian} 2023") == expected
    assert find_month_year(f"{indonesian} 2023") == expected


@pytest.mark.parametrize(
    ("month", "expected"),
    [(1, (1, 5)), (9, (9, 5)), (2, (2, 5)), (6, (6, 5)), (12, (12, 5))],
)
def test_cjk_month_and_day_for_several_months(month, expected):
    assert month_day(f"{month}月5日") == expected
    assert month_day(f"{month}월 5일") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 31", (1, 31)),
        ("Jan 1", (1, 1)),
        ("Jan 32", None),
        ("Jan 0", None),
        ("12月31日", (12, 31)),
        ("1月1日", (1, 1)),
        ("12月32日", None),
        ("1月0日", None),
        ("0月5日", None),
        ("13月5日", None),
    ],
)
def test_a_day_and_a_month_stay_in_their_bounds(text, expected):
    assert month_day(text) == expected


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("TOKYO, Jan 7, 2022", date(2022, 1, 7)),
        ("WASHINGTON, March 16, 2021", date(2021, 3, 16)),
        ("Tokio, 7 de octubre de 2022", date(2022, 10, 7)),
    ],
)
def test_a_full_date_inside_a_dateline_is_the_reports_date(dateline, expected):
    body = ["The ministers met to review the alliance and agreed on a joint statement."]
    finding, consumed = extract_date(body, dateline_date=dateline, body_indexes=[0])
    assert finding == type(finding)(expected, "day", "dateline")
    assert consumed is None


def test_a_header_date_line_wins_over_the_dateline():
    paragraphs = ["Allies meet", "Jan 9, 2022", "The ministers met to review the alliance."]
    finding, consumed = extract_date(
        paragraphs, header_indexes=[0, 1], body_indexes=[2], dateline_date="TOKYO, Jan 7, 2022"
    )
    assert (finding.published, finding.source, consumed) == (date(2022, 1, 9), "header", 1)


def test_a_dateline_date_wins_over_a_body_date_line():
    paragraphs = ["March 3, 2020", "The ministers met."]
    finding, _ = extract_date(paragraphs, body_indexes=[0, 1], dateline_date="TOKYO, Jan 7, 2022")
    assert (finding.published, finding.source) == (date(2022, 1, 7), "dateline")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和元年5月1日", date(2019, 5, 1)),
        ("令和2年5月1日", date(2020, 5, 1)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("昭和元年12月25日", date(1926, 12, 25)),
        ("大正元年8月1日", date(1912, 8, 1)),
        ("大正15年12月24日", date(1926, 12, 24)),
        ("明治元年10月23日", date(1868, 10, 23)),
        ("明治45年7月29日", date(1912, 7, 29)),
    ],
)
def test_each_japanese_era_counts_from_its_first_year(text, expected):
    assert parse_full_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和6年", 2024),
        ("平成元年", 1989),
        ("2024年", 2024),
        ("令和5年3月", 2023),
        ("発表 2021年3月2日 以上", 2021),
        ("Posted Jan 7, 2020", 2020),
        ("令和3年 と 2018年", 2021),  # the first one printed
        ("2018年 と 令和3年", 2018),
        ("no year here", None),
    ],
)
def test_find_year_takes_the_first_year_printed(text, expected):
    assert find_year(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12022.01.07", None),  # not a year of four figures
        ("2022.01.071", None),
        ("2022.1/7", None),  # one separator throughout
        ("2022/12/31", date(2022, 12, 31)),
        ("2022.02.30", None),
    ],
)
def test_year_first_figures(text, expected):
    assert find_full_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1º de maio de 2022", date(2022, 5, 1)),
        ("1er mai 2022", date(2022, 5, 1)),
        ("7 de enero del 2022", date(2022, 1, 7)),
        ("7 Januari, 2022", date(2022, 1, 7)),
        ("x7 Januari 2022", None),
        ("7 Januari 20221", None),
        ("31 Februari 2022", None),
    ],
)
def test_native_full_date_forms(text, expected):
    assert find_full_date(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jan 7, 2022", True),
        ("one two three four five Jan 7, 2022", True),  # eight words
        ("one two three four five six Jan 7, 2022", False),  # nine
        ("2022年1月7日", True),
        ("発表日は" + "あ" * 2 + "2022年1月7日", True),  # 7.5 units
        ("発表日は" + "あ" * 4 + "2022年1月7日", False),  # 8.5 units
        ("Updated 07:45 13:10:20 one two three four Jan 17, 2022", True),  # times are extras
        ("one two three four five six", False),  # no date
    ],
)
def test_a_date_line_is_short_and_carries_a_date(line, expected):
    assert is_date_line(line) is expected


def test_a_date_line_limit_can_be_widened():
    line = "one two three four five six Jan 7, 2022"
    assert is_date_line(line, limit=9) is True


@pytest.mark.parametrize(
    ("md", "near", "expected"),
    [
        ((1, 2), date(2022, 12, 30), date(2023, 1, 2)),  # forward across the new year
        ((6, 15), date(2022, 6, 1), date(2022, 6, 15)),
        ((2, 29), date(2021, 3, 1), date(2020, 2, 29)),
    ],
)
def test_infer_year_takes_the_closest(md, near, expected):
    assert infer_year(md, near) == expected


def test_a_yearless_date_near_the_top_of_the_body_waits_for_a_year():
    paragraphs = ["Allies meet", "The news.", "11月14日、会談が行われた。", "他。"]
    finding, consumed = extract_date(paragraphs, header_indexes=[0], body_indexes=[1, 2, 3])
    assert (finding.published, finding.source, finding.month_day, consumed) == (
        None,
        "body",
        (11, 14),
        None,
    )
    later = ["Allies meet", "The news.", "Other news.", "11月14日、会談が行われた。"]
    finding, _ = extract_date(later, header_indexes=[0], body_indexes=[1, 2, 3])
    assert finding.month_day is None


def test_a_month_only_header_line_must_be_short():
    long_line = "Report on the relations of the two allies in the year, January 2022"
    paragraphs = ["Title", long_line, "Body."]
    finding, consumed = extract_date(paragraphs, header_indexes=[0, 1], body_indexes=[2])
    assert (finding.published, consumed) == (None, None)
    paragraphs = ["Title", "Archive: January 2022", "Body."]
    finding, consumed = extract_date(paragraphs, header_indexes=[0, 1], body_indexes=[2])
    assert (finding.published, finding.precision, finding.source, consumed) == (
        date(2022, 1, 1),
        "month",
        "header",
        1,
    )


def test_a_body_date_line_at_the_top_is_consumed_lower_down_is_not():
    top = ["September 15, 2017", "The ministers met in New York."]
    finding, consumed = extract_date(top, body_indexes=[0, 1])
    assert (finding.published, finding.source, consumed) == (date(2017, 9, 15), "body", 0)
    lower = ["Lead.", "Second.", "Third.", "September 15, 2017", "The ministers met."]
    finding, consumed = extract_date(lower, body_indexes=range(5))
    assert (finding.published, consumed) == (date(2017, 9, 15), None)


def test_a_hint_is_read_in_the_sites_date_order_and_says_it_is_a_hint():
    us = parse_hint("1/11/2023", "en-us")
    assert (us.published, us.precision, us.source) == (date(2023, 1, 11), "day", "hint")
    assert parse_hint("1/11/2023").published == date(2023, 11, 1)
    month = parse_hint("January 2022")
    assert (month.precision, month.source) == ("month", "hint")


def test_the_first_month_printed_wins_not_the_earliest():
    assert find_month_year("March 2023, after January 2021") == date(2023, 3, 1)
    assert find_month_year("2023年3月、January 2021") == date(2023, 3, 1)


def test_29_february_with_no_leap_year_in_reach_is_no_date():
    assert infer_year((2, 29), date(2022, 6, 1)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Menteri Luar Negeri AS bertemu mitranya di Washington pada Rabu (11/1/2023).",  # news day
        "11/1/2023",  # a date line of its own
    ],
)
def test_a_body_date_is_read_in_the_sites_date_order(line):
    paragraphs = ["Title", line, "The ministers met."]
    for language, expected in (("en-us", date(2023, 11, 1)), ("id", date(2023, 1, 11))):
        finding, _ = extract_date(
            paragraphs, header_indexes=[0], body_indexes=[1, 2], language=language
        )
        assert finding.published == expected


def test_a_one_line_page_unfolds_after_a_head_of_forty_words_at_most():
    rest = "The two ministers met in Tokyo and agreed to deepen the alliance. " * 10
    for words, unfolds in ((40, True), (41, False)):
        head = " ".join((["Tokyo", "Talks"] * 21)[:words])
        line = f"{head} June 1, 2023 {rest}"
        expected = [head, "June 1, 2023", rest.strip()] if unfolds else [line]
        assert unfold_one_line_page([line]) == expected


@pytest.mark.parametrize(
    ("byline", "language"),
    [
        ("By Jane Doe and John Roe, Staff Writers | January 7, 2022 | Politics and World", "en"),
        ("Oleh Jane Doe dan John Roe, Wartawan | 7 Januari 2022 | Berita Politik Dunia", "id"),
    ],
)
def test_a_bylines_date_between_bars_is_a_date_to_the_day(byline, language):
    # a50f3b0 sample: a byline too long for a date line still dates the report, to the day.
    finding, consumed = extract_date(
        ["Allies meet", byline, "The talks went well."],
        header_indexes=[0, 1],
        body_indexes=[2],
        language=language,
    )
    assert (finding.published, finding.precision, finding.source) == (
        date(2022, 1, 7),
        "day",
        "byline",
    )
    assert consumed is None  # the byline stays the byline


def test_a_one_line_pages_date_must_stand_alone_before_the_rest():
    # a50f3b0 sample: "2023年6月1日、…" runs on into a sentence; with a space after it the
    # date stands alone, and the page unfolds.
    rest = "Foreign Minister Hayashi met Secretary Blinken in Tokyo to discuss the alliance."
    alone = f"新聞音頻 日米外相が会談 2023年6月1日 {rest} And more talks followed."
    assert unfold_one_line_page([alone])[:2] == ["新聞音頻 日米外相が会談", "2023年6月1日"]
    glued = alone.replace("2023年6月1日 ", "2023年6月1日、")
    assert unfold_one_line_page([glued]) == [glued]


@pytest.mark.parametrize(
    ("dateline_date", "source", "month_day"),
    [("", "body", (1, 7)), ("Tokyo", "body", (1, 7)), ("Jan 9", "dateline", (1, 9))],
)
def test_a_yearless_dateline_dates_the_report_only_when_it_holds_a_month_and_day(
    dateline_date, source, month_day
):
    # a50f3b0 sample: a dateline with no date in it leaves the body's "1月7日" to date it.
    finding, _ = extract_date(
        ["日米外相会談", "1月7日、両外相は東京で会談した。"],
        header_indexes=[0],
        body_indexes=[1],
        dateline_date=dateline_date,
        language="ja",
    )
    assert (finding.published, finding.source, finding.month_day) == (None, source, month_day)


def test_a_one_line_page_unfolds_only_before_a_rest_twice_as_long_as_its_head():
    head = "News Audio Foreign Ministers Meet In Tokyo For Talks On The Alliance And Region"
    short_rest = "Hayashi and Blinken met in Tokyo on Friday."
    line = f"{head} 2023年6月1日 {short_rest}"
    assert len(line) >= 100 and len(short_rest) < 2 * len(head)
    assert unfold_one_line_page([line]) == [line]
    long_rest = short_rest + " They agreed to meet again in Washington." * 3
    assert unfold_one_line_page([f"{head} 2023年6月1日 {long_rest}"])[0] == head


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1 de enero", (1, 1)),  # seed-20261207 sample (_native_month_day 23): the first
        ("enero 1", (1, 1)),
        ("1 Mei", (5, 1)),
        ("31 gennaio", (1, 31)),  # and the last day a month may have
        ("0 de enero", None),
        ("32 de enero", None),
    ],
)
def test_a_yearless_native_date_holds_any_day_from_the_first_to_the_thirty_first(text, found):
    assert month_day(text) == found


def test_a_bodys_date_under_a_header_line_of_the_year_alone_is_the_bodys_and_takes_that_line():
    # seed-20261207 sample (extract_date 78): its source is "body"; the year line is used.
    paragraphs = ["令和6年", "林外務大臣は11月14日、会談した。"]
    finding, consumed = extract_date(paragraphs, header_indexes=[0], body_indexes=[1])
    assert (finding.published, finding.precision, finding.source) == (
        date(2024, 11, 14),
        "day",
        "body",
    )
    assert consumed == 0
