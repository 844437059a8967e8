"""A person named by their post ("the Japanese foreign minister") and who held it that day,
and the titles printed before a name ("Secretary of State Blinken", "el presidente Biden":
TITLES, TITLE_BEFORE, classify_title, kept in titles.py; people.py reads and checks them).

A role phrase is an optional "the", a country ("Japanese", "Japan's", "U.S.", "American",
"United States", "Australian", ...) and a post ("foreign minister", "secretary of state",
"defence minister", "prime minister", "president", ...), in any case; or, as Spanish,
Italian and Indonesian print it, the post first and the country after ("el canciller
japonés", "il ministro degli Esteri giapponese", "Menteri Luar Negeri Jepang"). The words
are role_words.py's tables.

Who held a post on a day follows the archive's own rule (`Office.objects.held_on` in
archive/models.py), not the looser `KnownOffice.held_on`:
- a term with a known start runs until its recorded end, the end day excluded (the day
  a term ends belongs to the successor);
- a term with no recorded end runs until someone else's term in the same post and
  country starts (so Motegi's open 2019 term ends when Hayashi's starts);
- a term whose start is unknown counts only on the days of a meeting the person attended.
Two holders that day, or none, is no answer.

The allies' ministers named together in Chinese, Japanese or Korean ("日米外相", "미-일
외교장관", "日米韓外相会合") are each post's holder that day in each country
(`paired_role_mentions`, in cjk_role_compounds.py): the participants a readout names by
title only.

A bare title ("the secretary", "the Pentagon chief", "el presidente") names no country:
it is the person mentioned last before it who holds or held such a post
(`resolve_title`), as a reader takes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from archive.ingest import prefilter
from archive.ingest.cjk import has_cjk
from archive.ingest.cjk_role_compounds import (  # noqa: F401 (re-exported)
    PAIRED_ROLE,
    paired_role_mentions,
)
from archive.ingest.leader_compounds import (  # noqa: F401 (re-exported)
    _CJK_COMPOUND_COUNTRIES,
    _CJK_LEADER_NOUNS,
    _CJK_NUMBERS,
    _COMPOUND_COUNTRIES,
    _COMPOUND_SCAN,
    _NUMBERS,
    _ONE_COUNTRY,
    CJK_COMPOUND,
    CJK_N_LEADERS,
    COUNTRY_COMPOUND,
    N_LEADERS,
    first_compounds,
)
from archive.ingest.meeting_words import COUNTERPART_JAPAN, COUNTERPART_US
from archive.ingest.reference import KnownOffice, ReferenceIndex
from archive.ingest.results import Mention
from archive.ingest.role_words import (  # noqa: F401 (re-exported)
    BARE_TITLES,
    COUNTRIES,
    COUNTRIES_AFTER,
    POSTS,
    POSTS_FIRST,
)
from archive.ingest.spans import mention_index
from archive.ingest.titles import TITLE_BEFORE, TITLES, classify_title  # noqa: F401 (re-exported)


def _alternation(pairs: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?:{pattern})" for pattern, _ in pairs)


_ARTICLE = r"(?:the|el|la|il|lo|sang)\s+"
# The phrase itself, for use inside a larger pattern (no anchors, no flags of its own).
ROLE_COUNTRY_FIRST = (
    rf"(?i:(?:the\s+)?(?:{_alternation(COUNTRIES)})\s+(?:{_alternation(POSTS)}))(?![\w-])"
)
ROLE_POST_FIRST = (
    rf"(?i:(?:{_ARTICLE})?(?:{_alternation(POSTS_FIRST)})\s+(?:{_alternation(COUNTRIES_AFTER)}))"
    r"(?![\w-])"
)
ROLE = rf"(?:{ROLE_COUNTRY_FIRST}|{ROLE_POST_FIRST})"
# A text that may hold a post-first role, lower-cased: searching it is cheaper than trying
# ROLE_POST_FIRST's case-insensitive branches at every position of a sentence.
POST_FIRST_WORDS = re.compile(
    r"canciller|ministr[oa]\b|secretari[oa]\b|segretari[oa]\b|menteri|menlu|menhan|jefe\b"
    r"|capo\b|primer\b|primo\b|perdana|president[ea]\b|presiden\b"
)
_PARTS = re.compile(
    rf"(?:the\s+)?(?P<country>{_alternation(COUNTRIES)})\s+(?P<post>{_alternation(POSTS)})",
    re.IGNORECASE,
)
_PARTS_FIRST = re.compile(
    rf"(?:{_ARTICLE})?(?P<post>{_alternation(POSTS_FIRST)})"
    rf"\s+(?P<country>{_alternation(COUNTRIES_AFTER)})",
    re.IGNORECASE,
)


def parse_role(phrase: str) -> tuple[str, str] | None:
    """(country, post) of a role phrase, or None if it is not one."""
    phrase = " ".join(phrase.split())
    for parts, countries, posts in (
        (_PARTS, COUNTRIES, POSTS),
        (_PARTS_FIRST, COUNTRIES_AFTER, POSTS_FIRST),
    ):
        match = parts.fullmatch(phrase)
        if match is not None:
            country = next(
                c for p, c in countries if re.fullmatch(p, match["country"], re.IGNORECASE)
            )
            post = next(q for p, q in posts if re.fullmatch(p, match["post"], re.IGNORECASE))
            return country, post
    return None


def _attended(slug: str, day: date, index: ReferenceIndex) -> bool:
    return any(
        meeting.start <= day <= meeting.end and slug in meeting.participant_slugs
        for meeting in index.meetings.values()
    )


HOLDERS_MEMO_SIZE = 20_000


def holders(country: str, post: str, day: date, index: ReferenceIndex) -> list[str]:
    """Slugs of everyone holding `post` in `country` on `day` (see the module docstring).

    Read once per (country, post, day) and Reference (`ReferenceIndex.holders_memo`): a
    long report asks it for every role phrase, and each reading scans every office."""
    key, memo = (country, post, day), index.holders_memo
    found = memo.get(key)
    if found is None:
        if len(memo) >= HOLDERS_MEMO_SIZE:  # a batch over many years: start again
            memo.clear()
        found = memo[key] = tuple(_holders(country, post, day, index))
    return list(found)


def _holders(country: str, post: str, day: date, index: ReferenceIndex) -> list[str]:
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
    # The title's word heads the office's title: "the secretary" is a Secretary of State
    # or of Defense (an acting one too), not a Chief Cabinet Secretary or a press secretary.
    if word and not re.match(rf"(?i)(?:acting\s+)?(?:{word})\b", office.title):
        return False
    return not (post == "" and office.post == "head_of_government")


def resolve_title(
    phrase: str,
    before: Sequence[Mention],
    index: ReferenceIndex,
    *,
    undated: bool = False,
    on: date | None = None,
) -> str | None:
    """The slug of the person mentioned last in `before` (mentions in order) who holds or
    held the post a bare title names ("the secretary" -> the last secretary named); on
    the report's day `on`, who holds it that day (a foreign minister who is prime
    minister years later is not "the prime minister" of a report of his ministry).
    `undated`: a report with no date, where a role with its country ("el canciller
    estadounidense") is read as a title too, since no day tells who held the post."""
    parsed = _bare_post(phrase)
    role = parse_role(phrase) if parsed is None and undated else None
    if role is not None:
        parsed = (role[1], "", role[0])
    if parsed is None:
        return None
    for mention in reversed(before):
        person = index.people.get(mention.slug)
        offices = () if person is None else person.offices_on(on) if on else person.offices
        if any(_holds(office, *parsed) for office in offices):
            return mention.slug
    return None


# "his Japanese counterpart", "su homólogo japonés", "il suo omologo giapponese",
# "mitranya dari Jepang": the same post in the other ally, held that day. The phrases are
# the meeting words' (meeting_words.COUNTERPART_JAPAN, COUNTERPART_US), after a possessive
# (Indonesian's is the suffix: "mitranya").
COUNTERPART = re.compile(
    r"\b(?:(?:his|her|their|sus?|il\s+suo|la\s+sua|i\s+suoi)\s+|(?=mitra|sejawat|rekan))"
    rf"(?:(?P<jp>{COUNTERPART_JAPAN})|(?P<us>{COUNTERPART_US}))",
    re.IGNORECASE,
)
# Characters no COUNTERPART or N_LEADERS phrase holds: each is read only in the stretches
# between two of them that hold one of its words (prefilter.segment_finditer).
_NOT_IN_PHRASE = re.compile(r'[,;:!?"“”()]')
# A leader's counterpart is the other ally's leader, whatever their post's name.
_LEADERS = ("head_of_state", "head_of_government")
_SENTENCE_START = re.compile(r"[.!?。]\s")


def counterpart_mentions(
    body: str, mentions: Sequence[Mention], on: date | None, index: ReferenceIndex
) -> list[Mention]:
    """A Mention (the phrase as its form) of the holder, on `on`, of each post that the
    people named earlier in the sentence hold in the other ally ("Austin met his Japanese
    counterpart" -> Japan's defense minister that day)."""
    if on is None:
        return []
    found = []
    indexed = None  # built at the first phrase, once
    for match in prefilter.segment_finditer(
        COUNTERPART, body, _NOT_IN_PHRASE, prefilter.fold_once(body)
    ):
        country = "Japan" if match["jp"] else "United States"
        lo = max(0, match.start() - 300)
        starts = [m.end() for m in _SENTENCE_START.finditer(body, lo, match.start())]
        indexed = indexed if indexed is not None else mention_index(mentions)
        subjects = indexed.within(starts[-1] if starts else lo, match.start())
        # A list goes on only from a phrase ending in its first country ("from Japan").
        listed = _ENDS_WITH_COUNTRY.search(match.group(0)) is not None
        more = _countries_after(body, match.end(), country) if listed else []
        for each in (country, *more):
            for post in _subject_posts(subjects, each, on, index):
                for slug in _post_holders(each, post, on, index):
                    found.append(Mention(slug, match.start(), match.end(), match.group(0)))
    return found


def _countries_after(body: str, at: int, first: str) -> list[str]:
    """The countries a counterpart phrase lists after its first ("his counterparts from
    Japan, Australia and India", "sus contrapartes de Japón, Australia y la India")."""
    found = []
    while more := _MORE_COUNTRIES.match(body, at):
        country = next(c for p, c in _LIST_COUNTRY_PATTERNS if p.fullmatch(more["country"]))
        if country != first and country not in found:
            found.append(country)
        at = more.end()
    return found


def _subject_posts(subjects, country: str, on: date, index: ReferenceIndex) -> list[str]:
    """The posts the subjects hold on `on` in the ally that is not `country`."""
    posts = []
    for mention in subjects:
        person = index.people.get(mention.slug)
        for office in person.offices_on(on) if person is not None else ():
            if office.country != country and office.post not in posts:
                posts.append(office.post)
    return posts


def _post_holders(country: str, post: str, on: date, index: ReferenceIndex) -> list[str]:
    if post in _LEADERS:
        held = [slug for leader in _LEADERS for slug in holders(country, leader, on, index)]
        return held if len(held) == 1 else []
    held = holders(country, post, on, index)
    return held if len(held) == 1 else []


def leaders_mentions(body: str, on: date | None, index: ReferenceIndex) -> list[Mention]:
    """A Mention of each country's leader on `on` for a leaders' meeting named by its
    countries: "the three leaders" of a "Japan-U.S.-Philippines" report (as many
    countries in the compound as leaders), "3首脳" of a "日米比" one, "세 정상" of a "한미일"
    one (CJK_N_LEADERS); three or four."""
    if on is None:
        return []
    counted = [
        (m, _NUMBERS[m["n"].lower()])
        for m in prefilter.segment_finditer(
            N_LEADERS, body, _NOT_IN_PHRASE, prefilter.fold_once(body)
        )
    ]
    # (has_cjk is remembered for the body: the nouns' search reads 5 MB six times)
    cjk = (
        has_cjk(body)
        and any(noun in body for noun in _CJK_LEADER_NOUNS)
        and CJK_N_LEADERS.search(body)
    )
    if cjk:
        counted += [(m, _CJK_NUMBERS[m["n"]]) for m in CJK_N_LEADERS.finditer(body)]
    if not counted:
        return []  # no leaders counted: no compound need be read
    first = first_compounds(body, {size for _, size in counted}, cjk=bool(cjk))
    found = []
    for match, size in counted:
        found.extend(_leaders(first.get(size, []), match, on, index))
    return found


def _leaders(countries, match: re.Match, on: date, index: ReferenceIndex) -> list[Mention]:
    return [
        Mention(slug, match.start(), match.end(), match.group(0))
        for country in countries
        for slug in _post_holders(country, "head_of_state", on, index)
    ]


# A post and the countries after it, as joint statements and reports in Latin letters
# print them: "the foreign ministers of Australia, India, Japan and the United States",
# "los cancilleres de Japón y de Estados Unidos", "i ministri degli Esteri del Giappone",
# "para Menteri Luar Negeri pemerintah Australia, India, dan Jepang", "Menteri Luar Negeri
# Amerika Serikat".
_LIST_POSTS = (
    (
        r"foreign\s+ministers?|ministers?\s+(?:for|of)\s+foreign\s+affairs"
        r"|secretar(?:y|ies)\s+of\s+state|secretari[oa]s?\s+de\s+estado|segretari[oa]\s+di\s+stato"
        r"|cancilleres?"
        r"|ministr[oa]s?\s+de\s+(?:asuntos\s+|relaciones\s+)?exteriores"
        r"|ministr[oi]\s+degli\s+(?:affari\s+)?esteri|menteri\s+luar\s+negeri",
        "foreign",
    ),
    (
        r"defen[cs]e\s+ministers?|ministers?\s+(?:for|of)\s+defen[cs]e"
        r"|secretar(?:y|ies)\s+of\s+defen[cs]e|secretari[oa]s?\s+de\s+defensa"
        r"|segretari[oa]\s+(?:alla|della)\s+difesa|ministr[oa]s?\s+de\s+defensa"
        r"|ministr[oi]\s+della\s+difesa|menteri\s+pertahanan",
        "defense",
    ),
    (r"leaders?|l[ií]deres|mandatarios|pemimpin", "leaders"),
)
_LIST_COUNTRIES = (
    (r"Jap[oó]n|Japan|Giappone|Jepang", "Japan"),
    (
        r"United\s+States(?:\s+of\s+America)?|Estados\s+Unidos|Stati\s+Uniti"
        r"|Amerika\s+Serikat|AS(?![\w-])|U\.S\.(?!\w)",
        "United States",
    ),
    (r"Australia", "Australia"),
    (r"India", "India"),
    (r"Republic\s+of\s+Korea|South\s+Korea|Corea\s+del\s+Su[rd]|Korea\s+Selatan", "South Korea"),
    (r"Philippines|Filipinas|Filippine|Filipina", "Philippines"),
)
_ARTICLES = r"(?:(?:the|los|la|el|de|del|di|dei|degli|della|pemerintah|negara)\s+)*"
_COUNTRY = rf"{_ARTICLES}(?:{_alternation(_LIST_COUNTRIES)})"
LISTED_ROLE = re.compile(
    rf"(?<![\w-])(?P<post>(?i:{_alternation(_LIST_POSTS)}))\s+(?:of\s+)?"
    rf"(?P<countries>{_COUNTRY}(?:(?:\s*,\s*|\s+)(?:(?:and|y|e|dan)\s+)?{_COUNTRY})*)"
    r"(?![\w-])"
)
# Every LISTED_ROLE phrase begins with its post: the regex is tried only where one of the
# posts' beginnings is (folded), all found in one pass, not at every character.
_LIST_POST_HEADS = prefilter.literal_heads(re.compile(rf"(?:{_alternation(_LIST_POSTS)})"))
_LIST_POST_NEEDLES = prefilter.Needles(_LIST_POST_HEADS)
# A former holder ("the former foreign minister of Japan"); the second of two posts
# ("the foreign and defense ministers of …", which the seeds' reading does not count).
_NOT_BEFORE = re.compile(r"(?i:\b(?:former|ex|mantan|then|outgoing|incoming|and|y|e|dan))[\s-]*$")


def listed_role_mentions(
    body: str, mentions: Sequence[Mention], on: date | None, index: ReferenceIndex
) -> list[Mention]:
    """A Mention (the phrase as its form) of each post's holder on `on` in each country a
    LISTED_ROLE phrase names; not when a known name follows the phrase (it is that
    name's title), a former holder is meant or the post is the second of two."""
    if on is None:
        return []
    found = []
    indexed = None
    starts = _LIST_POST_NEEDLES.starts(_LIST_POST_HEADS, prefilter.fold_once(body))
    for match in prefilter.tried_at(LISTED_ROLE, body, starts):
        if _NOT_BEFORE.search(body, max(0, match.start() - 10), match.start()):
            continue
        indexed = indexed if indexed is not None else mention_index(mentions)
        if indexed.within(match.end(), match.end() + 30):
            continue
        post = next(q for p, q in _LIST_POST_PATTERNS if p.fullmatch(match["post"]))
        for country in _countries(match["countries"]):
            posts = _LEADERS if post == "leaders" else (post,)
            held = {slug for each in posts for slug in holders(country, each, on, index)}
            if len(held) == 1:
                found.append(Mention(held.pop(), match.start(), match.end(), match.group(0)))
    return found


# Compiled once: a long report holds a thousand listed phrases.
_LIST_POST_PATTERNS = tuple((re.compile(p, re.I), post) for p, post in _LIST_POSTS)
_LIST_COUNTRY = re.compile(_alternation(_LIST_COUNTRIES))
_LIST_COUNTRY_PATTERNS = tuple((re.compile(p), country) for p, country in _LIST_COUNTRIES)
_MORE_COUNTRIES = re.compile(
    r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+)(?:(?:and|y|e|dan|ed)[^\S\n]+)?(?:(?:the|la|el|los)[^\S\n]+)?"
    rf"(?P<country>{_alternation(_LIST_COUNTRIES)})(?![\w'’-])"
)
_ENDS_WITH_COUNTRY = re.compile(rf"(?:{_alternation(_LIST_COUNTRIES)})$")


def _countries(printed: str) -> list[str]:
    found = []
    for match in _LIST_COUNTRY.finditer(printed):
        country = next(c for p, c in _LIST_COUNTRY_PATTERNS if p.fullmatch(match.group(0)))
        if country not in found:
            found.append(country)
    return found


def title_only_mentions(
    body: str, mentions: Sequence[Mention], on: date | None, index: ReferenceIndex
) -> list[Mention]:
    """The people a report names by title only: two countries' ministers named together
    (`paired_role_mentions`, `listed_role_mentions`), a named person's counterpart
    (`counterpart_mentions`) and the leaders of a leaders' meeting named by its countries
    (`leaders_mentions`)."""
    return (
        paired_role_mentions(body, on, index)
        + listed_role_mentions(body, mentions, on, index)
        + counterpart_mentions(body, mentions, on, index)
        + leaders_mentions(body, on, index)
    )
