"""The lead's own date dates the meeting (`meeting_lead`): a readout from a crowded week
(the UN General Assembly) published days after its minister met the other ally reports
the meeting its lead dates, not the earlier one. The reports are invented, in several
languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_lead import LEAD_POINTS, lead_dates, lead_evidence
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from tests.ingest.reference_data import seed_reference

# --- which dates the lead gives ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "days"),
    [
        (
            "Pada hari Kamis, 23 September 2021, Menteri Luar Negeri Motegi bertemu dengan "
            "Menteri Luar Negeri Malaysia di New York. Pada 21 September 2021 ia tiba.",
            {date(2021, 9, 23)},
        ),
        (
            "On September 23, 2021, Foreign Minister Motegi met his Malaysian counterpart "
            "in New York.\nHe had met Secretary Blinken on September 21, 2021.",
            {date(2021, 9, 23)},
        ),
        (
            "El 23 de septiembre de 2021, el canciller Motegi se reunió con su par "
            "malasio en Nueva York.",
            {date(2021, 9, 23)},
        ),
        ("2021年9月23日、茂木外務大臣はニューヨークで会談を行った。", {date(2021, 9, 23)}),
        # A date of an earlier event's clause is not the lead's; a day without its year in
        # the lead's sentence takes the year of its full date.
        (
            "Following their phone call on January 21, 2021, Secretary Austin and Minister "
            "Kishi met in Tokyo on March 16.",
            {date(2021, 3, 16)},
        ),
        (
            "Tras la llamada del jueves, 21 de enero de 2021, Austin y Kishi se reunieron en "
            "Tokio el 16 de marzo.",
            {date(2021, 3, 16)},
        ),
        (
            "Setelah pertemuan pada 21 Januari 2021, Menteri Austin bertemu Menteri Kishi di "
            "Tokyo pada 16 Maret.",
            {date(2021, 3, 16)},
        ),
        (
            "Secretary Austin met Minister Kishi on 16 March, since his call of 21 January "
            "2021; they spoke for an hour.",
            {date(2021, 3, 16)},
        ),
        # The date of an announcement is not the meeting's it announces.
        (
            "On March 8, 2024, the White House announced that President Biden will host "
            "Prime Minister Kishida on April 10.",
            {date(2024, 4, 10)},
        ),
        (
            "Il 21 gennaio 2021 la Casa Bianca ha annunciato che il 16 marzo Austin "
            "incontrerà Kishi.",
            {date(2021, 3, 16)},
        ),
    ],
)
def test_the_lead_gives_its_dates(body, days):
    assert lead_dates(body) == days


@pytest.mark.parametrize(
    "body",
    [
        # The dateline is the report's own date, not the lead's.
        "WASHINGTON, September 23, 2021 — Foreign Minister Motegi met Secretary Blinken.",
        "Jakarta, 23 September 2021 - Menlu Motegi bertemu dengan Menlu AS.",
        # A date far from the opening recalls another event.
        "Foreign Minister Motegi met his counterpart in New York this week. " * 8
        + "The two first met on 21 September 2021.",
        # A day without its year is no full date.
        "On September 23, Foreign Minister Motegi met his Malaysian counterpart.",
        # Two days in the lead's sentence: it does not say which one it reports.
        "Foreign Minister Motegi met Secretary Blinken on 21 September 2021 and the Quad "
        "ministers on 23 September.",
        "El canciller Motegi se reunió el 21 de septiembre de 2021 con Blinken y el 23 de "
        "septiembre con sus pares.",
        # Every date of the lead's sentence in an earlier event's clause or announced.
        "After the summit on 10 April 2024 and talks on 11 April 2024, the ministers flew home.",
        "The White House announced on March 8, 2024 that President Biden will host Prime "
        "Minister Kishida for an official visit.",
    ],
)
def test_no_lead_date(body):
    assert lead_dates(body) == frozenset()


# --- the evidence, and a crowded week --------------------------------------------------


def _meeting(slug: str, kind: str, day: date, *people: str, others=()) -> KnownMeeting:
    posts = {
        "antony-blinken": ("United States", "foreign"),
        "toshimitsu-motegi": ("Japan", "foreign"),
    }
    return KnownMeeting(
        slug, slug, day, day, "New York", tuple(people), (), kind, "in_person",
        other_countries=tuple(others),
        participant_posts=tuple((p, *posts[p]) for p in people),
    )  # fmt: skip


PAIR = ("antony-blinken", "toshimitsu-motegi")
UN_WEEK = (
    _meeting("fm-un", "foreign_ministers", date(2021, 9, 21), *PAIR),
    _meeting("quad-un", "multilateral", date(2021, 9, 23), *PAIR, others=("Australia", "India")),
)


def test_a_meeting_on_none_of_the_lead_days_loses():
    fm = UN_WEEK[0]
    points, reasons = lead_evidence(fm, frozenset({date(2021, 9, 23)}))
    assert points == LEAD_POINTS and "2021-09-23" in reasons[0]
    # The day after (the lead's local date against the meeting's) is the meeting's.
    assert lead_evidence(fm, frozenset({date(2021, 9, 22)})) == (0.0, [])
    assert lead_evidence(fm, frozenset()) == (0.0, [])


def _suggest(body: str, published: date, meetings=UN_WEEK):
    index = replace(seed_reference(), meetings=meetings).index
    return suggest_meetings(
        index=index,
        body=body,
        people={"toshimitsu-motegi"},
        published=published,
        precision="day",
    )


BILATERAL_ELSEWHERE = {
    "id": "Pada hari Kamis, 23 September 2021, Menteri Luar Negeri Jepang Motegi yang "
    "sedang berkunjung ke Amerika Serikat telah mengadakan pertemuan bilateral tingkat "
    "Menteri Luar Negeri dengan Menteri Luar Negeri Malaysia. Kedua Menlu bertukar "
    "pendapat tentang situasi di kawasan.",
    "en": "On Thursday, September 23, 2021, Foreign Minister Motegi, visiting the United "
    "States for the UN General Assembly, held a bilateral foreign ministers' meeting with "
    "the Foreign Minister of Malaysia. The two ministers exchanged views on the region.",
}


@pytest.mark.parametrize("language", sorted(BILATERAL_ELSEWHERE))
def test_a_readout_of_another_bilateral_links_not_the_earlier_one(language):
    # Published two days after Motegi met Blinken: without the lead's date, that meeting
    # is a "follow-up" the words "bilateral foreign ministers" fit.
    for meetings in (UN_WEEK, UN_WEEK[:1]):
        ranked, auto = _suggest(BILATERAL_ELSEWHERE[language], date(2021, 9, 23), meetings)
        assert auto is None
    fm = next(s for s in ranked if s.slug == "fm-un")
    assert any("the lead dates another day" in reason for reason in fm.reasons)


def test_a_lead_dating_the_meeting_itself_still_links_it():
    body = (
        "On Tuesday, September 21, 2021, Foreign Minister Motegi held a bilateral foreign "
        "ministers' meeting with Secretary of State Blinken in New York."
    )
    ranked, auto = _suggest(body, date(2021, 9, 23))
    assert auto == "fm-un"
    fm = next(s for s in ranked if s.slug == "fm-un")
    assert not any("the lead dates another day" in reason for reason in fm.reasons)


def test_a_follow_up_without_a_lead_date_is_still_a_follow_up():
    body = (
        "Foreign Minister Motegi, who held a bilateral foreign ministers' meeting with "
        "Secretary Blinken on Tuesday, said the talks were useful."
    )
    ranked, auto = _suggest(body, date(2021, 9, 23))
    assert auto == "fm-un"
