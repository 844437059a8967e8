"""Who speaks a transcript's turn (split from transcripts.py, which reads the turns): the
one known person a label names, by a mention inside it or by surname (`_label_speaker`,
`_speaker`), the person a bare title stands for ("大臣", "THE SECRETARY": `bare_title`,
`_bare`), the answers of a question-and-answer record (ANSWERERS), and whether a
bracketed label is a speaker's at all (`_bracket_label`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from archive.ingest.cjk import CJK_TITLES
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention
from archive.ingest.roles import holders
from archive.ingest.transcript_labels import (
    _ARTICLES,
    _CJK_LABEL_ONLY,
    _ENGLISH_LABEL,
    _TITLE_PARTS,
    ANONYMOUS,
    CJK_ANSWERS,
    MIXED_ANONYMOUS,
    REPORTER_WORDS,
    TITLE_WORDS,
    TITLES,
)


def _is_speaker_label(label: str, index: ReferenceIndex | None) -> bool:
    words = {word.strip(".'’-") for word in label.split()}
    surnames = index.people_by_surname if index is not None else {}
    if words <= ANSWERERS:
        return True
    return bool(words & (ANONYMOUS | TITLES)) or any(as_surname(w) in surnames for w in words)


# A surname in capitals after its prefix in lower case ("McCORMACK", "DiRITA", "LaHOOD").
_PREFIXED = re.compile(r"(Mc|Mac|Di|De|La|Le)([A-Z][A-Z'’-]+)")


def as_surname(word: str) -> str:
    """A label's word as the reference spells a surname: "BLINKEN" -> "Blinken",
    "McCORMACK" -> "McCormack"."""
    prefixed = _PREFIXED.fullmatch(word)
    return prefixed[1] + prefixed[2].title() if prefixed else word.title()


# The label of the answers in a question-and-answer record ("Q: … / A: …", "問 … 答"):
# the one person the record names before its first turn (the headline included), else
# the press conference's host.
ANSWERERS = frozenset({"A", "ANSWER", *CJK_ANSWERS})


def _speaker(
    label: str,
    index: ReferenceIndex | None,
    named: frozenset[str] = frozenset(),
    on: date | None = None,
) -> str | None:
    """The one known person whose surname the label carries; of several ("MR MILLER":
    Christopher and Matthew), the one the report names (`named`), else the one holding
    an office on the report's day `on`."""
    words = [word.strip(".'’-") for word in label.split()]
    if index is None or any(word in ANONYMOUS for word in words):
        return None
    found = {
        slug
        for word in words
        if len(word) > 2
        for slug in index.people_by_surname.get(as_surname(word), ())
    }
    if len(found) > 1 and len(found & named) == 1:
        found &= named
    if len(found) > 1 and on is not None:
        serving = {slug for slug in found if _serving(index, slug, on)}
        found = serving if len(serving) == 1 else found
    return found.pop() if len(found) == 1 else None


def _serving(index: ReferenceIndex, slug: str, on: date) -> bool:
    """Whether the person holds one of their posts on `on`, as roles.holders reads a term
    (one with no recorded end ends when a successor's starts)."""
    person = index.people.get(slug)
    offices = person.offices if person is not None else ()
    return any(slug in holders(o.country, o.post, on, index) for o in offices)


def _bracket_label(label: str, index: ReferenceIndex | None) -> bool:
    """A bracketed speaker: a CJK name with its title or a role, a role in English, or
    an English title with a known surname ("Prime Minister Kishida")."""
    label = label.strip()
    if _CJK_LABEL_ONLY.fullmatch(label) or label.title() in MIXED_ANONYMOUS:
        return True
    if not _ENGLISH_LABEL.fullmatch(label):  # "Photo: Secretary Blinken in Tokyo" is none
        return False
    words = {word.strip(".'’-").upper() for word in label.split()}
    return bool(words & TITLES) and _speaker(label, index) is not None


