"""A Reference built from the shipped CSVs plus the people, outlets and topics the seeds need.

Test-only: in the application the Reference comes from the database (archive/services.py).
"""

from __future__ import annotations

import csv
import json
from datetime import date
from functools import cache
from pathlib import Path

from archive.ingest.reference import (
    KnownMeeting,
    KnownOffice,
    KnownOutlet,
    KnownPerson,
    KnownTopic,
    Reference,
    slugify,
)

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_DIR = ROOT / "archive" / "fixtures" / "reference"
SEEDS_DIR = ROOT / "archive" / "fixtures" / "seeds"

POSTS = {
    "Secretary of State": "foreign",
    "Secretary of Defense": "defense",
    "Acting Secretary of Defense": "defense",
    "Minister for Foreign Affairs": "foreign",
    "Minister of Defense": "defense",
}

# Curated aliases: misspellings seen in reports, and Japanese script.
ALIASES = {
    "Antony Blinken": ("Anthony Blinken", "Tony Blinken", "アントニー・ブリンケン"),
    "Lloyd Austin": ("Lloyd J. Austin", "Lloyd J. Austin III"),
    "Yoshimasa Hayashi": ("林芳正",),
    "Nobuo Kishi": ("岸信夫",),
    "Fumio Kishida": ("岸田文雄",),
    "Yasukazu Hamada": ("浜田靖一",),
    "Hillary Rodham Clinton": ("Hillary Clinton",),
    "John F. Kerry": ("John Kerry",),
    "Joe Biden": ("Joseph R. Biden", "Joseph Biden"),
}

# People the seeds name who hold no 2+2 office (Daniel Russel's misspelling "Russell" is
# deliberately not an alias: the pipeline's one-letter rule must find him).
EXTRA_PEOPLE = (
    ("Fumio Kishida", "Japan", "Prime Minister", "head_of_government", "2021-10-04", "2024-10-01"),
    ("Joe Biden", "United States", "President", "head_of_state", "2021-01-20", "2025-01-20"),
    (
        "Scott Morrison",
        "Australia",
        "Prime Minister",
        "head_of_government",
        "2018-08-24",
        "2022-05-23",
    ),
    (
        "Rishi Sunak",
        "United Kingdom",
        "Prime Minister",
        "head_of_government",
        "2022-10-25",
        "2024-07-05",
    ),
    ("Daniel Russel", "United States", "", "", "", ""),
    ("Jeffrey Hornung", "United States", "", "", "", ""),
)

OUTLETS = (
    KnownOutlet(
        "efe",
        "EFE",
        "wire",
        "es",
        ("EFE", "Agencia EFE", "efe.com"),
        (r"[a-z]{2,5}(?:/[a-z]{2,5})+",),  # EFE closes its copy with editors' initials
    ),
    KnownOutlet(
        "reuters",
        "Reuters",
        "wire",
        "en",
        ("Reuters", "Thomson Reuters", "reuters.com"),
        (
            r"Sign up now for unlimited free access to Reuters\.com",
            r"Our standards: (?:The )?Thomson Reuters Trust Principles\.?",
        ),
    ),
    KnownOutlet(
        "ap", "AP", "wire", "en", ("AP", "Associated Press", "The Associated Press", "apnews.com")
    ),
    KnownOutlet("myind", "Myind", "site", "en", ("Myind", "MyInd", "myind.net")),
    KnownOutlet(
        "sindonews",
        "SINDOnews",
        "site",
        "id",
        ("SINDOnews", "Sindonews", "sindonews.com"),
        (r"Baca(?: [Jj]uga)?: .+", r"\([a-z]{2,4}\)"),
    ),
)

TOPICS = (
    KnownTopic("china", "China", ("Chinese", "Beijing", "Xinjiang")),
    KnownTopic("taiwan-strait", "Taiwan Strait", ("Taiwan",)),
    KnownTopic("north-korea", "North Korea", ("North Korean", "Pyongyang")),
    KnownTopic("hypersonic-weapons", "Hypersonic weapons", ("hypersonic", "hypersonics")),
    KnownTopic("space", "Space", ("space capabilities", "space-based", "outer space")),
    KnownTopic(
        "cyber", "Cyber", ("cyber security", "cybersecurity", "cyberspace", "cyber attacks")
    ),
    KnownTopic("okinawa", "Okinawa", ()),
    KnownTopic(
        "host-nation-support",
        "Host-nation support",
        ("host nation support", "host-nation support", "retention of U.S. troops", "cost-sharing"),
    ),
    KnownTopic("russia-ukraine", "Russia and Ukraine", ("Ukraine",)),
    KnownTopic("human-rights", "Human rights", ("human rights",)),
)

