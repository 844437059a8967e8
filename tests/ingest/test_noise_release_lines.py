"""Chrome of press releases and archived government pages (issue #11): the release line
above a headline, an archive's notice that the page is part of a historical collection,
a site's search box label, and a photo credit with the picture's date. The report's own
sentences that use the same words stay."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("For Immediate Release", "release label"),
        ("FOR IMMEDIATE RELEASE", "release label"),
        ("Immediate Release", "release label"),
        ("Embargoed until 10:00 a.m. EST, March 3, 2024", "release label"),
        ("Para publicación inmediata", "release label"),
        (
            "You are viewing part of an archived collection. Some content may be out of date "
            "and links may not work.",
            "archive notice",
        ),
        ("This page is part of a historical collection; it is not maintained.", "archive notice"),
        ("Search form", "menu button"),
        ("Search this site", "menu button"),
        ("Official White House Photo by Jane Roe", "photo credit"),
        ("White House photos 3/14/11 by Jane Roe", "photo credit"),
        ("State Department photo 2024-03-03 by John Doe", "photo credit"),
    ],
)
def test_release_and_archive_furniture_is_chrome(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The ministers called for the immediate release of the detainees.",
        "Immediate release of the hostages was the first demand.",
        "The museum opened a historical collection of treaty papers to the public.",
        "Search and rescue teams from both navies trained together.",
        "The White House photo office released pictures of the two leaders.",
        "Photos of the summit by reporters were shared widely on Friday.",
    ],
)
def test_sentences_with_the_same_words_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_a_release_line_is_neither_the_title_nor_the_body(ref):
    raw = (
        b"The White House\n\nOffice of the Press Secretary\n\nFor Immediate Release\n\n"
        b"Statement on the Visit of Prime Minister Sato of Japan\n\n"
        b"The President will welcome Prime Minister Sato of Japan to the White House next "
        b"week to discuss the alliance and trade between the two countries.\n"
    )
    report = parse_report(raw, reference=ref)
    assert report.title == "Statement on the Visit of Prime Minister Sato of Japan"
    assert "For Immediate Release" not in report.body
