"""Reads that services and pages share, beyond one model's QuerySet."""

from collections import Counter
from dataclasses import dataclass
from dataclasses import field as dc_field

from django.db.models import OuterRef, Subquery

from archive.models import (
    Article,
    ArticleMeeting,
    BoilerplatePattern,
    Credit,
    LinkRole,
    Meeting,
    MeetingKind,
    Mention,
    Outlet,
    Person,
    Quote,
    SharedPassage,
    Topic,
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


# --- The meeting page -------------------------------------------------------------------------

SHARED_PAIRS_SHOWN = 25
HEAVY_FIELDS = ("raw", "body", "extraction", "search_vector")


def shared_stories(pairs, reports_by_id) -> list[list]:
    """Reports linked by shared passages, grouped: each group retells one story. Groups
    of two or more, largest first, each in the order of the page's report list."""
    parent = {}

    def root(node):
        while parent.get(node, node) != node:
            node = parent[node] = parent.get(parent[node], parent[node])
        return node

    for first, second in pairs:
        parent.setdefault(first, first)
        parent.setdefault(second, second)
        parent[root(first)] = root(second)
    groups: dict[int, list] = {}
    for report_id, report in reports_by_id.items():
        if report_id in parent:
            groups.setdefault(root(report_id), []).append(report)
    return sorted((g for g in groups.values() if len(g) > 1), key=len, reverse=True)


def meeting_reports(meeting):
    """The published reports of `meeting`, grouped by outlet in the template, each with
    `link_role` (report, preview or follow-up) in the same query."""
    role = ArticleMeeting.objects.filter(article=OuterRef("pk"), meeting=meeting).values("role")
    return (
        meeting.articles.published()
        .for_listing()
        .annotate(link_role=Subquery(role[:1]))
        .order_by("outlet__name", "published_on", "pk")
    )


def meeting_page(meeting) -> dict:
    """Everything the meeting page shows: participants, documents, reports, quotes by
    speaker, and the stories several reports retell with their closest pairs."""
    reports = list(meeting_reports(meeting))
    for report in reports:
        # A preview or a follow-up says so; a report of the meeting itself needs no label.
        role = report.link_role
        report.link_role_label = LinkRole(role).label if role and role != LinkRole.COVERAGE else ""
    report_ids = [report.pk for report in reports]
    shared = SharedPassage.objects.within(report_ids)
    pairs = list(shared.values_list("first_id", "second_id"))
    closest = (
        shared.select_related(
            "first__outlet", "first__original_wire", "second__outlet", "second__original_wire"
        )
        .defer(*(f"{side}__{field}" for side in ("first", "second") for field in HEAVY_FIELDS))
        .order_by("-score", "pk")[:SHARED_PAIRS_SHOWN]
    )
    return {
        "meeting": meeting,
        "participations": meeting.participations.all(),
        "documents": meeting.documents.all(),
        "reports": reports,
        "quotes": list(Quote.objects.filter(article__in=report_ids).for_reading()),
        "stories": shared_stories(pairs, {report.pk: report for report in reports}),
        # A much-retold story pairs every report with every other: show the closest pairs.
        "shared": list(closest),
        "shared_total": len(pairs),
    }


# --- The home page's timeline ---------------------------------------------------------------


@dataclass
class KindCount:
    kind: str
    label: str
    count: int


@dataclass
class Timeline:
    meetings: list
    kinds: list  # KindCount of every kind held, in the order of MeetingKind


def meeting_timeline() -> Timeline:
    """Every meeting, oldest first, with its published report count, and how many of each
    kind there are, counted from the same rows (one query)."""
    meetings = list(Meeting.objects.with_public_report_counts().order_by("start_date", "pk"))
    counts = Counter(meeting.kind for meeting in meetings)
    kinds = [
        KindCount(value, label, counts[value])
        for value, label in MeetingKind.choices
        if counts[value]
    ]
    return Timeline(meetings=meetings, kinds=kinds)
