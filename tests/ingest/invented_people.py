"""Invented people the quote and people tests share, and the readers they call.

`person` builds someone who holds one office; `readout_people` are the ministers and leaders
of an invented Japanese readout (a foreign minister, her US counterpart, the US president
and Japan's prime minister, any date)."""

from __future__ import annotations

from datetime import date

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import KnownOffice, KnownPerson


def person(
    slug: str,
    name: str,
    country: str,
    aliases: tuple[str, ...],
    title: str,
    post: str = "other",
    start: date | None = None,
    end: date | None = None,
) -> KnownPerson:
    """Someone who held one office, `title` (`post`), from `start` to `end`."""
    return KnownPerson(
        slug, name, country, aliases, (KnownOffice(title, post, country, start, end),)
    )


def officials_of_2020s(*people: tuple) -> tuple[KnownPerson, ...]:
    """(slug, name, country, aliases, title) each, in office from 2020 to 2024 in a post
    that is neither a leader's nor a minister's (the quote tests' deputies and spokespeople)."""
    return tuple(
        person(*fields, post="other", start=date(2020, 1, 1), end=date(2024, 1, 1))
        for fields in people
    )


READOUT_PEOPLE = (
    person("kenta-morimura", "Kenta Morimura", "Japan", ("森村健太",), "Minister", "foreign"),
    person(
        "ellen-graves",
        "Ellen Graves",
        "United States",
        ("エレン・グレイブス", "グレイブス"),
        "Secretary of State",
        "foreign",
    ),
    person(
        "walter-harmon",
        "Walter Harmon",
        "United States",
        ("ウォルター・ハーモン", "ハーモン"),
        "President",
        "head_of_state",
    ),
)


# The CJK quote tests' ministers and leaders, in office from 2020 to 2024, quoted on QUOTE_DAY.
QUOTE_DAY = date(2022, 6, 1)
_IN_OFFICE = {"start": date(2020, 1, 1), "end": date(2024, 1, 1)}
TARO_YAMADA = person(
    "taro-yamada", "Taro Yamada", "Japan", ("山田太郎",), "Minister of Defense", "defense",
    **_IN_OFFICE,
)  # fmt: skip
WALTER_DUNMORE = person(
    "walter-dunmore", "Walter Dunmore", "United States", ("ウォルター・ダンモア",),
    "Secretary of Defense", "defense", **_IN_OFFICE,
)  # fmt: skip
PARK_HO_JIN = person(
    "park-ho-jin", "Park Ho-jin", "South Korea", ("박호진",), "Minister of Foreign Affairs",
    "foreign", **_IN_OFFICE,
)  # fmt: skip
KIM_MIN_SU = person(
    "kim-min-su", "Kim Min-su", "South Korea", ("김민수",), "President", "head_of_state",
    **_IN_OFFICE,
)  # fmt: skip

# The Latin-script quote reviews' two leaders (by surname), in office from 2020 to 2024.
PRIME_MINISTER_YAMADA = person(
    "taro-yamada", "Taro Yamada", "Japan", ("Yamada",), "Prime Minister",
    "head_of_government", **_IN_OFFICE,
)  # fmt: skip
PRESIDENT_DUNMORE = person(
    "walter-dunmore", "Walter Dunmore", "United States", ("Dunmore",), "President",
    "head_of_state", **_IN_OFFICE,
)  # fmt: skip


def quote_speakers(body: str, index, on: date | None = None) -> list[str | None]:
    """The speaker of each quote the pipeline finds in `body`, in order."""
    mentions, _ = find_people(body, index)
    return [hit.speaker_slug for hit in find_quotes(body, mentions, index=index, on=on)]


def quotes_said(body: str, index, on: date | None = None) -> list[tuple[str | None, str]]:
    """(speaker, words) of each quote the pipeline finds in `body`, in order."""
    mentions, _ = find_people(body, index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=index, on=on)]


def speaker_of_words(body: str, index, on: date = QUOTE_DAY) -> dict[str, str | None]:
    """Each quote's words the pipeline finds in `body`, with their speaker."""
    return {words: speaker for speaker, words in quotes_said(body, index, on)}


def untermed_person(name: str, country: str, title: str, post: str, aliases=()) -> KnownPerson:
    """A person holding `title` with no term's start or end, slug from the name."""
    slug = name.lower().replace(" ", "-")
    return KnownPerson(slug, name, country, aliases, (KnownOffice(title, post, country),))
