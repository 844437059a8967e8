"""The headline read from the page's structure, not its wording: the page's <title>
printed as a line with the site's name in it is no headline (nor is the site's name),
and a title-case headline wrapped over two lines of the head is one headline."""

from __future__ import annotations

import pytest

from archive.ingest.header import extract_title, is_title_bar, site_title_lines
from archive.ingest.layout import unfold_dated_head


@pytest.mark.parametrize(
    "line",
    [
        "MEETING WITH FOREIGN LEADERS | JDF (No.16) | Japan Ministry of Defense",
        "Readout of the Secretary's Call with the Foreign Minister | U.S. Department of State",
        "The White House | Statement on the Japan Summit",
        "Joint Press Conference - U.S. Department of Defense",
        "日米防衛相会談 | 防衛省",
    ],
)
def test_a_title_bar_with_the_site_name(line):
    assert is_title_bar(line)


@pytest.mark.parametrize(
    "line",
    [
        "Japan - U.S. Relations",
        "Secretary Austin Meets Japanese Counterpart | Photos",
        "U.S. Department of State",  # the site's name alone: no bar
        "Ministers met - the Department of Defense said on Monday that talks went well.",
    ],
)
def test_no_title_bar(line):
    assert not is_title_bar(line)


def test_the_headline_below_the_title_bar_and_the_site_name():
    paragraphs = [
        "MEETING WITH FOREIGN LEADERS | Japan Defense Focus | Japan Ministry of Defense",
        "Japan Ministry of Defense",
        "Meeting between Japan Defense Minister and U.S. Defense Secretary",
        "On October 21, the Minister of Defense met the U.S. Secretary of Defense at the "
        "Ministry of Defense in Tokyo and discussed the alliance at length.",
    ]
    title = extract_title(paragraphs)
    assert title.value == paragraphs[2]
    assert site_title_lines(paragraphs, title.value, {title.index}) == [0]


def test_a_headline_with_the_site_name_after_it_is_still_read_as_before():
    paragraphs = [
        "Premier visits the White House - :: TRIBUNA :: Politics",
        "Premier visits the White House",
        "The premier visited the White House on Monday and met the president for two hours.",
    ]
    assert extract_title(paragraphs).value == "Premier visits the White House"


def _one_block(lines):
    return unfold_dated_head(lines, [0] * len(lines))[0]


def test_a_wrapped_headline_is_joined():
    lines = [
        "Meeting Between Minister for Foreign Affairs Katsuya Okada",
        "and Secretary of Defense of the United States Robert Gates",
        "October 20, 2009",
    ]
    assert _one_block(lines) == [
        "Meeting Between Minister for Foreign Affairs Katsuya Okada and Secretary of "
        "Defense of the United States Robert Gates",
        "October 20, 2009",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # A sentence wrapped at the page's width: not title case, and it ends with a comma.
        [
            "Perdana Menteri Abe mengatakan, Amerika dan Jepang akan terus menekan PBB,",
            "untuk melakukan sanksi ekonomi terhadap Korea Utara",
        ],
        # The second line is no headline's run-on: it opens with a capital.
        ["Meeting Between the Two Ministers", "Secretary of Defense Robert Gates"],
        # The first line ends with a small word: a line of a sentence, or a menu.
        ["Statement by the Press Secretary on", "and the Alliance Today"],
        # The second line is a sentence.
        ["Meeting Between the Two Ministers", "and then they met the press."],
    ],
)
def test_lines_that_are_no_wrapped_headline_stay_apart(lines):
    assert _one_block(lines) == lines


def test_a_blank_line_between_keeps_the_lines_apart():
    lines = ["Meeting Between Minister Okada", "and Secretary Gates"]
    assert unfold_dated_head(lines, [0, 1])[0] == lines


def test_a_title_bar_is_the_headline_when_no_other_line_is_one():
    """ "White House - Biden and Kishida Agree to Deepen Alliance" over the text: the bar is
    the page's only headline, so it is not refused (the text's first sentence is none);
    the site's name is no part of the headline (title_bars.bar_headline)."""
    paragraphs = [
        "White House - Biden and Kishida Agree to Deepen Alliance",
        "",
        "President Biden and Prime Minister Kishida met in Washington on Wednesday.",
        "They agreed to deepen the alliance and to meet again next year in Tokyo.",
    ]
    found = extract_title(paragraphs)
    assert found is not None
    assert found.value == "Biden and Kishida Agree to Deepen Alliance"


def test_a_byline_under_the_headline_is_not_joined_to_it():
    lines = ["Biden and Kishida Pledge Closer Defense Ties", "by Jane Doe and John Roe", "Text."]
    joined, _ = unfold_dated_head(lines, [0, 0, 1], 2)
    assert joined[:2] == lines[:2]
    por = ["Biden y Kishida Acuerdan Reforzar la Alianza", "por Juan Pérez", "Texto."]
    assert unfold_dated_head(por, [0, 0, 1], 2)[0][:2] == por[:2]
