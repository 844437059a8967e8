"""Days named relative to the report's own date in every language the archive reads, one
table a language (archive/ingest/relative_days.py): "yesterday", "ayer", "kemarin",
"ieri"; "the day before yesterday", "anteayer", "kemarin lusa", "l'altro ieri"; "last
week" with a weekday. A meeting on such a day is one the text dates. Invented texts."""

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting
from archive.ingest.relative_days import relative_dates
from tests.ingest.reference_data import seed_reference

THURSDAY = date(2024, 4, 11)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Secretary Blinken met Minister Kamikawa yesterday in Tokyo.", {date(2024, 4, 10)}),
        ("Ayer, el secretario Blinken se reunió con la canciller.", {date(2024, 4, 10)}),
        ("Menlu Blinken kemarin bertemu Menlu Kamikawa.", {date(2024, 4, 10)}),
        ("Ieri il Segretario Blinken ha incontrato la ministra.", {date(2024, 4, 10)}),
        ("They met the day before yesterday.", {date(2024, 4, 9)}),
        ("Se reunieron anteayer en Tokio.", {date(2024, 4, 9)}),
        ("Mereka bertemu kemarin lusa di Tokyo.", {date(2024, 4, 9)}),
        ("Si sono incontrati l'altro ieri a Tokyo.", {date(2024, 4, 9)}),
        ("Blinken will meet Kamikawa tomorrow.", {date(2024, 4, 12)}),
        ("Hari ini Menlu Blinken bertemu Menlu Kamikawa.", {THURSDAY}),
        ("USA Today reported the talks.", set()),
    ],
)
def test_a_day_named_relative_to_the_reports_date(text, days):
    assert relative_dates(text, THURSDAY, frozenset()) == days


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met on Monday last week.",
        "Los cancilleres se reunieron el lunes de la semana pasada.",
        "Para menteri bertemu pada Senin pekan lalu.",
        "I ministri si sono incontrati lunedì della settimana scorsa.",
    ],
)
def test_a_weekday_of_last_week(text):
    monday = frozenset({0})  # the weekday the text names, as meeting_context reads it
    assert relative_dates(text, THURSDAY, monday) == {date(2024, 4, 1)}


CALL = KnownMeeting(
    "call-2024-04-10", "Japan-U.S. Foreign Ministers' Telephone Call", date(2024, 4, 10),
    date(2024, 4, 10), "", ("antony-blinken", "yoko-kamikawa"), (), "call", "telephone",
    participant_posts=(
        ("antony-blinken", "United States", "foreign"),
        ("yoko-kamikawa", "Japan", "foreign"),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        "Secretary Blinken spoke by phone yesterday with Foreign Minister Kamikawa.",
        "El secretario Blinken habló ayer por teléfono con la canciller Kamikawa.",
        "Menlu Blinken kemarin berbicara melalui telepon dengan Menlu Kamikawa.",
        "Il Segretario Blinken ha parlato ieri al telefono con la ministra Kamikawa.",
    ],
)
def test_a_report_of_the_next_day_dates_yesterdays_call(body):
    index = replace(seed_reference(), meetings=(CALL,)).index
    ranked, _ = suggest_meetings(
        index=index,
        body=body,
        people={"antony-blinken", "yoko-kamikawa"},
        published=THURSDAY,
        precision="day",
    )
    assert any("the text dates it 2024-04-10" in reason for reason in ranked[0].reasons)
