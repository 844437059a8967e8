"""A visiting minister's courtesy call on the other ally's leader (`meeting_courtesy`):
the page names the visitor and the prime minister, never the counterpart he met the same
day, and it is not linked to the ministers' meeting. The reports are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_courtesy import called_on_instead, courtesy_leaders
from archive.ingest.meetings import suggest_meetings
from archive.ingest.prefilter import fold
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

DAY = date(2023, 7, 28)
FM = KnownMeeting(
    "fm-day", "fm-day", DAY, DAY, "Tokyo", ("antony-blinken", "yoshimasa-hayashi"), (),
    "foreign_ministers", "in_person",
    participant_posts=(
        ("antony-blinken", "United States", "foreign"),
        ("yoshimasa-hayashi", "Japan", "foreign"),
    ),
)  # fmt: skip


def _index():
    return replace(seed_reference(), meetings=(FM,)).index


CALLS = {
    "en": "On July 28, 2023, Prime Minister Kishida received a courtesy call from the "
    "Honorable Antony Blinken, Secretary of State of the United States, who was visiting "
    "Japan. The two sides exchanged views on bilateral cooperation.",
    "ja": "7月28日、岸田総理大臣は、訪日中のブリンケン米国国務長官による表敬を受けた。"
    "両者は日米二国間の協力について意見交換を行った。",
    "id": "Pada 28 Juli 2023, Perdana Menteri Kishida menerima kunjungan kehormatan dari "
    "Menteri Luar Negeri AS Antony Blinken. Kedua pihak membahas kerja sama bilateral.",
}
WHO = {"fumio-kishida", "antony-blinken"}


def test_the_leader_called_on_is_read_with_the_words():
    index = _index()
    assert courtesy_leaders(fold(CALLS["en"]), WHO, index) == {"Japan"}
    # A leader named, no courtesy call: nothing.
    assert courtesy_leaders(fold("Blinken met Prime Minister Kishida."), WHO, index) == set()
    # A courtesy call on no leader (an ambassador's on a governor): nothing.
    assert courtesy_leaders(fold(CALLS["en"]), {"antony-blinken"}, index) == set()


def test_a_ministers_meeting_whose_side_is_named_only_by_its_leader():
    assert called_on_instead(FM, WHO, {"Japan"})
    assert not called_on_instead(FM, WHO | {"yoshimasa-hayashi"}, {"Japan"})
    assert not called_on_instead(FM, WHO, ())
    summit = replace(FM, kind="summit")
    assert not called_on_instead(summit, WHO, {"Japan"})


@pytest.mark.parametrize("language", sorted(CALLS))
def test_a_courtesy_call_links_not_the_ministers_meeting_of_the_day(language):
    ranked, auto = suggest_meetings(
        index=_index(), body=CALLS[language], people=WHO, published=DAY, precision="day"
    )
    assert auto is None
    assert ranked and ranked[0].slug == "fm-day"  # offered to the curator all the same


def test_the_meetings_readout_that_mentions_the_call_still_links():
    body = (
        "On July 28, 2023, Foreign Minister Hayashi held a Japan-U.S. Foreign Ministers' "
        "Meeting with Secretary of State Blinken, who earlier paid a courtesy call on "
        "Prime Minister Kishida."
    )
    _, auto = suggest_meetings(
        index=_index(),
        body=body,
        people=WHO | {"yoshimasa-hayashi"},
        published=DAY,
        precision="day",
    )
    assert auto == "fm-day"
