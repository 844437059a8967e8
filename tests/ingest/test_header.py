"""Section, byline, title and dateline from the head of a report."""

import pytest

from archive.ingest.header import (
    extract_byline,
    extract_dateline,
    extract_section,
    extract_title,
    header_end,
)

BODY = (
    "Japan and the United States agreed on Friday to strengthen their defence systems "
    "in every domain."
)


def test_header_zone_ends_at_the_first_real_paragraph():
    assert header_end(["Politics", "A headline here", BODY, "New tools"]) == 2


@pytest.mark.parametrize(
    ("paragraphs", "hint", "expected"),
    [
        (["Politics", "Japan, US agree to strengthen", BODY], None, ("Politics", 0)),
        (["A headline for it", "- In Reports", "- Myind Staff", BODY], None, ("Reports", 1)),
        (["A headline for it", "Category: World News", BODY], None, ("World News", 1)),
        (["A headline for it", BODY], "Asia", ("Asia", None)),
        (["Asia", "A headline for it", BODY], "asia", ("asia", 0)),
        (["A headline for it", BODY], None, None),
    ],
    ids=["label-above-title", "myind-in", "category", "hint-only", "hint-found", "none"],
)
def test_extract_section(paragraphs, hint, expected):
    found = extract_section(paragraphs, hint)
    assert (found and (found.value, found.index)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Title of it", "- Myind Staff", BODY], ("Myind Staff", 1)),
        (["Title of it", "By Jane Doe and John Roe", BODY], ("Jane Doe and John Roe", 1)),
        (["Title of it", "Author: Jane Doe", BODY], ("Jane Doe", 1)),
        (["Title of it", "By state media accounts", BODY], None),
    ],
)
def test_extract_byline(paragraphs, expected):
    found = extract_byline(paragraphs)
    assert (found and (found.value, found.index)) == expected


def test_extract_title_skips_consumed_lines_and_chrome():
    paragraphs = ["Politics", "loading…", "Japan, US agree to strengthen defence", BODY]
    found = extract_title(paragraphs, skip={0}, is_chrome=lambda line: line == "loading…")
    assert (found.value, found.index) == ("Japan, US agree to strengthen defence", 2)


def test_extract_title_from_a_photo_caption():
    paragraphs = [
        "loading…",
        "US-Japan Will Strengthen Alliance. PHOTO/Reuters",
        "WASHINGTON – " + BODY,
    ]
    found = extract_title(paragraphs, is_chrome=lambda line: line == "loading…")
    assert (found.value, found.index) == ("US-Japan Will Strengthen Alliance", 1)


def test_extract_title_hint_wins_and_consumes_the_matching_line():
    found = extract_title(["The Headline", BODY], "the headline")
    assert (found.value, found.index) == ("the headline", 0)


def test_no_title_in_a_report_that_starts_with_its_text():
    assert extract_title([BODY, "New tools", BODY]) is None


@pytest.mark.parametrize(
    ("line", "raw", "city", "date_text", "wire"),
    [
        (
            "Tokyo, Jan 7 (EFE).- Japan and the US agreed.",
            "Tokyo, Jan 7 (EFE).-",
            "Tokyo",
            "Jan 7",
            "EFE",
        ),
        (
            "TOKYO / WASHINGTON, Jan 7 (Reuters) – The United States and Japan",
            "TOKYO / WASHINGTON, Jan 7 (Reuters) –",
            "Tokyo",
            "Jan 7",
            "Reuters",
        ),
        ("WASHINGTON – Top national security officials met.", "WASHINGTON –", "Washington", "", ""),
        ("BEIJING (AP) — China protested.", "BEIJING (AP) —", "Beijing", "", "AP"),
        (
            "Jakarta, 11 January 2023 - Officials met.",
            "Jakarta, 11 January 2023 -",
            "Jakarta",
            "11 January 2023",
            "",
        ),
    ],
)
def test_extract_dateline(line, raw, city, date_text, wire):
    dateline = extract_dateline([line])
    assert (dateline.raw, dateline.city, dateline.date_text, dateline.wire) == (
        raw,
        city,
        date_text,
        wire,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Officials from the two allies met – and agreed on much.",
        "North Korea – which fired a missile – was discussed.",
        "The ministers said they had concerns.",
    ],
)
def test_no_dateline_in_ordinary_sentences(line):
    assert extract_dateline([line]) is None
