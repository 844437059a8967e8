"""What the scoring needs from the database: the pipeline's `Reference` and each meeting's
kind and dates, read from a throwaway database loaded with the shipped reference data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from archive.ingest import Reference


@dataclass(frozen=True)
class MeetingFacts:
    """A meeting as the scoring compares it with a label: its kind and its days."""

    slug: str
    kind: str
    start: date
    end: date
    first_local_date: date | None = None


@dataclass(frozen=True)
class EvaluationReference:
    reference: Reference
    meetings: dict[str, MeetingFacts] = field(default_factory=dict)


def evaluation_reference() -> EvaluationReference:
    """The current database's reference data: the pipeline's snapshot, and every meeting's
    kind (`Meeting.kind`, so new kinds count as soon as they are loaded) and dates."""
    from archive.models import Meeting
    from archive.selectors import reference_snapshot

    meetings = {
        slug: MeetingFacts(slug, kind, start, end, first_local)
        for slug, kind, start, end, first_local in Meeting.objects.values_list(
            "slug", "kind", "start_date", "end_date", "first_local_date"
        )
    }
    return EvaluationReference(reference=reference_snapshot(), meetings=meetings)


@contextmanager
def throwaway_database() -> Iterator[str]:
    """A new database on the project's server, migrated, for the duration of the block,
    then dropped. Its name carries the process id, so two runs (or a test suite using
    `test_archive`) never clobber each other's."""
    from django.db import connection

    name = f"test_evaluation_{os.getpid()}"
    old_name = connection.settings_dict["NAME"]
    connection.settings_dict.setdefault("TEST", {})
    test_settings = connection.settings_dict["TEST"]
    saved_test_name = test_settings.get("NAME")
    test_settings["NAME"] = name
    try:
        connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False, keepdb=False
        )
        try:
            yield name
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0, keepdb=False)
    finally:
        test_settings["NAME"] = saved_test_name


def shipped_reference() -> EvaluationReference:
    """The reference data the archive ships (`load_reference`), read back from a throwaway
    database, so the scores reflect exactly what a fresh archive knows."""
    from archive.services import reference_load

    with throwaway_database():
        reference_load()
        return evaluation_reference()
