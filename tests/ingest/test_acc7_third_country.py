"""A bilateral of one ally with a third country (`meeting_kinds.third_countries`): the
readout of Japan's foreign minister meeting Malaysia's at a G20, in the days he also met
the Secretary of State, names one side of the US-Japan meeting and its kind ("bilateral
foreign ministers' meeting") but never the United States. It is no US-Japan meeting.
The reports are invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_kinds import third_countries
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson
from tests.ingest.reference_data import seed_reference

MALAYSIA_FM = KnownPerson(
    "saifuddin-abdullah",
    "Saifuddin Abdullah",
    "Malaysia",
    ("Saifuddin Abdullah",),
    (KnownOffice("Minister of Foreign Affairs", "foreign", "Malaysia", date(2020, 3, 10)),),
)
PAIR = ("antony-blinken", "toshimitsu-motegi")
POSTS = (("antony-blinken", "United States", "foreign"), ("toshimitsu-motegi", "Japan", "foreign"))
G20_FM = KnownMeeting(
    "fm-g20", "fm-g20", date(2021, 6, 29), date(2021, 6, 29), "Matera", PAIR, (),
    "foreign_ministers", "in_person", country="Italy", participant_posts=POSTS,
)  # fmt: skip


def _index(*meetings: KnownMeeting):
    reference = seed_reference()
    return replace(
        reference, people=(*reference.people, MALAYSIA_FM), meetings=meetings or (G20_FM,)
    ).index


def test_third_countries_are_those_of_neither_ally():
    index = _index()
    people = {"toshimitsu-motegi", "saifuddin-abdullah", "antony-blinken"}
    assert third_countries(people, index) == {"Malaysia"}
    assert third_countries(PAIR, index) == frozenset()
    assert third_countries({"nobody-known"}, index) == frozenset()


READOUTS = {
    "id": "Pada hari Senin, 28 Juni 2021, Menteri Luar Negeri Jepang Motegi Toshimitsu yang "
    "sedang berkunjung ke Italia untuk menghadiri pertemuan G20 telah mengadakan pertemuan "
    "bilateral tingkat Menteri Luar Negeri dengan Menteri Luar Negeri Malaysia Saifuddin "
    "Abdullah di Matera. Kedua Menteri Luar Negeri bertukar pendapat tentang Myanmar.",
    "en": "Foreign Minister Motegi, visiting Italy for the G20, held a bilateral foreign "
    "ministers' meeting with Foreign Minister Saifuddin Abdullah of Malaysia in Matera. "
    "The two ministers exchanged views on Myanmar.",
    "it": "Il ministro degli Esteri giapponese Motegi, in Italia per il G20, ha tenuto un "
    "incontro bilaterale dei ministri degli Esteri con il ministro Saifuddin Abdullah "
    "della Malesia a Matera.",
}


@pytest.mark.parametrize("language", sorted(READOUTS))
def test_a_bilateral_with_a_third_country_links_no_us_japan_meeting(language):
    body = READOUTS[language]
    people = {"toshimitsu-motegi", "saifuddin-abdullah"}
    ranked, auto = suggest_meetings(
        index=_index(), body=body, people=people, published=date(2021, 6, 28), precision="day"
    )
    assert auto is None
    assert ranked and ranked[0].slug == "fm-g20"  # still offered to the curator


def test_without_the_third_country_the_same_words_link():
    # The rule is the Malaysian minister's, not the words': without him among who met,
    # the English readout's words link the US-Japan meeting.
    _, auto = suggest_meetings(
        index=_index(),
        body=READOUTS["en"],
        people={"toshimitsu-motegi"},
        published=date(2021, 6, 28),
        precision="day",
    )
    assert auto == "fm-g20"


def test_the_other_ally_named_still_links():
    # The readout of the US-Japan meeting that names the Malaysian minister too.
    body = (
        "Foreign Minister Motegi held a bilateral foreign ministers' meeting with Secretary "
        "of State Blinken of the United States in Matera, after meeting Foreign Minister "
        "Saifuddin Abdullah of Malaysia."
    )
    people = {"toshimitsu-motegi", "antony-blinken", "saifuddin-abdullah"}
    _, auto = suggest_meetings(
        index=_index(), body=body, people=people, published=date(2021, 6, 29), precision="day"
    )
    assert auto == "fm-g20"
