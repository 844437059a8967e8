"""Known people in the body, their printed titles, and names the archive does not know.

Matching rules (why each):
- Every name and alias of a known person is matched as printed, longest first, so
  "Fumio Kishida" is never read as "Kishi". Aliases carry curated misspellings
  ("Anthony Blinken"), surname-first forms ("Hayashi Yoshimasa") and Japanese script.
- A full name one letter away from a known one ("Daniel Russell" for Daniel Russel) is
  read as that person, with a warning, when its initials match: reports misspell names
  far more often than two people's names differ by a letter.
- A surname alone counts after the person's full name has appeared ("Blinken said"),
  right after a title ("Secretary of State Blinken"), or, when one officeholder bears it
  and the text never prints their full name, next to a verb of saying ('"…", dijo
  Obama': reports name leaders and ministers so, and the page may have lost the headline
  that introduced them; an analyst's surname alone stays unread), or joined by "and" to
  another such surname ("Motegi y Blinken mantuvieron", "Nakatani and Hegseth
  confirmed"). A bare "Biden" in "the Biden Administration" is not a mention of Joe
  Biden. A surname several known people bear counts after a title only when, on the
  report's day, one of them held the post it names ("ROK Foreign Minister Park" in 2023
  is Park Jin, not the president Park Geun-hye).
- CJK text has no spaces: CJK aliases match as substrings, longest first ("岸田文雄"
  over "岸田"), and a CJK surname alone ("林", "岸田", "하야시") only followed by a title
  ("林外務大臣", "岸田総理", "하야시 외무상"): see ReferenceIndex._index_cjk_surnames.
  A Western leader's or minister's surname the reference lists only in full names
  ("ブッシュ" of "ジョージ・ブッシュ") counts before the title of a post they held on the
  report's day ("ブッシュ大統領" in 2006): titled_surnames.py.
- A surname in capitals after a title in ordinary case ("Prime Minister ISHIBA", the
  style of Japan's ministry pages in English) is that surname; a label in capitals
  ("SECRETARY BLINKEN:") is the transcript's (archive/ingest/transcripts.py).
- Printed titles are not trusted: the person is who the name says, and a title that
  disagrees with the office the reference records on the report's date is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from archive.ingest import prefilter
from archive.ingest.capitalised import (  # noqa: F401 (some re-exported)
    CAPITALISED_RUN,
    LEADING_TITLE_WORDS,
    TOKEN,
    capitalised_runs,
    damerau_levenshtein,
    one_edit_apart,
)
from archive.ingest.cjk_surname_mentions import _cjk_surnames
from archive.ingest.news_subjects import in_the_news  # noqa: F401 (re-exported)
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, PersonMention
from archive.ingest.roles import classify_title, holders
from archive.ingest.spans import SpanIndex
from archive.ingest.titled_surnames import titled_surnames
from archive.ingest.titles import _title_before, _Titles  # noqa: F401 (_Titles: tests)
from archive.ingest.unknown_names import (  # noqa: F401 (re-exported)
    NON_PERSON_WORDS,
    find_unknown_names,
)

# Long vowels as Hepburn romanisation marks them ("Shinzō Abe", "Tarō Kōno", "Yôko"):
# names are matched as if printed with the plain vowel, one character for one, so that
# every offset stays and each mention keeps the name as printed.
_LONG_VOWELS = "āēīōūĀĒĪŌŪâêîôûÂÊÎÔÛ"
_PLAIN_VOWELS = str.maketrans(_LONG_VOWELS, "aeiouAEIOU" * 2)
_LONG_VOWEL = re.compile(f"[{_LONG_VOWELS}]")
_PLAIN_VOWEL = dict(zip(_LONG_VOWELS, "aeiouAEIOU" * 2, strict=True))


def _plain_vowels(text: str) -> str:
    """`text.translate(_PLAIN_VOWELS)`: the few long vowels replaced where the character
    class finds them (in C), for `translate` looks up every character of a text that is
    not all ASCII in the table (0.08 CPU s/MB)."""
    return _LONG_VOWEL.sub(lambda match: _PLAIN_VOWEL[match.group()], text)


def find_people(
    body: str, index: ReferenceIndex, on: date | None = None
) -> tuple[list[Mention], list[str]]:
    """Every mention of a known person in `body`, in order, and warnings about them. `on`,
    the report's day if known, tells apart the bearers of a CJK family name who held the
    post its title names (cjk_family_names.py: "菅総理" is Naoto Kan in 2010)."""
    if _LONG_VOWEL.search(body) is None:
        return _find_people(body, index, on)
    mentions, warnings = _find_people(_plain_vowels(body), index, on)
    return [Mention(m.slug, m.start, m.end, body[m.start : m.end]) for m in mentions], warnings


def _find_people(
    body: str, index: ReferenceIndex, on: date | None = None
) -> tuple[list[Mention], list[str]]:
    warnings: list[str] = []
    mentions: list[Mention] = []
    if index.person_pattern is not None:
        for match in prefilter.finditer_exact(index.person_pattern, index.person_forms, body):
            form = match.group(0)
            mentions.append(Mention(index.person_by_form[form], match.start(), match.end(), form))
    mentions.extend(_cjk_surnames(body, index, mentions, on))
    mentions.extend(titled_surnames(body, index, mentions, on))
    for mention in _fuzzy_mentions(body, index, mentions):
        person = index.people[mention.slug]
        if _without_initials(mention.form) not in index.person_by_form:
            warnings.append(f"{mention.form!r} read as {person.name} (one letter apart)")
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    mentions = _with_surnames(body, index, mentions, on)
    mentions = _with_capital_surnames(body, index, mentions)
    return mentions, warnings


# A word of three or more capitals, not part of a longer word: the look-behind comes
# after the first capital, so that `re` skips to the next capital in C (the same matches
# as "(?<![\w'’-])[A-Z]{3,}(?:-[A-Z]{2,})?(?![\w'’-])", checked by the tests).
_CAPITALS = re.compile(r"[A-Z](?<![\w'’-][A-Z])[A-Z]{2,}(?:-[A-Z]{2,})?(?![\w'’-])")


def _with_capital_surnames(
    body: str, index: ReferenceIndex, mentions: list[Mention]
) -> list[Mention]:
    """Add surnames printed in capitals after a title in ordinary case, and later ones of
    a person so named ("Prime Minister ISHIBA … ISHIBA")."""
    named: set[str] = set()
    found = []
    spans = SpanIndex((m.start, m.end) for m in mentions)
    # A match names someone only where its title case is a surname, so it begins where
    # the surname in capitals does: found in the names' pass over the body (the body's
    # table is kept), instead of the pattern tried at every capital letter.
    needles = index.person_forms.needles
    matches = (
        prefilter.tried_at(_CAPITALS, body, needles.starts(index.capital_surnames, body))
        if needles is not None
        else _CAPITALS.finditer(body)
    )
    for match in matches:
        candidates = index.people_by_surname.get(match.group(0).title(), [])
        if len(candidates) != 1 or spans.overlaps(match.start(), match.end()):
            continue
        title = _title_before(body, match.start())
        if candidates[0] in named or (title and not title.group("title").isupper()):
            named.add(candidates[0])
            found.append(Mention(candidates[0], match.start(), match.end(), match.group(0)))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _fuzzy_mentions(body: str, index: ReferenceIndex, known: Sequence[Mention]) -> list[Mention]:
    spans = SpanIndex((m.start, m.end) for m in known)
    found = []
    read: dict[str, str | None] = {}  # a name's answer, the same at each of its runs
    for run in capitalised_runs(body):
        candidate = run.name
        if run.count < 2 or len(candidate) < 10:
            continue
        slug = read.get(candidate, "")
        if slug == "":
            slug = read[candidate] = _one_letter_off(candidate, run.count, index)
        if slug is not None and not spans.overlaps(run.run_start, run.run_end):
            found.append(Mention(slug, run.start, run.end, body[run.start : run.end]))
    return found


_INITIAL = re.compile(r"[^\S\n]+[A-Z]\.(?=[^\S\n])")


def _without_initials(name: str) -> str:
    """The name without its middle initials ("Donald J. Trump" -> "Donald Trump")."""
    return _INITIAL.sub("", name) if "." in name else name


def _one_letter_off(candidate: str, count: int, index: ReferenceIndex) -> str | None:
    """The person whose name of `count` words, with the same initials, is one edit from
    `candidate` (the first such form of their bucket), or None. A middle initial the
    reference's forms lack is read past: "Donald J. Trump", "Rex W. Tillerson"."""
    plain = _without_initials(candidate)
    if plain != candidate and plain in index.person_by_form:
        return index.person_by_form[plain]
    if (count, candidate[0], candidate[candidate.rfind(" ") + 1]) not in index.fuzzy_ends:
        return None  # no known name begins and ends with these initials
    key = (count, tuple(word[0] for word in candidate.split()))
    for form, slug in index.fuzzy_buckets.get(key, ()):
        if one_edit_apart(candidate, form):
            return slug
    return None


