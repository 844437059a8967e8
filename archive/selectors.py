"""Reads that services and pages share, beyond one model's QuerySet."""

from dataclasses import dataclass
from dataclasses import field as dc_field

from django.db.models import Count, Value

from archive.models import (
    Article,
    ArticleMeeting,
    BoilerplatePattern,
    CountKind,
    Credit,
    Meeting,
    MeetingKind,
    Mention,
    Outlet,
    Person,
    PublishedCount,
    Quote,
    Topic,
)

# The meeting, person and outlet pages' reads live in page_selectors, read from here too.
from archive.page_selectors import (  # noqa: F401
    ReportFilter,
    meeting_page,
    outlet_page,
    person_page,
)

UNIDENTIFIED_OUTLET_SLUG = "unidentified"


def reference_snapshot():
    """What the pipeline needs to know from the database, as plain data (a handful of
    queries, whatever the size of the archive)."""
    from archive.ingest.reference import KnownTopic, Reference

    patterns_by_outlet: dict[int | None, list[str]] = {}
    for pattern in BoilerplatePattern.objects.filter(active=True):
        patterns_by_outlet.setdefault(pattern.outlet_id, []).append(pattern.pattern)
    return Reference(
        people=known_people(),
        outlets=known_outlets(patterns_by_outlet),
        meetings=known_meetings(),
        topics=tuple(
            KnownTopic(slug=topic.slug, name=topic.name, keywords=tuple(topic.keywords))
            for topic in Topic.objects.all()
        ),
        boilerplate=tuple(patterns_by_outlet.get(None, ())),
    )


def known_people() -> tuple:
    from archive.ingest.reference import KnownOffice, KnownPerson

    return tuple(
        KnownPerson(
            slug=person.slug,
            name=person.name,
            country=person.country,
            aliases=tuple(alias.alias for alias in person.aliases.all()),
            offices=tuple(
                KnownOffice(office.title, office.post, office.country, office.start, office.end)
                for office in person.offices.all()
            ),
        )
        for person in Person.objects.prefetch_related("aliases", "offices")
    )


def known_outlets(patterns_by_outlet: dict) -> tuple:
    from archive.ingest.reference import KnownOutlet

    return tuple(
        KnownOutlet(
            slug=outlet.slug,
            name=outlet.name,
            kind=outlet.kind,
            language=outlet.language,
            aliases=tuple(outlet.aliases),
            boilerplate=tuple(patterns_by_outlet.get(outlet.pk, ())),
        )
        for outlet in Outlet.objects.exclude(slug=UNIDENTIFIED_OUTLET_SLUG)
    )


def known_meetings() -> tuple:
    from archive.ingest.reference import KnownMeeting

    return tuple(
        KnownMeeting(
            slug=meeting.slug,
            title=meeting.title,
            start=meeting.start_date,
            end=meeting.end_date,
            city=meeting.city,
            participant_slugs=tuple(p.person.slug for p in meeting.participations.all()),
            keywords=tuple(meeting.keywords),
            kind=meeting.kind,
            format=meeting.format,
            series=meeting.series,
            country=meeting.country,
            other_countries=tuple(meeting.other_countries),
            participant_posts=tuple(
                (p.person.slug, p.office.country, p.office.post)
                for p in meeting.participations.all()
                if p.office
            ),
            first_local=meeting.first_local_date,
        )
        for meeting in Meeting.objects.prefetch_related(
            "participations__person", "participations__office"
        )
    )


# --- History ------------------------------------------------------------------------------


@dataclass
class Change:
    field: str
    before: object
    after: object


@dataclass
class HistoryRow:
    """One recorded change, as the admin's history page shows it."""

    event: object
    what: str
    label: str
    when: object
    who: str
    via: str
    changes: list = dc_field(default_factory=list)
    current: bool = False  # the object holds these values now: nothing to restore

    @property
    def event_key(self) -> str:
        return f"{self.event._meta.label}:{self.event.pgh_id}"


# The parts whose history an article's history page includes, by the field naming it.
ARTICLE_PART_MODELS = (ArticleMeeting, Mention, Quote, Credit)


def event_model_of(model):
    return next(iter(model.pgh_event_models.values()))


def history_events(obj) -> list:
    """Every recorded event of `obj`, and for an article of its parts and topic links."""
    events = list(event_model_of(type(obj)).objects.filter(pgh_obj_id=obj.pk))
    if isinstance(obj, Article):
        for part in (*ARTICLE_PART_MODELS, Article.topics.through):
            events += list(event_model_of(part).objects.filter(article_id=obj.pk))
    return sorted(events, key=lambda event: (event.pgh_created_at, event.pgh_id))


def snapshot(event) -> dict:
    model = event.pgh_tracked_model
    names = {field.attname for field in event._meta.concrete_fields}
    return {
        field.attname: getattr(event, field.attname)
        for field in model._meta.concrete_fields
        if field.attname in names and field.attname not in ("updated_at",)
    }


