"""Every US–Japan meeting of us_japan_meetings.csv and the officeholders they need, loaded
on top of the nine 2+2s: idempotent, curator values kept, undated terms dated in place."""

import csv
import importlib
from collections import Counter
from datetime import date

import pytest

from archive.models import (
    SERIES_LABELS,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingParticipant,
    Office,
    Person,
    Post,
)
from archive.services import reference_load
from archive.services.reference import POST_BY_TITLE, REFERENCE_DIR
from archive.services.reference_meetings import participants_parse

pytestmark = pytest.mark.django_db

ROWS = list(
    csv.DictReader(open(REFERENCE_DIR / "us_japan_meetings.csv", newline="", encoding="utf-8"))
)


def test_every_row_is_a_meeting_of_its_kind_and_the_2x2s_are_not_duplicated(reference):
    slugs = {row["slug"] for row in ROWS}
    assert set(Meeting.objects.values_list("slug", flat=True)) == slugs
    assert Meeting.objects.count() == len(ROWS) == 706
    counts = Counter(Meeting.objects.values_list("kind", flat=True))
    assert counts == Counter(row["kind"] for row in ROWS)
    # the nine 2+2s of meetings.csv, those of 2005 (two), 2006 and 2007, and the 2024
    # extended deterrence one
    assert counts[MeetingKind.SCC] == 15
    assert not Meeting.objects.filter(kind=MeetingKind.MINISTERIAL).exists()


def test_no_text_is_cut_to_fit_its_field():
    """The loader cuts a title, note or source title to the field's length: the file
    keeps within it, so what a curator reads is the whole of what the file says."""
    for column, field in (("title", "title"), ("date_note", "date_note"), ("source_title",) * 2):
        limit = Meeting._meta.get_field(field).max_length
        assert [row["slug"] for row in ROWS if len(row[column].strip()) > limit] == []


def test_every_series_of_the_reference_data_has_a_label():
    with (REFERENCE_DIR / "us_japan_meetings.csv").open(encoding="utf-8") as rows:
        series = {row["series"] for row in csv.DictReader(rows) if row["series"]}
    assert series and series <= set(SERIES_LABELS)


def test_a_summit_and_a_call_carry_their_series_place_source_and_posts(reference):
    summit = Meeting.objects.get(slug="summit-2023-01-13")
    assert summit.kind == MeetingKind.SUMMIT
    assert summit.format == MeetingFormat.IN_PERSON
    assert summit.city == "Washington"
    assert summit.source_title
    posts = {
        p.person.name: p.office.post
        for p in summit.participations.select_related("person", "office")
    }
    assert posts == {"Joe Biden": Post.HEAD_OF_STATE, "Fumio Kishida": Post.HEAD_OF_GOVERNMENT}
    call = Meeting.objects.get(slug="call-2011-03-12")
    assert call.format == MeetingFormat.PHONE
    assert call.city == ""
    quad = Meeting.objects.filter(series="quad-leaders").first()
    assert quad.kind == MeetingKind.MULTILATERAL
    assert set(quad.other_countries) == {"Australia", "India"}


def test_a_deputy_who_represented_the_united_states_sits_with_the_office_of_that_day(reference):
    """Weissenhaus 2022: Blinken stayed away and Under Secretary Nuland sat for the United
    States; her office that day is the under secretary's, not her earlier spokesperson's."""
    weissenhaus = Meeting.objects.get(slug="multilateral-2022-05-12")
    nuland = weissenhaus.participations.get(person__slug="victoria-nuland")
    assert nuland.office.title == "Under Secretary of State for Political Affairs"
    assert nuland.office.post == Post.OTHER
    assert not weissenhaus.participations.filter(person__slug="antony-blinken").exists()
    assert Office.objects.filter(person__slug="victoria-nuland").count() == 2


def test_every_participant_has_the_office_held_that_day(reference):
    missing = MeetingParticipant.objects.filter(office__isnull=True).select_related(
        "person", "meeting"
    )
    assert [f"{p.person} at {p.meeting.slug}" for p in missing] == []
    wrong_post = [
        p
        for p in MeetingParticipant.objects.select_related("office", "meeting")
        if p.office.start and not (p.office.start <= p.meeting.start_date)
    ]
    assert wrong_post == []


def test_the_old_scc_rows_keep_their_values_and_gain_a_series(reference):
    scc = Meeting.objects.get(slug="scc-2022-01-07")
    assert scc.format == MeetingFormat.VIRTUAL  # meetings.csv's value, loaded first
    assert scc.title.startswith("U.S.–Japan Security Consultative Committee (2+2)")
    assert scc.series == "scc"
    assert scc.participations.count() == 4