def _with_surnames(
    body: str, index: ReferenceIndex, mentions: list[Mention], on: date | None = None
) -> list[Mention]:
    """Add bare-surname mentions that the rules in the module docstring allow.

    Surnames are read in order, so one accepted after a title ("Secretary of Defense
    Austin") lets a later bare "Austin said" count too. A surname several known people
    bear counts after a title when, on the report's day, one of them held the post it
    names (`_title_holder`: "ROK Foreign Minister Park" in 2023 is Park Jin).
    """
    if index.surname_pattern is None:
        return mentions
    spans = SpanIndex((m.start, m.end) for m in mentions)
    accepted = list(mentions)
    last_named = _LastNamed(mentions)
    full_names = {m.slug for m in mentions}
    fuller = cache(lambda surname: _fuller_name(body, surname))  # once per surname
    for match in prefilter.finditer_exact(index.surname_pattern, index.surname_forms, body):
        if spans.overlaps(match.start(), match.end()):
            continue
        candidates = index.people_by_surname[match.group(0)]
        seen_before = last_named.before(match.start(), candidates)
        if seen_before:
            slug = seen_before  # the one named most recently
        elif len(candidates) == 1 and (
            _titled_bearer(body, match, index.people[candidates[0]])
            or (
                candidates[0] not in full_names
                and _principal(index.people[candidates[0]])
                and (
                    _speaks(body, match.start(), match.end())
                    or _paired(body, match.start(), match.end(), index, fuller)
                )
                and not _CAPITALISED_AFTER.match(body, match.end())
                and not fuller(match.group(0))
            )
        ):
            slug = candidates[0]
        elif len(candidates) > 1 and on is not None:
            slug = _title_holder(candidates, _title_before(body, match.start()), index, on)
            if slug is None:
                continue
        else:
            continue
        accepted.append(Mention(slug, match.start(), match.end(), match.group(0)))
        last_named.add(slug)
    return sorted(accepted, key=lambda m: m.start)