FORMAT_KEYWORDS = {"virtual": ("virtual", "virtually", "videoconference", "video conference")}


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _offices_by_person() -> dict[str, list[KnownOffice]]:
    offices: dict[str, list[KnownOffice]] = {}
    with open(REFERENCE_DIR / "ministers.csv", newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            office = KnownOffice(
                row["office"],
                POSTS[row["office"]],
                row["country"],
                _date(row["term_start"]),
                _date(row["term_end"]),
            )
            offices.setdefault(row["name"], []).append(office)
    return offices


@cache
def native_aliases() -> dict[str, tuple[str, ...]]:
    """name -> its forms in archive/fixtures/reference/native_aliases.csv (kanji, kana,
    hangul, hanzi, surname first), as the database loader will store them."""
    found: dict[str, list[str]] = {}
    with open(REFERENCE_DIR / "native_aliases.csv", newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            found.setdefault(row["name"], []).append(row["alias"])
    return {name: tuple(forms) for name, forms in found.items()}


def native_named_index(people: dict[str, tuple[str, str, str]]):
    """The index of a Reference holding only `people` (name -> country, title, post), each
    with their native_aliases.csv names and one office held since 2001: for tests of how
    names in each script are found, apart from the rest of the reference."""
    return Reference(
        people=tuple(
            KnownPerson(
                slugify(name),
                name,
                country,
                native_aliases().get(name, ()),
                (KnownOffice(title, post, country, date(2001, 1, 1), None),),
            )
            for name, (country, title, post) in people.items()
        )
    ).index


def dated_reference(people) -> Reference:
    """A Reference holding only `people`, rows of (name, country, aliases, (title, post,
    start, end)) with ISO dates (end may be None): one dated office each, for tests of
    how older pages name the officeholders of their day."""
    return Reference(
        people=tuple(
            KnownPerson(
                name.lower().replace(" ", "-").replace(".", ""),
                name,
                country,
                aliases,
                (KnownOffice(title, post, country, _date(start), _date(end or "")),),
            )
            for name, country, aliases, (title, post, start, end) in people
        )
    )


def news_subjects_of(body: str, index, on: date) -> set[str]:
    """The slugs of those a body is about (find_people, then in_the_news, no title)."""
    from archive.ingest.people import find_people, in_the_news

    mentions, _ = find_people(body, index, on)
    return {m.slug for m in in_the_news(body, mentions, [], index, on)}


def _aliases(name: str, country: str) -> tuple[str, ...]:
    aliases = list(ALIASES.get(name, ()))
    words = name.split()
    if country == "Japan" and len(words) == 2:
        aliases.append(f"{words[1]} {words[0]}")  # surname first, as Japanese sources print it
    aliases.extend(form for form in native_aliases().get(name, ()) if form not in aliases)
    return tuple(aliases)


@cache
def multilingual_keywords() -> dict[str, tuple[str, ...]]:
    """Topic name -> its keywords in every language of topic_keywords_multilingual.json."""
    path = REFERENCE_DIR / "topic_keywords_multilingual.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        name: tuple(keyword for words in languages.values() for keyword in words)
        for name, languages in data.items()
        if not name.startswith("_")
    }


def _with_languages(topic: KnownTopic) -> KnownTopic:
    extra = [k for k in multilingual_keywords().get(topic.name, ()) if k not in topic.keywords]
    return KnownTopic(topic.slug, topic.name, (*topic.keywords, *extra))


@cache
def seed_reference() -> Reference:
    offices = _offices_by_person()
    countries = {}
    with open(REFERENCE_DIR / "ministers.csv", newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            countries.setdefault(row["name"], row["country"])
    for name, country, title, post, start, end in EXTRA_PEOPLE:
        countries.setdefault(name, country)
        if title:
            offices.setdefault(name, []).append(
                KnownOffice(title, post, country, _date(start), _date(end))
            )
        else:
            offices.setdefault(name, [])
    people = tuple(
        KnownPerson(
            slugify(name),
            name,
            countries[name],
            _aliases(name, countries[name]),
            tuple(offices[name]),
        )
        for name in offices
    )
    meetings = []
    with open(REFERENCE_DIR / "meetings.csv", newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            start = date.fromisoformat(row["date_start"])
            participants = tuple(
                slugify(row[column])
                for column in ("us_state", "us_defense", "jp_foreign", "jp_defense")
            )
            meetings.append(
                KnownMeeting(
                    slug=f"scc-{start.isoformat()}",
                    title=f"US–Japan Security Consultative Committee ({start.isoformat()})",
                    start=start,
                    end=date.fromisoformat(row["date_end"]),
                    city=row["city"],
                    participant_slugs=participants,
                    keywords=FORMAT_KEYWORDS.get(row["format"], ()),
                )
            )
    topics = tuple(_with_languages(topic) for topic in TOPICS)
    return Reference(people=people, outlets=OUTLETS, meetings=tuple(meetings), topics=topics)


SEED_FILES = {path.name[:3]: path for path in sorted(SEEDS_DIR.glob("0*.txt"))}


def seed_bytes(number: str) -> bytes:
    return SEED_FILES[number].read_bytes()


# Seed 004's credit line as SEEDS.md reads it (names as printed): reporters and editors.
SEED_004_CREDITS = [
    ("David Brunstrom", "reporter"),
    ("Dan Whitcomb", "reporter"),
    ("Rami Ayub", "reporter"),
    ("Ju-Min Park", "reporter"),
    ("Kiyoshi Takenaka", "reporter"),
    ("Martin Pollard", "additional_reporting"),
    ("David Dolan", "editor"),
    ("Richard Bullin", "editor"),
    ("Sri Navaratnam", "editor"),
]