def test_an_undated_term_is_dated_in_place_not_duplicated(reference):
    kishida = Person.objects.get(slug="fumio-kishida")
    foreign = Office.objects.filter(person=kishida, title="Minister for Foreign Affairs")
    assert sorted((o.start, o.end) for o in foreign) == [
        (date(2012, 12, 26), date(2017, 8, 3)),
        (date(2021, 11, 4), date(2021, 11, 10)),
    ]
    motegi = Office.objects.filter(person__slug="toshimitsu-motegi").order_by("start")
    assert [(o.start, o.end) for o in motegi] == [
        (date(2019, 9, 11), date(2021, 11, 4)),
        (date(2025, 10, 21), None),
    ]
    assert POST_BY_TITLE["president"] == Post.HEAD_OF_STATE
    assert Office.objects.get(person__slug="barack-obama").post == Post.HEAD_OF_STATE


def test_loading_again_changes_nothing_and_keeps_curator_edits(reference):
    summit = Meeting.objects.get(slug="summit-2023-05-18")
    Meeting.objects.filter(pk=summit.pk).update(title="Curated title", series="")
    MeetingParticipant.objects.filter(meeting=summit, person__slug="fumio-kishida").delete()
    office = Office.objects.get(person__slug="barack-obama")
    Office.objects.filter(pk=office.pk).update(start=date(2009, 1, 21))
    before = (Meeting.objects.count(), Office.objects.count(), MeetingParticipant.objects.count())
    reference_load()
    after = (Meeting.objects.count(), Office.objects.count(), MeetingParticipant.objects.count())
    assert after == before
    summit.refresh_from_db()
    assert summit.title == "Curated title"
    assert summit.series == "g7-sidelines"  # a blank is filled from the file
    assert not summit.participations.filter(person__slug="fumio-kishida").exists()
    assert Office.objects.get(person__slug="barack-obama").start == date(2009, 1, 21)


def test_a_database_loaded_by_the_old_code_is_completed(db, tmp_path):
    """The old loader knew ministers.csv and meetings.csv only: copy just those, load,
    then load everything: the nine 2+2s are matched by slug, their terms dated."""
    old = tmp_path / "old"
    old.mkdir()
    for name in ("ministers.csv", "meetings.csv", "curated.json"):
        (old / name).write_bytes((REFERENCE_DIR / name).read_bytes())
    reference_load(directory=old)
    assert Meeting.objects.count() == 9
    clinton = Office.objects.get(person__slug="hillary-rodham-clinton")
    assert clinton.start is None and clinton.end is None
    reference_load()
    assert Meeting.objects.count() == len(ROWS)
    clinton.refresh_from_db()
    assert clinton.end == date(2013, 2, 1)
    assert Office.objects.filter(person__slug="hillary-rodham-clinton").count() == 1


def test_the_migration_sorts_old_ministerial_rows_by_posts(reference):
    """0006 sorts the old "ministerial" kind: foreign ministers only, defense ministers
    only, anything else stays "other ministerial"."""
    from django.apps import apps

    split = importlib.import_module("archive.migrations.0006_meeting_kinds").ministerial_split
    foreign = Meeting.objects.get(slug="foreign_ministers-2011-03-15")
    defense = Meeting.objects.filter(kind=MeetingKind.DEFENSE_MINISTERS).first()
    mixed = Meeting.objects.get(slug="scc-2023-01-11")
    Meeting.objects.filter(pk__in=[foreign.pk, defense.pk, mixed.pk]).update(
        kind=MeetingKind.MINISTERIAL
    )
    split(apps, None)
    kinds = dict(
        Meeting.objects.filter(pk__in=[foreign.pk, defense.pk, mixed.pk]).values_list("pk", "kind")
    )
    assert kinds == {
        foreign.pk: MeetingKind.FOREIGN_MINISTERS,
        defense.pk: MeetingKind.DEFENSE_MINISTERS,
        mixed.pk: MeetingKind.MINISTERIAL,
    }


def test_participants_parse_refuses_an_unknown_post():
    assert participants_parse("Joe Biden (head_of_state); Fumio Kishida (head_of_government)") == [
        ("Joe Biden", "head_of_state"),
        ("Fumio Kishida", "head_of_government"),
    ]
    with pytest.raises(ValueError, match="Name \\(post\\)"):
        participants_parse("Joe Biden (king)")