_LEADER_POSTS = frozenset({"head_of_state", "head_of_government"})


def _titled_bearer(body: str, match: re.Match, person) -> bool:
    """Whether a title before a surname names its one known bearer. Not when the surname
    opens a fuller name (a capitalised word follows) and the title is of a kind of post
    the bearer never held: "el canciller Teodoro Ribera" is Chile's foreign minister, whose
    given name is the Philippine defence secretary's surname. A surname-first name
    ("Defense Minister Nakatani Gen") whose title fits is still its bearer."""
    title = _title_before(body, match.start())
    if title is None:
        return False
    if not _CAPITALISED_AFTER.match(body, match.end()):
        return True
    kind = classify_title(title.group("title"))
    post = kind[0] if kind is not None else None
    if post is None:
        return True  # "Minister", "Mr.": a title of any post
    posts = _LEADER_POSTS if post in _LEADER_POSTS else {post}
    return any(office.post in posts for office in person.offices)


def _title_holder(
    candidates: Sequence[str], title: re.Match | None, index: ReferenceIndex, on: date
) -> str | None:
    """The one of `candidates` who held, on `on`, the post a printed title before their
    surname names (its style alone for a bare "Minister" or "Secretary"), or None: no
    title, a former one, no such holder or more than one."""
    if title is None or title.group("former"):
        return None
    kind = classify_title(title.group("title"))
    if kind is None:
        return None
    post, style = kind
    held = [
        slug
        for slug in candidates
        if any(
            (office_kind := classify_title(office.title)) is not None
            and (office_kind[0] == post if post is not None else office_kind[1] == style)
            for office in index.people[slug].offices_on(on)
        )
    ]
    return held[0] if len(held) == 1 else None


# A verb of saying right after or before a surname: '"…", dijo Obama', "Kerry said": a
# report names a speaker by surname once it has introduced them, in a headline or caption
# the page may have lost, so the surname's one bearer is meant.
_SAYS = (
    r"(?:said|says|told|dijo|afirmó|declaró|señaló|agregó|añadió|indicó|aseguró|subrayó"
    r"|mengatakan|menyatakan|ha\s+detto|ha\s+dichiarato|ha\s+affermato)"
)
_SAYS_AFTER = re.compile(rf"[^\S\n]+{_SAYS}\b")
_SAYS_BEFORE = re.compile(rf"\b{_SAYS}[^\S\n]+$")


def _speaks(body: str, start: int, end: int) -> bool:
    return bool(
        _SAYS_AFTER.match(body, end) or _SAYS_BEFORE.search(body, max(0, start - 16), start)
    )


# Two bare surnames joined by "and", each of one known leader or minister: "Nakatani and
# Hegseth confirmed", "Motegi y Blinken mantuvieron": a report names the two sides of a
# meeting so once it has introduced them, in a headline the page may have lost.
_AND_NAME_AFTER = re.compile(r"[^\S\n]+(?:and|y|e|dan|&)[^\S\n]+([A-Z][\w'’-]+)\b")
_NAME_AND_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)[^\S\n]+(?:and|y|e|dan|&)[^\S\n]+$")


