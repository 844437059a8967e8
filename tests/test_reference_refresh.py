"""Loading the reference files into a database loaded before: a value the files changed
reaches the meetings the loader set it on, and what a curator changed since stays theirs
(archive/services/reference_refresh.py decides from the history)."""

import csv
import shutil
from datetime import date

import pghistory
import pytest
from django.apps import apps

from archive.models import Meeting, MeetingParticipant, Office, Person
from archive.services import reference_load
from archive.services.curation import object_delete, object_save
from archive.services.reference import REFERENCE_DIR

pytestmark = pytest.mark.django_db

CALL = "call-2019-05-20"  # Kono–Pompeo, resting on a news digest
DEFENSE_CALL = "call-2017-03-06"  # Mattis–Inada
LIMA = "foreign_ministers-2016-11-18"


def reference_copy(tmp_path):
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    return target


def rows_edit(path, key: str, changes: dict[str, dict]) -> None:
    """Rewrite the CSV at `path` with `changes[row[key]]` applied to its rows."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    assert set(changes) <= {row[key] for row in rows}
    for row in rows:
        row.update(changes.get(row[key], {}))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def meetings_edit(directory, changes: dict[str, dict]) -> None:
    rows_edit(directory / "us_japan_meetings.csv", "slug", changes)


def names(slug: str) -> set[str]:
    return set(
        MeetingParticipant.objects.filter(meeting__slug=slug).values_list("person__name", flat=True)
    )


def as_curator(curator):
    return pghistory.context(user=curator.pk, url="/admin/archive/meeting/")


def test_the_lima_meeting_began_a_day_earlier_in_lima(reference):
    lima = Meeting.objects.get(slug=LIMA)
    assert (lima.start_date, lima.first_local_date) == (date(2016, 11, 18), date(2016, 11, 17))
    assert Meeting.objects.get(slug="multilateral-2024-10-31").other_countries == ["South Korea"]


def test_a_value_the_files_changed_reaches_a_database_loaded_before(
    reference, tmp_path, django_assert_max_num_queries
):
    """Then a load of the same files writes nothing, in a bounded number of queries: the
    history is read in a few queries per file, not one per meeting, and people, offices
    and aliases once for all their rows (56 measured with 470 meetings; 473 when people
    and offices were read a row at a time)."""
    directory = reference_copy(tmp_path)
    meetings_edit(
        directory,
        {
            CALL: {"source_url": "https://example.org/readout", "date_note": "Rewritten note"},
            LIMA: {"city": "Lima (APEC venue)", "date_start": "2016-11-17"},
            DEFENSE_CALL: {"jp_participants": "Fumio Kishida (foreign)"},
        },
    )
    rows_edit(
        directory / "meetings.csv",
        "date_start",
        {"2015-04-27": {"source_url": "https://example.org/scc-2015"}},
    )
    count = Meeting.objects.count()
    reference_load(directory=directory)
    call = Meeting.objects.get(slug=CALL)
    assert (call.source_url, call.date_note) == ("https://example.org/readout", "Rewritten note")
    lima = Meeting.objects.get(slug=LIMA)  # the slug reports link to is kept
    assert (lima.city, lima.start_date) == ("Lima (APEC venue)", date(2016, 11, 17))
    assert names(DEFENSE_CALL) == {"Jim Mattis", "Fumio Kishida"}
    kishida = MeetingParticipant.objects.get(
        meeting__slug=DEFENSE_CALL, person__name="Fumio Kishida"
    )
    assert kishida.office.title == "Minister for Foreign Affairs"
    assert Meeting.objects.get(slug="scc-2015-04-27").source_url == "https://example.org/scc-2015"
    assert Meeting.objects.count() == count
    # Loaded again, the same files change nothing more.
    events = apps.get_model("archive", "MeetingEvent").objects.count()
    with django_assert_max_num_queries(65):
        reference_load(directory=directory)
    assert apps.get_model("archive", "MeetingEvent").objects.count() == events


def test_people_and_terms_new_to_the_files_reach_a_database_loaded_before(
    reference, tmp_path, django_assert_max_num_queries
):
    """People and offices are read once and what is new is created in bulk: a new person
    with two terms, a new term of a known minister, and a blank end a row now dates."""
    directory = reference_copy(tmp_path)
    with open(directory / "officeholders.csv", "a", encoding="utf-8") as handle:
        handle.write(
            "Ada Lovelace,United Kingdom,Analyst,1843-01-01,1843-12-31,https://example.org/a\n"
            "Ada Lovelace,United Kingdom,Translator,1842-01-01,,https://example.org/t\n"
            "Fumio Kishida,Japan,Minister of Defense,2017-07-28,2017-08-03,https://example.org/k\n"
            "Marco Rubio,United States,Secretary of State,2025-01-21,2029-01-20,https://e.org/r\n"
        )
    rubio = Office.objects.get(person__slug="marco-rubio", title="Secretary of State")
    assert rubio.end is None
    offices = Office.objects.count()
    with django_assert_max_num_queries(70):
        reference_load(directory=directory)
    ada = Person.objects.get(slug="ada-lovelace")
    assert ada.country == "United Kingdom"
    assert sorted(ada.offices.values_list("title", "end")) == [
        ("Analyst", date(1843, 12, 31)),
        ("Translator", None),
    ]
    # Kishida's acting term as defense minister was loaded before: the same term, not a new one.
    kishida = Office.objects.filter(person__slug="fumio-kishida", title="Minister of Defense")
    assert kishida.count() == 1
    rubio.refresh_from_db()
    assert (rubio.end, Office.objects.count()) == (date(2029, 1, 20), offices + 2)


def test_a_curators_edit_survives_a_file_that_changed_the_same_field(reference, tmp_path, curator):
    call = Meeting.objects.get(slug=CALL)
    call.source_url = "https://www.mofa.go.jp/curated-readout.html"
    with as_curator(curator):
        object_save(obj=call, changed_fields=["source_url"])
    directory = reference_copy(tmp_path)
    meetings_edit(
        directory, {CALL: {"source_url": "https://example.org/other", "date_note": "New note"}}
    )
    reference_load(directory=directory)
    call.refresh_from_db()
    assert call.source_url == "https://www.mofa.go.jp/curated-readout.html"
    assert call.date_note == "New note"  # not the curator's: the files still own it


def test_a_participant_list_a_curator_changed_is_left_alone(reference, tmp_path, curator):
    inada = MeetingParticipant.objects.get(meeting__slug=DEFENSE_CALL, person__name="Tomomi Inada")
    with as_curator(curator):
        object_delete(obj=inada)
    directory = reference_copy(tmp_path)
    meetings_edit(directory, {DEFENSE_CALL: {"jp_participants": "Fumio Kishida (foreign)"}})
    reference_load(directory=directory)
    assert names(DEFENSE_CALL) == {"Jim Mattis"}


def test_a_meeting_without_history_gains_blanks_only(reference, tmp_path):
    """A meeting loaded before its table was tracked: who set its values is unknown, so the
    files fill its blanks and change nothing else."""
    lima = Meeting.objects.get(slug=LIMA)
    Meeting.objects.filter(pk=lima.pk).update(first_local_date=None)
    apps.get_model("archive", "MeetingEvent").objects.filter(pgh_obj_id=lima.pk).delete()
    directory = reference_copy(tmp_path)
    meetings_edit(directory, {LIMA: {"date_note": "Changed in the file"}})
    reference_load(directory=directory)
    lima.refresh_from_db()
    assert lima.first_local_date == date(2016, 11, 17)
    assert lima.date_note.startswith("On the margins of APEC; from about 11:40 a.m. on 17 November")


def test_people_and_offices_are_read_once_and_seat_the_participants_as_a_fresh_read_would(
    reference,
):
    """`reference_load` reads every person and every office once (`PeopleBook`) and the
    meetings' participants are seated from that same book, not from a second read; the
    office each participant gets is the one a fresh read of the tables gives for the day."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils.text import slugify

    from archive.services.reference_meetings import row_participants
    from archive.services.reference_people import PeopleBook

    with CaptureQueriesContext(connection) as queries:
        reference_load()
    reads = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT")]
    for table in ("archive_person", "archive_office"):
        whole = [
            sql
            for sql in reads
            if f'FROM "{table}"' in sql and "WHERE" not in sql and "COUNT(" not in sql
        ]
        assert len(whole) == 1, (table, whole)

    fresh = PeopleBook()
    seated = {
        (p.meeting.slug, p.person.slug): p.office_id
        for p in MeetingParticipant.objects.select_related("meeting", "person")
    }
    with open(REFERENCE_DIR / "us_japan_meetings.csv", newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["kind"] != "scc"]
    meetings = {meeting.slug: meeting for meeting in Meeting.objects.all()}
    checked = 0
    for row in rows:
        meeting = meetings[row["slug"]]
        for name, country, post in row_participants(row):
            person = fresh.people[slugify(name)]
            office = fresh.held(person=person, country=country, post=post, day=meeting.start_date)
            assert seated[(meeting.slug, person.slug)] == (office.pk if office else None), row
            checked += 1
    assert checked > 900
