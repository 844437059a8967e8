"""A Western leader's or minister's surname in katakana, hangul or Han, read before the
title of a post they held on the report's day (people.find_people): "ブッシュ大統領" in a
page of 2006 is George W. Bush, "부시 대통령" too.

The reference lists such a surname alone only where no namesake of another time shares it
(reference-data.md: no bare ブッシュ, 부시 or 布什), so the name matcher reads it only in a
full name ("ジョージ・ブッシュ"). A Japanese or Korean report names a president or a
minister by surname and title all the same. The title settles who is meant, as for East
Asian family names (cjk_family_names.holder): the bearers who held the post it names, on
the report's day when known; a title naming no post ("氏"), a former post ("元大統領",
"전 대통령"), or a post no bearer held claims no one.

The surnames are few and the titles fewer, so the text is scanned for the titles (one
small pattern, and only a text holding CJK), and the surname is looked up right before
each, rather than scanned for hundreds of surnames at every position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from weakref import WeakKeyDictionary

from archive.ingest.cjk import has_cjk
from archive.ingest.cjk_family_names import FAMILY_FIRST, _is_han, _is_hangul, holder, title_post
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention
from archive.ingest.spans import SpanIndex

_PRINCIPAL_POSTS = frozenset({"head_of_state", "head_of_government", "foreign", "defense"})
_NAME_DOTS = "・·•‧"
# The titles of those posts as Japanese, Korean and Chinese print them after a name.
_TITLE = re.compile(
    r"大統領|内閣総理大臣|総理大臣|総理|首相|外務大臣|防衛大臣|外相|防衛相|国務長官|国防長官|長官|大臣"
    r"|대통령|총리|국무장관|국방장관|외교장관|외무장관|외무상|방위상|장관"
    r"|总统|總統|总理|總理|外长|外長|国务卿|國務卿|国防部长|國防部長|防长|防長|部长|部長"
)
# What may stand between a name and its title: a space, the country ("ブッシュ米大統領",
# "부시 미국 대통령"), the ministry ("블링컨 미 국무부 장관").
_BETWEEN = re.compile(
    r"(?:[^\S\n]?(?:米国|米|美国|美國|美|미국|미|국무부|국방부|豪州|豪|호주|英国|英|영국))*[^\S\n]?$"
)


_BETWEEN_LAST = frozenset(" \u3000米国國美미국부州豪호주英영")


def western_surname(form: str) -> str | None:
    """The surname of a Western name written in katakana, hangul or Han: what follows the
    last middle dot ("ブッシュ" of "ジョージ・W・ブッシュ", "布什" of "乔治·布什") or, in
    hangul, the last space ("부시" of "조지 부시"); two characters at least, all of one
    script. None for a name written in one piece ("小布什") or in Latin letters."""
    form = form.strip()
    cut = max(form.rfind(dot) for dot in _NAME_DOTS)
    if cut >= 0:
        surname = form[cut + 1 :]
    elif " " in form and _is_hangul(form.replace(" ", "")):
        surname = form.rsplit(" ", 1)[1]
    else:
        return None
    if len(surname) < 2 or title_post(surname) is not None:
        return None  # one letter, or a title an alias carries ("… 외교장관")
    if _is_katakana(surname) or _is_hangul(surname) or _is_han(surname):
        return surname
    return None


def _is_katakana(text: str) -> bool:
    return all("\u30a1" <= char <= "\u30fa" or char == "ー" for char in text)


_SURNAMES: WeakKeyDictionary[ReferenceIndex, dict[str, tuple[str, ...]]] = WeakKeyDictionary()


def _surnames(index: ReferenceIndex) -> dict[str, tuple[str, ...]]:
    """surname -> its bearers, of every Western leader and minister the reference holds,
    where the name matcher does not read that surname already (built once an index)."""
    found = _SURNAMES.get(index)
    if found is None:
        known = {
            *index.person_by_form,
            *index.cjk_western_surnames,
            *index.cjk_family_names,
            *index.cjk_titled_names,
        }
        bearers: dict[str, set[str]] = {}
        for person in index.people.values():
            if person.country in FAMILY_FIRST:
                continue
            if not any(office.post in _PRINCIPAL_POSTS for office in person.offices):
                continue
            for form in (person.name, *person.aliases):
                surname = western_surname(form)
                if surname is not None and surname not in known:
                    bearers.setdefault(surname, set()).add(person.slug)
        found = _SURNAMES[index] = {name: tuple(sorted(s)) for name, s in bearers.items()}
    return found


def titled_surnames(
    body: str, index: ReferenceIndex, known: Sequence[Mention], on: date | None
) -> list[Mention]:
    """The mentions of Western leaders and ministers by surname and title (module
    docstring); the title is part of the mention ("ブッシュ大統領")."""
    if not has_cjk(body):
        return []
    surnames = _surnames(index)
    if not surnames:
        return []
    lengths = sorted({len(name) for name in surnames}, reverse=True)
    last_letters = frozenset(name[-1] for name in surnames)
    spans = SpanIndex((m.start, m.end) for m in known)
    found: list[Mention] = []
    for title in _TITLE.finditer(body):
        name_end = title.start()
        # Most titles follow a name in Han ("岸田外相"): two look-ups of a character each
        # pass them by, before any regex or slice is tried.
        if name_end and body[name_end - 1] in _BETWEEN_LAST:
            between = _BETWEEN.search(body, max(0, name_end - 8), name_end)
            name_end = between.start() if between else name_end
        if not name_end or body[name_end - 1] not in last_letters:
            continue
        for length in lengths:
            start = name_end - length
            slug = _bearer(body, start, name_end, surnames, title.group(0), index, on)
            if slug is not None and not spans.overlaps(start, title.end()):
                found.append(Mention(slug, start, title.end(), body[start : title.end()]))
                break
    return found


def _bearer(body, start, end, surnames, title, index, on) -> str | None:
    """Who the surname from `start` to `end` means before `title`, if it is one."""
    if start < 0 or body[start:end] not in surnames:
        return None
    if start > 0 and _continues(body[start - 1], body[start]):
        return None  # the end of a longer word ("…ブッシュ" of "ブッシュマン" read backwards)
    return holder(surnames[body[start:end]], title, index.people, on)


def _continues(before: str, first: str) -> bool:
    """Whether `before` is a letter of the same phonetic script as `first` (katakana or
    hangul): names in those scripts are set apart by "・" or a space."""
    if "\u30a1" <= first <= "\u30fa":
        return "\u30a1" <= before <= "\u30fa" or before == "ー"
    if "\uac00" <= first <= "\ud7a3":
        return "\uac00" <= before <= "\ud7a3"
    return False