def _paired(body: str, start: int, end: int, index: ReferenceIndex, fuller) -> bool:
    """Whether the surname at start:end is joined by "and" to another one borne by a
    single known principal, printed in no fuller name (`fuller`, `_fuller_name` read once
    per surname: a long text would be searched again for every pair)."""
    after = _AND_NAME_AFTER.match(body, end)
    before = _NAME_AND_BEFORE.search(body, max(0, start - 40), start)
    for found in (after, before):
        if found is None:
            continue
        bearers = index.people_by_surname.get(found.group(1), ())
        if (
            len(bearers) == 1
            and _principal(index.people[bearers[0]])
            and not fuller(found.group(1))
        ):
            return True
    return False


# Only a leader or a foreign or defence minister is meant by a bare surname the text never
# introduces: an analyst, a spokesperson or an official who shares it ("Wang", "Sullivan",
# "Price") is the likelier speaker, introduced in full where the surname is another's.
_PRINCIPAL_POSTS = frozenset({"foreign", "defense", "head_of_government", "head_of_state"})
_CAPITALISED_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")  # "said Wang Dong": a fuller name


def _principal(person) -> bool:
    return any(office.post in _PRINCIPAL_POSTS for office in person.offices)


def _fuller_name(body: str, surname: str) -> bool:
    """The text prints the surname inside a capitalised name other than the bare one
    ("Michael Sullivan", "Wang Dong"): someone else bears it here."""
    return bool(
        re.search(
            rf"[A-Z][\w'’-]+[^\S\n]+{re.escape(surname)}\b|\b{re.escape(surname)}[^\S\n]+[A-Z][a-z]",
            body,
        )
    )


class _LastNamed:
    """Of some people, the one named last before a position, as `_with_surnames` reads
    its list of mentions: the full-name mentions (sorted by start) come first, then the
    surnames it accepts, in order; the last of that list ending before the position wins.

    Positions are asked in increasing order, so the full-name mentions are swept once by
    their end (each surname is then a look-up, not a pass over every earlier mention).
    """

    def __init__(self, mentions: Sequence[Mention]):
        self._mentions = mentions
        self._by_end = sorted(range(len(mentions)), key=lambda i: mentions[i].end)
        self._swept = 0
        self._named: dict[str, int] = {}  # slug -> its last list index ending before
        self._surnames: dict[str, int] = {}  # slug -> order of its last accepted surname
        self._accepted = 0

    def add(self, slug: str) -> None:
        self._accepted += 1
        self._surnames[slug] = self._accepted

    def before(self, position: int, candidates: Sequence[str]) -> str | None:
        while (
            self._swept < len(self._by_end)
            and self._mentions[self._by_end[self._swept]].end <= position
        ):
            i = self._by_end[self._swept]
            slug = self._mentions[i].slug
            self._named[slug] = max(self._named.get(slug, -1), i)
            self._swept += 1
        for order in (self._surnames, self._named):
            found = [(order[slug], slug) for slug in candidates if slug in order]
            if found:
                return max(found)[1]
        return None


def summarise(mentions: Sequence[Mention]) -> list[PersonMention]:
    """One PersonMention per person, in order of first mention, with every form seen."""
    summary: dict[str, PersonMention] = {}
    for mention in mentions:
        entry = summary.setdefault(mention.slug, PersonMention(mention.slug, 0, []))
        entry.count += 1
        if mention.form not in entry.forms:
            entry.forms.append(mention.form)
    return list(summary.values())


def check_titles(
    body: str, mentions: Sequence[Mention], index: ReferenceIndex, on: date | None
) -> list[str]:
    """Warnings for printed titles that disagree with the office held on `on`."""
    if on is None:
        return []
    warnings = []
    read = set()  # (person, printed title): the same answer every time
    for mention in mentions:
        person = index.people.get(mention.slug)
        if person is None or not person.offices:
            continue  # nothing to check: no title read
        match = _title_before(body, mention.start)
        if match is None or match.group("former"):
            continue
        printed = match.group("title")
        if (person.slug, printed) in read:
            continue
        read.add((person.slug, printed))
        post, style = classify_title(printed)
        # A one-holder post is held until a successor takes it, even where no source
        # records the end (the database's rule): Motegi was no foreign minister in 2022.
        held = [
            office
            for office in person.offices_on(on)
            if office.post == "other"
            or person.slug in holders(office.country, office.post, on, index)
        ]
        agrees = any(
            (kind := classify_title(office.title)) is not None
            and kind[1] == style
            and (post is None or kind[0] in (post, None))
            for office in held
        )
        if not agrees:
            offices = " and ".join(f"“{office.title}”" for office in held) or "no office"
            message = (
                f"{person.name} is printed as “{printed}” but held {offices} "
                f"on {on.isoformat()} according to the reference"
            )
            if message not in warnings:
                warnings.append(message)
    return warnings
