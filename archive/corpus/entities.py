"""What the synthetic reports point at: the verified reference data (real meetings,
ministers, outlets, topics) plus synthetic outlets, people and meetings of every kind,
created through the ORM (a few thousand rows) and handed to the generator as plain data."""

import random
from datetime import timedelta

from django.utils.text import slugify

from archive.corpus.generator import FAMILY_NAMES, GIVEN_NAMES
from archive.corpus.plan import FIRST_DAY, LAST_DAY, Entities
from archive.corpus.vocabulary import Vocabulary
from archive.models import (
    AliasKind,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingParticipant,
    Outlet,
    OutletKind,
    Person,
    PersonAlias,
    Topic,
)

# Language, its weight among outlets, the countries its outlets are based in, and the
# words their names are made of.
LANGUAGES = [
    ("en", 40, ["United States", "United Kingdom", "Australia", "Singapore", "India"],
     ["Times", "Post", "Herald", "Daily", "Tribune", "Review", "Monitor"]),
    ("ja", 12, ["Japan"], ["Shimbun", "Nippo", "Keizai", "Jiji"]),
    ("es", 6, ["Spain", "Mexico", "Argentina"], ["Diario", "Noticias", "Prensa"]),
    ("fr", 5, ["France", "Belgium"], ["Le Journal", "Quotidien", "Actualites"]),
    ("de", 5, ["Germany", "Austria"], ["Zeitung", "Rundschau", "Anzeiger"]),
    ("zh", 5, ["China", "Taiwan", "Hong Kong"], ["Ribao", "Xinwen", "Shibao"]),
    ("ko", 5, ["South Korea"], ["Ilbo", "Sinmun", "News"]),
    ("pt", 3, ["Brazil", "Portugal"], ["Folha", "Jornal", "Correio"]),
    ("it", 3, ["Italy"], ["Corriere", "Gazzetta", "Giornale"]),
    ("ru", 3, ["Russia"], ["Vesti", "Gazeta", "Izvestia"]),
    ("ar", 3, ["Egypt", "Qatar", "Saudi Arabia"], ["Al Akhbar", "Al Watan", "Al Yawm"]),
    ("id", 2, ["Indonesia"], ["Harian", "Berita", "Kabar"]),
    ("vi", 2, ["Vietnam"], ["Bao", "Tin Tuc"]),
    ("th", 2, ["Thailand"], ["Khao", "Daily"]),
    ("hi", 2, ["India"], ["Samachar", "Dainik"]),
    ("tr", 2, ["Turkey"], ["Haber", "Gazete"]),
    ("pl", 1, ["Poland"], ["Gazeta", "Dziennik"]),
    ("nl", 1, ["Netherlands"], ["Dagblad", "Nieuws"]),
    ("sv", 1, ["Sweden"], ["Tidning", "Nyheter"]),
    ("uk", 1, ["Ukraine"], ["Pravda", "Visti"]),
    ("ms", 1, ["Malaysia"], ["Berita", "Utusan"]),
    ("tl", 1, ["Philippines"], ["Balita", "Pahayagan"]),
]  # fmt: skip
OUTLET_KINDS = [
    (OutletKind.NEWSPAPER, 55),
    (OutletKind.BROADCASTER, 10),
    (OutletKind.BLOG, 12),
    (OutletKind.AGGREGATOR, 8),
    (OutletKind.GOVERNMENT, 3),
    (OutletKind.WIRE, 2),
]
MIN_WIRES = 8
CITIES = [
    ("Tokyo", "Japan"),
    ("Washington", "United States"),
    ("New York", "United States"),
    ("Honolulu", "United States"),
    ("Singapore", "Singapore"),
    ("Osaka", "Japan"),
    ("Hiroshima", "Japan"),
    ("Manila", "Philippines"),
    ("Jakarta", "Indonesia"),
    ("Brussels", "Belgium"),
]
# How often each kind of meeting happens, relative to the others; a kind added to the
# model later gets the middle weight.
KIND_WEIGHTS = {MeetingKind.SCC: 1, MeetingKind.SUMMIT: 3, MeetingKind.MINISTERIAL: 6}
DEFAULT_KIND_WEIGHT = 4
KIND_WEIGHTS_CALL = 10
PEOPLE_COUNTRIES = [
    "United States", "Japan", "China", "South Korea", "Australia", "Philippines", "India",
    "United Kingdom", "Taiwan", "Russia",
]  # fmt: skip


