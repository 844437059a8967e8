"""Two tables of one day (issue 11): a report that covers the allies' bilateral and the
gathering it was held beside (the Quad, a 2+2 and the defense ministers' own talks) has
words for both, so neither table's words are most of the report's; the best meeting's
own words are set aside when the second is weighed (`meeting_links._second_meetings`),
unless the report's head names the best table alone (`meeting_heads`). Invented meetings
and texts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from archive.ingest.meeting_heads import head_kinds
from archive.ingest.meeting_links import _same_table_day
from archive.ingest.meetings import suggest_meetings
from archive.ingest.prefilter import fold
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

DAY = date(2022, 5, 16)
ONE_DAY = timedelta(days=1)
FOREIGN = ("antony-blinken", "yoshimasa-hayashi")
FOREIGN_POSTS = (
    ("antony-blinken", "United States", "foreign"),
    ("yoshimasa-hayashi", "Japan", "foreign"),
)
QUAD = KnownMeeting(
    "quad-tokyo", "Quad Foreign Ministers' Meeting", DAY, DAY, "Tokyo", FOREIGN, (),
    "multilateral", "in_person", series="quad-foreign-ministers", country="Japan",
    other_countries=("Australia", "India"), participant_posts=FOREIGN_POSTS,
)  # fmt: skip
FM_TALKS = KnownMeeting(
    "fm-tokyo", "Japan–U.S. Foreign Ministers' Meeting", DAY, DAY, "Tokyo", FOREIGN, (),
    "foreign_ministers", "in_person", country="Japan", participant_posts=FOREIGN_POSTS,
)  # fmt: skip
FM_CALL = KnownMeeting(
    "fm-call", "Japan–U.S. Foreign Ministers' Telephone Talk", DAY, DAY, "", FOREIGN, (),
    "call", "phone", participant_posts=FOREIGN_POSTS,
)  # fmt: skip

# Undated, its opening naming no kind of meeting; the Quad named four times, the
# bilateral once (its one word of its own).
QUAD_REPORT = (
    "Secretary Blinken is holding talks in Tokyo with his counterparts from Japan,"
    " Australia and India.\n"
    "The Quad ministers will discuss maritime security and supply chains.\n"
    "During a bilateral meeting with Foreign Minister Hayashi ahead of the Quad talks,"
    " Blinken praised the alliance.\n"
    "Critics call the Quad an attempt at containment, and the Quad answers them."
)
# The same day told by the bilateral's readout: its headline names the allies' meeting,
# the Quad only as why the Secretary was in Tokyo.
BILATERAL_READOUT = (
    "Secretary Blinken, in Tokyo for the Quad meeting, held a bilateral meeting with"
    " Foreign Minister Hayashi.\n"
    "The two ministers discussed the alliance. The two ministers also discussed the"
    " region.\n"
    "Japan-U.S. Foreign Ministers' Meeting"
)


def _linked(body: str, *meetings: KnownMeeting, people=FOREIGN) -> list[str]:
    index = replace(seed_reference(), meetings=meetings).index
    ranked, _ = suggest_meetings(index=index, body=body, people=set(people))
    return sorted(s.slug for s in ranked if s.linked)


def test_the_bilateral_beside_the_quad_is_linked_with_it():
    assert _linked(QUAD_REPORT, QUAD, FM_TALKS, people=("antony-blinken",)) == [
        "fm-tokyo",
        "quad-tokyo",
    ]


def test_a_headline_naming_the_bilateral_alone_keeps_the_quad_its_occasion():
    assert _linked(BILATERAL_READOUT, QUAD, FM_TALKS, people=("antony-blinken",)) == ["fm-tokyo"]


def test_tables_of_one_day_are_met_in_person_a_day_either_side():
    """The trip's next table (or the same in another host's time zone) is one beside the
    gathering; a call on the day is none (its readout may speak of the Quad without
    covering it)."""
    next_day = replace(FM_TALKS, start=DAY + ONE_DAY, end=DAY + ONE_DAY)
    assert _same_table_day(FM_TALKS, QUAD, None)
    assert _same_table_day(next_day, QUAD, None)
    assert _same_table_day(QUAD, next_day, None)
    assert not _same_table_day(replace(FM_TALKS, start=DAY + 2 * ONE_DAY), QUAD, None)
    assert not _same_table_day(FM_CALL, QUAD, None)
    assert not _same_table_day(QUAD, FM_CALL, None)


def test_the_table_of_the_day_before_is_recalled_by_a_report_of_the_next():
    """A report dated on the later table's day tells the earlier one as past ("a day
    after the Quad"); undated, or dated on the earlier day, both are its tables."""
    next_day = replace(FM_TALKS, start=DAY + ONE_DAY, end=DAY + ONE_DAY)
    assert not _same_table_day(QUAD, next_day, DAY + ONE_DAY)
    assert _same_table_day(next_day, QUAD, DAY)


def test_the_head_is_the_headline_when_it_names_a_meeting():
    text = fold("Blinken held trilateral talks with Japan and Australia.\nJapan-U.S. Summit")
    assert "summit" in head_kinds(text)
    assert "multi" not in head_kinds(text)


def test_the_head_is_the_opening_sentence_when_the_headline_names_none():
    text = fold(
        "Short banner\nBlinken held trilateral talks with Japan and Australia. Later a"
        " summit.\nPress Availability With the Foreign Minister"
    )
    assert head_kinds(text) == {"multi"}


def test_the_opening_sentence_goes_on_over_a_wrapped_line():
    text = fold(
        "Secretary Blinken and Foreign Minister Hayashi met in Tokyo on\n"
        "Monday for a foreign ministers' meeting. The Quad met later.\nPress release"
    )
    assert "foreign" in head_kinds(text)
    assert "multi" not in head_kinds(text)
