"""The people and offices of the reference files (ministers.csv, officeholders.csv,
curated.json), read once per load: the loaders look each row up in memory and the people
and terms new to the database are created in bulk, so a load of unchanged files reads
them in two queries instead of two per row."""

from datetime import date

from django.utils.text import slugify

from archive.models import AliasKind, Office, Person, PersonAlias


def same_term(office: Office, start: date | None, end: date | None) -> bool:
    """Whether `office` is the term a row dated `start`–`end` describes: the same start;
    for a row without a start, a term ending when it ends (or of unknown end); an undated
    term that ends no earlier than the row starts; or a dated term overlapping the row's
    (a curator may have corrected its start)."""
    if office.start == start:
        return True
    if start is None:
        return end is None or office.end in (None, end)
    if office.start is None:
        return office.end is None or start <= office.end
    if office.end is None or end is None:
        return False  # two open terms with different starts are two terms
    return office.start <= end and office.end >= start


def office_on_day(candidates: list[Office], day: date) -> Office | None:
    """Of one person's terms in one post, the one held on `day`: the latest dated term that
    spans it, else the first undated term not ended before it (a meeting attests it)."""
    dated = [
        office
        for office in candidates
        if office.start and office.start <= day and (office.end is None or office.end >= day)
    ]
    if dated:
        return max(dated, key=lambda office: office.start)
    undated = [
        office
        for office in candidates
        if office.start is None and (office.end is None or office.end >= day)
    ]
    return undated[0] if undated else None


def _in_table_order(offices: list[Office]) -> list[Office]:
    """`Office.Meta.ordering` (start, undated first, then title), which the row-by-row
    loader got from the database: the first of several matching terms is the same."""
    return sorted(offices, key=lambda o: (o.start is not None, o.start or date.min, o.title))


class PeopleBook:
    """Every person (by slug) and every office (by holder, title and country), read once.
    A person or term the files add is kept here and written by `save`; a blank the files
    fill on a person or term already in the database is written at once (rare: only when
    a file changed), so what a curator set is never overwritten."""

    def __init__(self):
        self.people: dict[str, Person] = {person.slug: person for person in Person.objects.all()}
        slugs = {person.pk: slug for slug, person in self.people.items()}
        self.terms: dict[tuple[str, str, str], list[Office]] = {}
        self.held_by: dict[str, list[Office]] = {}
        for office in Office.objects.all():
            self._file(slugs[office.person_id], office)
        self.new_people: list[Person] = []
        self.new_offices: list[Office] = []

    def _file(self, slug: str, office: Office) -> None:
        self.terms.setdefault((slug, office.title, office.country), []).append(office)
        self.held_by.setdefault(slug, []).append(office)

    def person(self, *, name: str, country: str = "", description: str = "") -> Person:
        """`person_ensure` without a query: the person of this name, new or known; a known
        person's blank country or description is filled."""
        slug = slugify(name)
        person = self.people.get(slug)
        if person is None:
            person = Person(slug=slug, name=name, country=country, description=description)
            self.people[slug] = person
            self.new_people.append(person)
            return person
        blanks = {"country": country, "description": description}
        blanks = {field: value for field, value in blanks.items() if value}
        blanks = {field: value for field, value in blanks.items() if not getattr(person, field)}
        for field, value in blanks.items():
            setattr(person, field, value)
        if blanks and person.pk:
            person.save(update_fields=list(blanks))
        return person

    def _new_term(self, person: Person, **fields) -> Office:
        office = Office(person=person, **fields)
        self._file(person.slug, office)
        self.new_offices.append(office)
        return office

    def term_starting(
        self, *, person: Person, title: str, country: str, post: str, start, end, source_url=""
    ) -> Office:
        """The person's term of this title that starts on `start`, else a new one."""
        for office in self.terms.get((person.slug, title, country), []):
            if office.start == start:
                return office
        return self._new_term(
            person,
            title=title,
            country=country,
            post=post,
            start=start,
            end=end,
            source_url=source_url,
        )

    def term(
        self, *, person: Person, title: str, country: str, post: str, start, end, source_url=""
    ) -> Office:
        """The person's term in this office: created when new, else its blank dates and
        source filled in (a value already there, perhaps a curator's, is kept)."""
        terms = _in_table_order(self.terms.get((person.slug, title, country), []))
        exact = [office for office in terms if office.start == start]
        matching = exact or [office for office in terms if same_term(office, start, end)]
        if not matching:
            return self._new_term(
                person,
                title=title,
                country=country,
                post=post,
                start=start,
                end=end,
                source_url=source_url,
            )
        office = matching[0]
        blanks = {"start": start, "end": end, "source_url": source_url}
        blanks = {
            name: value for name, value in blanks.items() if value and not getattr(office, name)
        }
        if blanks.get("start") and blanks["start"] > (office.end or date.max):
            blanks.pop("start")
        for name, value in blanks.items():
            setattr(office, name, value)
        if blanks and office.pk:
            Office.objects.filter(pk=office.pk).update(**blanks)
        return office

    def held(self, *, person: Person, country: str, post: str, day: date) -> Office | None:
        """The office the person held at a meeting on `day`: a dated term that spans the
        day, else a term whose dates no source confirms (the meeting itself attests it);
        without a query."""
        offices = self.held_by.get(person.slug, [])
        mine = [office for office in offices if office.country == country and office.post == post]
        return office_on_day(_in_table_order(mine), day)

    def save(self) -> None:
        """Write the people, then the terms, the files added since the last call."""
        Person.objects.bulk_create(self.new_people)
        Office.objects.bulk_create(self.new_offices)
        self.new_people, self.new_offices = [], []


def aliases_load(aliases_by_name: dict, *, people: dict[str, Person] | None = None) -> int:
    """curated.json's spellings ({name: [[alias, kind], ...]}) for people already saved;
    the new ones in one insert. Returns how many were new."""
    people = people if people is not None else {p.slug: p for p in Person.objects.all()}
    existing = set(PersonAlias.objects.values_list("person_id", "alias"))
    new = []
    for name, aliases in aliases_by_name.items():
        person = people.get(slugify(name))
        if person is None or person.pk is None:
            raise Person.DoesNotExist(f"curated.json gives aliases for {name!r}, who is unknown")
        for alias, kind in aliases:
            if (person.pk, alias) in existing:
                continue
            existing.add((person.pk, alias))
            new.append(PersonAlias(person=person, alias=alias, kind=AliasKind(kind)))
    PersonAlias.objects.bulk_create(new)
    return len(new)
