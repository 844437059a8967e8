"""extract_date and friends: local formats, precision, the yearless dateline."""

from datetime import date

import pytest

from archive.ingest.dates import (
    extract_date,
    find_full_date,
    infer_year,
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
