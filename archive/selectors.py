"""Reads that services and pages share, beyond one model's QuerySet."""

from archive.models import (
    BoilerplatePattern,
    Meeting,
    Outlet,
    Person,
    Topic,
)

UNIDENTIFIED_OUTLET_SLUG = "unidentified"


def reference_snapshot():
    """What the pipeline needs to know from the database, as plain data (a handful of
    queries, whatever the size of the archive)."""
    from archive.ingest.reference import (
        KnownMeeting,
        KnownOffice,
        KnownOutlet,
        KnownPerson,
        KnownTopic,
        Reference,
    )

    people = tuple(
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
    patterns_by_outlet: dict[int | None, list[str]] = {}
    for pattern in BoilerplatePattern.objects.filter(active=True):
        patterns_by_outlet.setdefault(pattern.outlet_id, []).append(pattern.pattern)
    outlets = tuple(
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
    meetings = tuple(
        KnownMeeting(
            slug=meeting.slug,
            title=meeting.title,
            start=meeting.start_date,
            end=meeting.end_date,
            city=meeting.city,
            participant_slugs=tuple(p.person.slug for p in meeting.participations.all()),
            keywords=tuple(meeting.keywords),
        )
        for meeting in Meeting.objects.prefetch_related("participations__person")
    )
    topics = tuple(
        KnownTopic(slug=topic.slug, name=topic.name, keywords=tuple(topic.keywords))
        for topic in Topic.objects.all()
    )
    return Reference(
        people=people,
        outlets=outlets,
        meetings=meetings,
        topics=topics,
        boilerplate=tuple(patterns_by_outlet.get(None, ())),
    )