EMPTY = ("", None, [])


def event_changes(event, previous: dict | None) -> list:
    current = snapshot(event)
    if event.pgh_label in ("delete", "topic.remove"):
        return [Change(name, value, None) for name, value in current.items()]
    if previous is None:
        return [
            Change(name, None, value)
            for name, value in current.items()
            if value not in ("", None, [])
        ]
    return [
        Change(name, previous.get(name), value)
        for name, value in current.items()
        if previous.get(name) != value
    ]


def context_users(events) -> dict:
    from django.contrib.auth import get_user_model

    ids = {
        (event.pgh_context.metadata or {}).get("user")
        for event in events
        if event.pgh_context_id and event.pgh_context
    }
    ids.discard(None)
    users = get_user_model().objects.filter(pk__in=ids)
    return {user.pk: user.get_username() for user in users}


def context_via(metadata: dict) -> str:
    if metadata.get("import_batch"):
        return f"import batch #{metadata['import_batch']} ({metadata.get('channel', '')})"
    parts = [metadata.get("channel", ""), metadata.get("url", "")]
    return " · ".join(part for part in parts if part)


def object_history(obj) -> list[HistoryRow]:
    """The object's recorded changes, newest first, each with before and after values."""
    events = history_events(obj)
    # One query for all contexts instead of one per row.
    contexts = {
        context.pk: context
        for context in pghistory_context_model().objects.filter(
            pk__in={event.pgh_context_id for event in events if event.pgh_context_id}
        )
    }
    for event in events:
        event._state.fields_cache["pgh_context"] = contexts.get(event.pgh_context_id)
    users = context_users(events)
    rows, previous = [], {}
    for event in events:
        key = (event._meta.label, getattr(event, "pgh_obj_id", None) or event.pgh_id)
        metadata = event.pgh_context.metadata if event.pgh_context else {}
        rows.append(
            HistoryRow(
                event=event,
                what=event_subject(event),
                label=event.pgh_label,
                when=event.pgh_created_at,
                who=users.get(metadata.get("user"), "") if metadata else "",
                via=context_via(metadata or {}),
                changes=event_changes(event, previous.get(key)),
            )
        )
        previous[key] = snapshot(event)
    latest = {}
    for row in rows:
        event = row.event
        latest[(event._meta.label, getattr(event, "pgh_obj_id", None) or event.pgh_id)] = row
    for row in latest.values():
        row.current = row.label in ("insert", "update")
    return list(reversed(rows))


def event_subject(event) -> str:
    """ "article #12", "mention #40", "article topic #3" (a topic link names its topic)."""
    number = getattr(event, "pgh_obj_id", None) or getattr(event, "topic_id", "")
    return f"{event.pgh_tracked_model._meta.verbose_name} #{number}"


def pghistory_context_model():
    from pghistory.models import Context

    return Context


def history_event(label_and_id: str, obj):
    """The event named `model_label:pgh_id` if it belongs to `obj`'s history, else None."""
    label, _, pgh_id = (label_and_id or "").rpartition(":")
    if not pgh_id.isdigit():
        return None
    for event in history_events(obj):
        if event._meta.label == label and event.pgh_id == int(pgh_id):
            return event
    return None


# --- The home page's timeline ---------------------------------------------------------------


@dataclass
class KindCount:
    kind: str
    label: str
    count: int


# The home page shows the latest meetings only: every meeting (about 1,200 in the
# synthetic archive) took most of a second to render. The meetings list pages the rest.
TIMELINE_SIZE = 30
REPORTS_ROW = "*reports"  # the row of the kinds' query that carries the report total


@dataclass
class Timeline:
    meetings: list  # the latest TIMELINE_SIZE meetings, newest first
    kinds: list  # KindCount of every kind held, in the order of MeetingKind
    meeting_total: int  # every meeting
    report_total: int  # every published report (the kept count)


def meeting_timeline() -> Timeline:
    """The latest meetings with their published report counts (one query); how many
    meetings of each kind there are, and how many published reports (the count the write
    path keeps), in one more."""
    meetings = list(
        Meeting.objects.with_public_report_counts().order_by("-start_date", "-pk")[:TIMELINE_SIZE]
    )
    per_kind = Meeting.objects.order_by().values_list("kind").annotate(n=Count("pk"))
    total = PublishedCount.objects.filter(key=f"{CountKind.TOTAL}:").values_list(
        Value(REPORTS_ROW), "count"
    )
    counts = dict(per_kind.union(total, all=True))
    kinds = [
        KindCount(value, label, counts[value])
        for value, label in MeetingKind.choices
        if counts.get(value)
    ]
    return Timeline(
        meetings=meetings,
        kinds=kinds,
        meeting_total=sum(kind.count for kind in kinds),
        report_total=counts.get(REPORTS_ROW, 0),
    )
