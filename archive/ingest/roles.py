"""A person named by their post ("the Japanese foreign minister") and who held it that day.

A role phrase is an optional "the", a country ("Japanese", "Japan's", "U.S.", "American",
"United States", "Australian", ...) and a post ("foreign minister", "secretary of state",
"defence minister", "prime minister", "president", ...), in any case.

Who held a post on a day follows the archive's own rule (`Office.objects.held_on` in
archive/models.py), not the looser `KnownOffice.held_on`:
- a term with a known start runs until its recorded end, the end day excluded (the day
  a term ends belongs to the successor);
- a term with no recorded end runs until someone else's term in the same post and
  country starts (so Motegi's open 2019 term ends when Hayashi's starts);
- a term whose start is unknown counts only on the days of a meeting the person attended.
Two holders that day, or none, is no answer.

A bare title ("the secretary", "the Pentagon chief", "el presidente") names no country:
it is the person mentioned last before it who holds or held such a post
(`resolve_title`), as a reader takes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from archive.ingest.reference import KnownOffice, ReferenceIndex
from archive.ingest.results import Mention

# Country as printed -> the country as the reference records it.
COUNTRIES: tuple[tuple[str, str], ...] = (
    (r"japan(?:ese|['’]s)?", "Japan"),
    # "US" in capitals only: "told us" is no country.
    (r"(?-i:U\.S\.|US)|american|united\s+states['’]?", "United States"),
    (r"australia(?:n|['’]s)?", "Australia"),
)
# Post as printed -> the reference's post.
POSTS: tuple[tuple[str, str], ...] = (
    (r"foreign\s+(?:affairs\s+)?minister|minister\s+(?:for|of)\s+foreign\s+affairs", "foreign"),
    (r"secretary\s+of\s+state", "foreign"),
    (r"defen[cs]e\s+minister|minister\s+(?:for|of)\s+defen[cs]e", "defense"),
    (r"defen[cs]e\s+secretary|secretary\s+of\s+defen[cs]e", "defense"),
    (r"prime\s+minister", "head_of_government"),
    (r"president", "head_of_state"),
)


def _alternation(pairs: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{pattern})" for pattern, _ in pairs)


# The phrase itself, for use inside a larger pattern (no anchors, no flags of its own).
ROLE = (
    rf"(?i:(?:the\s+)?(?:{_alternation(COUNTRIES)})\s+(?:{_alternation(POSTS)}))"
    r"(?![\w-])"
)
_PARTS = re.compile(
    rf"(?:the\s+)?(?P<country>{_alternation(COUNTRIES)})\s+(?P<post>{_alternation(POSTS)})",
    re.IGNORECASE,
)


def parse_role(phrase: str) -> tuple[str, str] | None:
    """(country, post) of a role phrase, or None if it is not one."""
    match = _PARTS.fullmatch(" ".join(phrase.split()))
    if match is None:
        return None
    country = next(c for p, c in COUNTRIES if re.fullmatch(p, match["country"], re.IGNORECASE))
    post = next(q for p, q in POSTS if re.fullmatch(p, match["post"], re.IGNORECASE))
    return country, post


def _attended(slug: str, day: date, index: ReferenceIndex) -> bool:
    return any(
        meeting.start <= day <= meeting.end and slug in meeting.participant_slugs
        for meeting in index.meetings.values()
    )


def holders(country: str, post: str, day: date, index: ReferenceIndex) -> list[str]:
    """Slugs of everyone holding `post` in `country` on `day` (see the module docstring)."""
    terms: list[tuple[str, KnownOffice]] = [
        (person.slug, office)
        for person in index.people.values()
        for office in person.offices
        if office.post == post and office.country == country
    ]
    found: list[str] = []
    for slug, office in terms:
        if office.start is None:
            held = _attended(slug, day, index)
        elif office.start > day:
            held = False
        elif office.end is not None:
            held = day < office.end
        else:
            held = not any(
                other_slug != slug and other.start is not None and office.start < other.start <= day
                for other_slug, other in terms
            )
        if held and slug not in found:
            found.append(slug)
    return found


def resolve_role(phrase: str, day: date | None, index: ReferenceIndex) -> str | None:
    """The slug of the one person who held the post `phrase` names on `day`, else None."""
    parsed = parse_role(phrase)
    if parsed is None or day is None:
        return None
    found = holders(*parsed, day, index)
    return found[0] if len(found) == 1 else None


# A bare title as printed -> (post, a word the office's title must hold or "", country
# or ""). "The minister" is any minister but a prime minister.
BARE_TITLES: tuple[tuple[str, str, str, str], ...] = (
    (r"prime\s+minister|premier|primer\s+ministro|perdana\s+menteri", "head_of_government", "", ""),
    (r"president|presidente|presiden", "head_of_state", "", ""),
    (r"foreign\s+(?:minister|secretary)", "foreign", "", ""),
    (r"defen[cs]e\s+(?:minister|secretary)", "defense", "", ""),
    (r"secretary\s+of\s+state|top\s+diplomat|chief\s+diplomat|canciller", "foreign", "", ""),
    (r"secretary\s+of\s+defen[cs]e|defen[cs]e\s+chief", "defense", "", ""),
    (r"pentagon\s+(?:chief|head)", "defense", "", "United States"),
    (r"secretary|secretario", "", "secretary", ""),
    (r"minister|ministro|menteri", "", "minister", ""),
)
# "the" (or "el", "il", "sang") right before: "press secretary" alone is no bare title.
BARE_ROLE = (
    r"(?i:(?:the|el|il|sang)\s+(?:"
    + "|".join(f"(?:{pattern})" for pattern, *_ in BARE_TITLES)
    + r"))(?![\w-])"
)


def _bare_post(phrase: str) -> tuple[str, str, str] | None:
    words = " ".join(phrase.split()).lower().split(" ", 1)
    if len(words) < 2 or words[0] not in ("the", "el", "il", "sang"):
        return None
    for pattern, *post in BARE_TITLES:
        if re.fullmatch(pattern, words[1]):
            return tuple(post)
    return None


def _holds(office: KnownOffice, post: str, word: str, country: str) -> bool:
    if (post and office.post != post) or (country and office.country != country):
        return False
    if word and not re.search(rf"(?i)\b(?:{word})\b", office.title):
        return False
    return not (post == "" and office.post == "head_of_government")


def resolve_title(phrase: str, before: Sequence[Mention], index: ReferenceIndex) -> str | None:
    """The slug of the person mentioned last in `before` (mentions in order) who holds or
    held the post a bare title names ("the secretary" -> the last secretary named)."""
    parsed = _bare_post(phrase)
    if parsed is None:
        return None
    for mention in reversed(before):
        person = index.people.get(mention.slug)
        if person is not None and any(_holds(office, *parsed) for office in person.offices):
            return mention.slug
    return None