def outlet_count(reports: int) -> int:
    return min(3000, max(12, reports // 30))


def people_count(reports: int) -> int:
    return min(2000, max(20, reports // 50))


def meeting_count(reports: int) -> int:
    return min(800, max(10, reports // 1000))


def kind_weight(kind: str) -> int:
    if kind == MeetingKind.CALL:
        return KIND_WEIGHTS_CALL
    return KIND_WEIGHTS.get(kind, DEFAULT_KIND_WEIGHT)


def outlets_create(rng: random.Random, vocabulary: Vocabulary, count: int) -> None:
    names = (word for word in vocabulary.words[2000:] if len(word) >= 5)
    languages = list(LANGUAGES)
    weights = [entry[1] for entry in languages]
    kinds, kind_weights = zip(*OUTLET_KINDS, strict=True)
    outlets = []
    for number in range(count):
        code, _, countries, suffixes = rng.choices(languages, weights=weights)[0]
        kind = OutletKind.WIRE if number < MIN_WIRES else rng.choices(kinds, kind_weights)[0]
        word = next(names).title()
        name = f"{word} {rng.choice(suffixes)}" if kind != OutletKind.WIRE else f"{word} Press"
        slug = f"{slugify(name)}-{number}"
        host = f"{slug}.example"
        outlets.append(
            Outlet(
                name=name,
                slug=slug,
                kind=kind,
                country=rng.choice(countries),
                language=code,
                homepage=f"https://{host}/",
                aliases=[host],
            )
        )
    Outlet.objects.bulk_create(outlets, batch_size=1000)


def people_create(rng: random.Random, count: int) -> None:
    taken = set(Person.objects.values_list("slug", flat=True))
    people, aliases = [], []
    while len(people) < count:
        given, family = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
        middle = rng.choice(("", "", "", "A.", "J.", "M.", "K.", "T."))
        name = " ".join(part for part in (given, middle, family) if part)
        slug = slugify(name)
        if slug in taken:
            continue
        taken.add(slug)
        country = rng.choice(PEOPLE_COUNTRIES)
        people.append(
            Person(name=name, slug=slug, country=country, description="Synthetic person.")
        )
    Person.objects.bulk_create(people, batch_size=1000)
    for person in Person.objects.filter(slug__in=[p.slug for p in people]):
        if person.country == "Japan":
            given, family = person.name.split()[0], person.name.split()[-1]
            aliases.append(
                PersonAlias(person=person, alias=f"{family} {given}", kind=AliasKind.SURNAME_FIRST)
            )
    PersonAlias.objects.bulk_create(aliases, batch_size=1000)


def meetings_create(rng: random.Random, count: int) -> None:
    """Meetings of every kind the model knows, on days spread over the years, each with
    the participants of the verified 2+2 nearest in time (the ministers of the day)."""
    kinds = [kind for kind, _ in MeetingKind.choices]
    reference = list(Meeting.objects.order_by("start_date").prefetch_related("participations"))
    taken = set(Meeting.objects.values_list("slug", flat=True))
    span = (LAST_DAY - FIRST_DAY).days
    made = []
    # Every kind at least once, the rest by weight.
    chosen = kinds + rng.choices(kinds, weights=[kind_weight(k) for k in kinds], k=count)
    for kind in chosen[: max(count, len(kinds))]:
        day = FIRST_DAY + timedelta(days=rng.randrange(span - 3))
        slug = f"{kind}-{day.isoformat()}"
        while slug in taken:
            day += timedelta(days=1)
            slug = f"{kind}-{day.isoformat()}"
        taken.add(slug)
        city, country = rng.choice(CITIES)
        meeting_format = (
            MeetingFormat.VIRTUAL
            if kind == MeetingKind.CALL
            else rng.choices(
                [MeetingFormat.IN_PERSON, MeetingFormat.HYBRID, MeetingFormat.VIRTUAL],
                weights=[85, 5, 10],
            )[0]
        )
        label = MeetingKind(kind).label
        made.append(
            Meeting(
                kind=kind,
                title=f"{label}, {day.day} {day:%B %Y}",
                slug=slug,
                start_date=day,
                end_date=day + timedelta(days=rng.choice((0, 0, 0, 1))),
                city=city if meeting_format != MeetingFormat.VIRTUAL else "",
                country=country if meeting_format != MeetingFormat.VIRTUAL else "",
                format=meeting_format,
                summary="Synthetic meeting for the benchmark.",
                keywords=[label],
            )
        )
    Meeting.objects.bulk_create(made, batch_size=1000)
    participants = []
    for meeting in Meeting.objects.filter(slug__in=[m.slug for m in made]):
        if not reference:
            break
        nearest = min(reference, key=lambda ref: abs((ref.start_date - meeting.start_date).days))
        attended = list(nearest.participations.all())
        for position, link in enumerate(rng.sample(attended, k=min(len(attended), 4))):
            participants.append(
                MeetingParticipant(
                    meeting=meeting,
                    person_id=link.person_id,
                    office_id=link.office_id,
                    position=position,
                )
            )
    MeetingParticipant.objects.bulk_create(participants, batch_size=1000)


def entities_create(*, reports: int, seed: int) -> None:
    """The synthetic outlets, people and meetings for `reports` reports, on top of the
    reference data (already loaded)."""
    rng = random.Random(f"entities:{seed}")
    vocabulary = Vocabulary(seed)
    outlets_create(rng, vocabulary, outlet_count(reports))
    people_create(rng, people_count(reports))
    meetings_create(rng, meeting_count(reports))


def entities_read(*, seed: int) -> Entities:
    """Every outlet, person, meeting and topic in the database, ranked for the generator:
    verified ones first (the real 2+2 meetings get the most coverage, the real ministers
    the most mentions), then the synthetic ones in a seed-given order."""
    rng = random.Random(f"ranks:{seed}")
    people = ranked(rng, people_read(), lambda row: row["synthetic"] != "Synthetic person.")
    person_index = {row["id"]: index for index, row in enumerate(people)}
    meetings = ranked(rng, meetings_read(person_index), lambda row: row["real"])
    outlets = ranked(rng, outlets_read(), lambda row: row["real"])
    topics = topics_read()
    rng.shuffle(topics)
    return Entities(meetings=meetings, outlets=outlets, people=people, topics=topics)


def ranked(rng: random.Random, rows: list[dict], is_real) -> list[dict]:
    """The real rows, then the made-up ones, each in an order drawn from `rng`."""
    real = [row for row in rows if is_real(row)]
    made = [row for row in rows if not is_real(row)]
    rng.shuffle(real)
    rng.shuffle(made)
    return real + made


def people_read() -> list[dict]:
    return [
        {"id": pk, "name": name, "surname": name.split()[-1], "synthetic": description}
        for pk, name, description in Person.objects.order_by("pk").values_list(
            "pk", "name", "description"
        )
    ]


def meetings_read(person_index: dict[int, int]) -> list[dict]:
    """The meetings, each with its participants as indexes into the ranked people."""
    participants = {}
    for meeting_id, person_id in MeetingParticipant.objects.order_by(
        "meeting_id", "position", "person_id"
    ).values_list("meeting_id", "person_id"):
        participants.setdefault(meeting_id, []).append(person_id)
    return [
        {
            "id": pk,
            "slug": slug,
            "start": start,
            "city": city or "Tokyo",
            "real": summary != "Synthetic meeting for the benchmark.",
            "participants": [person_index[p] for p in participants.get(pk, [])],
        }
        for pk, slug, start, city, summary in Meeting.objects.order_by("pk").values_list(
            "pk", "slug", "start_date", "city", "summary"
        )
    ]


def outlets_read() -> list[dict]:
    return [
        {
            "id": pk,
            "slug": slug,
            "name": name,
            "host": f"{slug}.example" if not homepage else homepage.split("/")[2],
            "language": language or "en",
            "is_wire": kind == OutletKind.WIRE,
            "real": not homepage.endswith(".example/"),
        }
        for pk, slug, name, homepage, language, kind in Outlet.objects.exclude(slug="unidentified")
        .order_by("pk")
        .values_list("pk", "slug", "name", "homepage", "language", "kind")
    ]


def topics_read() -> list[dict]:
    return [
        {"id": pk, "keywords": keywords or [name]}
        for pk, name, keywords in Topic.objects.order_by("pk").values_list("pk", "name", "keywords")
    ]
