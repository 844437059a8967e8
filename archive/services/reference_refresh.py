"""Bringing meetings loaded before up to date with the reference files, without undoing what
a curator changed since.

`Meeting` keeps no list of curated fields (as `Article.curated_fields` does), but every change
to a meeting and to its participants is in its history (django-pghistory triggers), with the
context it was made in. The reference loader writes under the channel "reference data". So:

- a field whose last change was made under that channel still holds what the files gave it:
  a load may replace it when the files say something else;
- a field changed since by anyone else (a curator in the admin, a revert, a shell) is theirs
  and stays as it is; so does every field of a meeting whose history does not show who set
  it (a meeting loaded before its table was tracked);
- a meeting's participants are refreshed only when every recorded change to them was the
  loader's: one participant added, removed or re-officed by a curator freezes the list.

Slugs are never changed: a meeting is found by its slug, which reports link to."""

from dataclasses import dataclass, field
from datetime import date

from django.apps import apps

REFERENCE_CHANNEL = "reference data"

# Meeting fields the reference files give, and so may refresh. Not the kind or the slug: a
# meeting of another kind is another meeting, and a slug is an address.
REFRESHABLE = (
    "title",
    "series",
    "start_date",
    "end_date",
    "first_local_date",
    "date_note",
    "city",
    "country",
    "format",
    "other_countries",
    "source_url",
    "source_title",
    "keywords",
)


@dataclass
class Ownership:
    """What the reference loader wrote last, read once from the history for many meetings."""

    fields: dict[int, set[str]] = field(default_factory=dict)
    participants: set[int] = field(default_factory=set)

    def fields_of(self, meeting_id: int | None) -> set[str]:
        return self.fields.get(meeting_id, set())


def reference_ownership(meeting_ids) -> Ownership:
    """Two queries, whatever the number of meetings."""
    meeting_ids = list(meeting_ids)
    if not meeting_ids:
        return Ownership()
    return Ownership(fields=owned_fields(meeting_ids), participants=owned_participants(meeting_ids))


def by_reference(metadata) -> bool:
    return (metadata or {}).get("channel") == REFERENCE_CHANNEL


def owned_fields(meeting_ids: list[int]) -> dict[int, set[str]]:
    """For each meeting, the refreshable fields whose last change the loader made. An insert
    sets every field; an update, the fields that differ from the event before it. A history
    that does not start with the insert cannot say who set the fields it starts with."""
    events = (
        apps.get_model("archive", "MeetingEvent")
        .objects.filter(pgh_obj_id__in=meeting_ids)
        .order_by("pgh_obj_id", "pgh_id")
        .values_list("pgh_obj_id", "pgh_label", "pgh_context__metadata", *REFRESHABLE)
    )
    owners: dict[int, dict[str, bool]] = {}
    previous: dict[int, dict] = {}
    for meeting_id, label, metadata, *values in events:
        snapshot = dict(zip(REFRESHABLE, values, strict=True))
        owner = owners.setdefault(meeting_id, {})
        before = previous.get(meeting_id)
        if label == "insert" or before is not None:
            for name, value in snapshot.items():
                if label == "insert" or before[name] != value:
                    owner[name] = by_reference(metadata)
        previous[meeting_id] = snapshot
    return {
        meeting_id: {name for name, mine in owner.items() if mine}
        for meeting_id, owner in owners.items()
    }


def owned_participants(meeting_ids: list[int]) -> set[int]:
    """Meetings whose participants have a history and only the loader's changes in it."""
    events = (
        apps.get_model("archive", "MeetingParticipantEvent")
        .objects.filter(meeting_id__in=meeting_ids)
        .values_list("meeting_id", "pgh_context__metadata")
    )
    recorded, touched = set(), set()
    for meeting_id, metadata in events:
        recorded.add(meeting_id)
        if not by_reference(metadata):
            touched.add(meeting_id)
    return recorded - touched


def meeting_changes(meeting, values: dict, *, owned: set[str], fillable) -> dict:
    """What a load writes to `meeting` from the files' `values`: a field the loader wrote
    last whose value changed, and a `fillable` field that is blank where the files have a
    value. Dates change together or not at all, so that they stay in order."""
    changes = {}
    for name, value in values.items():
        current = getattr(meeting, name)
        if name not in REFRESHABLE or value == current:
            continue
        if name in owned or (name in fillable and value and not current):
            changes[name] = value
    if not dates_in_order({**dated(meeting), **changes}):
        for name in ("start_date", "end_date", "first_local_date"):
            changes.pop(name, None)
    return changes


def dated(meeting) -> dict:
    return {
        "start_date": meeting.start_date,
        "end_date": meeting.end_date,
        "first_local_date": meeting.first_local_date,
    }


def dates_in_order(values: dict) -> bool:
    start: date = values["start_date"]
    first = values["first_local_date"]
    return values["end_date"] >= start and (first is None or first <= start)