def _label_speaker(
    offset: int,
    match: re.Match,
    index: ReferenceIndex | None,
    known,
    named: frozenset[str] = frozenset(),
    on: date | None = None,
) -> str | None:
    """The one known person the label names: by a mention inside it, else by surname
    (`named`: the people the report names; `on`: its day; `_speaker`)."""
    label = match.group("label")
    if {word.strip(".'’-") for word in label.split()} & ANONYMOUS:
        return None
    if label.endswith(REPORTER_WORDS):  # "共同通信　西野記者": a reporter, whoever it is
        return None
    inside = {m.slug for m in known.within(offset, offset + match.end("label"))}
    if len(inside) == 1:
        return inside.pop()
    return _speaker(label, index, named, on)


def bare_title(label: str) -> str | None:
    """The title a label consists of ("大臣", "THE SECRETARY" -> "secretary", "THE PRIME
    MINISTER" -> "prime minister", "EL SECRETARIO" -> "secretario"), or None."""
    label = " ".join(label.split())
    if label in CJK_TITLES:
        return label
    words = label.upper().split()
    if len(words) >= 2 and words[0] in _ARTICLES and all(w in _TITLE_PARTS for w in words[1:]):
        return " ".join(words[1:]).lower()
    # With no article, a title that names a post ("MINISTER:", "Prime Minister:"), not
    # an honorific or a rank alone ("MR", "GENERAL").
    if words and all(w in _TITLE_PARTS for w in words) and _TITLE_HEADS & set(words):
        return " ".join(words).lower()
    return None


# The words that make a title (not its country or honorific), one at least in a bare one.
_TITLE_HEADS = frozenset(
    "SECRETARY MINISTER PRESIDENT SPOKESPERSON SPOKESMAN SPOKESWOMAN SECRETARIO MINISTRO"
    " PRESIDENTE PRESIDENTA CANCILLER SEGRETARIO PRIMO MENTERI PRESIDEN PORTAVOZ".split()
)


def _bare(
    match: re.Match,
    opening: Sequence[Mention],
    index: ReferenceIndex | None,
    host: Mention | None = None,
    on: date | None = None,
) -> str | None:
    """The one person of `opening` holding the post a bare-title label names: printed
    with that title ("岩屋外務大臣" for "大臣"), else holding an office so titled
    ("Secretary of State" for "THE SECRETARY", TITLE_WORDS for CJK titles); when
    `opening` holds no one so titled, the press conference's `host` if the title is
    the host's ("Minister:" under "Press Conference by the Defense Minister"), and for
    "The President" in English the President of the United States on the report's day
    `on`: the White House and The American Presidency Project print his turns so
    ("THE PRESIDENT:", "The President. Thank you."), naming him only over the page."""
    if match.group("label").strip() in ANSWERERS:
        named = {mention.slug for mention in opening}
        if len(named) == 1:
            return named.pop()
        return host.slug if host is not None and not named else None
    title = bare_title(match.group("label"))
    if title is None:
        return None
    found = {mention.slug for mention in opening if title in mention.form}
    if not found:  # no one printed with the title: the offices the reference records
        words = TITLE_WORDS.get(title, (title,))
        for mention in opening:
            person = index.people.get(mention.slug) if index is not None else None
            offices = [office.title.lower() for office in (person.offices if person else ())]
            if any(word in office for word in words for office in offices):
                found.add(mention.slug)
    if not found and host is not None and _host_titled(title, host):
        return host.slug
    if not found and title == "president" and index is not None and on is not None:
        president = holders("United States", "head_of_state", on, index)
        return president[0] if len(president) == 1 else None
    return found.pop() if len(found) == 1 else None


def _host_titled(title: str, host: Mention) -> bool:
    """Whether a bare title names the host, as printed in the headline (host.form)."""
    words = TITLE_WORDS.get(title, (title,))
    return any(word in host.form.lower() for word in words) or title in host.form
