"""A visit to one of the allies, in the words Chinese, Japanese and Korean reports use for
it: "訪日中の", "访美", "방미", "离日前", "赴日", "日本を訪問", "미국을 방문", and the Latin-script
ones ("visit to Japan", "visita a Estados Unidos", "kunjungan ke Jepang"). A report that
never names the city may still say where the leaders met: the country of the visit (the
labels' "訪日中" → Japan). Evidence for a meeting held in that country, when the text
names no city of it. Pure: no Django.
"""

from __future__ import annotations

import re

from archive.ingest import prefilter
from archive.ingest.cjk import has_cjk, needs_cjk
from archive.ingest.meeting_context import PLACE_POINTS, ReportContext
from archive.ingest.reference import KnownMeeting, ReferenceIndex

# Written in lower case for `prefilter.folded_pattern`; CJK forms match anywhere.
# Both orders: the verb before the country (Chinese "访问日本") or after it (Japanese
# "日本を訪問", "日本訪問", Korean "일본 방문"); Japanese "来日" (Chinese script: 來日).
VISIT_WORDS = {
    "Japan": (
        r"訪日|访日|來日|来日|赴日|抵日|離日|离日|방일"
        r"|(?:访问|訪問|到访|到訪|出访|出訪)日本|(?:对|對)日本(?:进行|進行)"
        r"|日本(?:を|へ)?(?:公式|国賓|國賓)?(?:訪問|访问)"
        r"|일본(?:을|를)?\s?(?:공식\s?|국빈\s?)?방문"
    ),
    "United States": (
        r"訪米|訪美|访美|來美|来美|赴美|抵美|離美|离美|방미"
        r"|(?:访问|訪問|到访|到訪|出访|出訪)美国|(?:访问|訪問|到訪|出訪)美國"
        r"|(?:对|對)美(?:国|國)(?:进行|進行)"
        r"|(?:米国|アメリカ|米)(?:を|へ)?(?:公式|国賓)?訪問|美(?:国|國)(?:国事|國事)?(?:访问|訪問)"
        r"|미국(?:을|를)?\s?(?:공식\s?|국빈\s?)?방문"
    ),
}
_VISITS = {country: prefilter.folded_pattern(words) for country, words in VISIT_WORDS.items()}
_VISITS_NEED_CJK = all(needs_cjk(pattern) for pattern in _VISITS.values())

# The same in English, Spanish, Indonesian and Italian, the visit word before the country
# ("visit to Japan", "visita oficial a Japón", "kunjungan kerja ke Jepang", "in visita in
# Giappone") or after it ("Japan visit", "U.S. trip"). Tried only where a visit word or a
# country word begins (prefilter.PatternScan), as the meeting words are.
_OFFICIAL = (
    r"(?:\s+(?:oficial|de\s+estado|kerja|resmi|kenegaraan|ufficiale|di\s+stato|state|official))?"
)
_VISIT_BEFORE = (
    r"(?:\bvisit(?:s|ed|ing)?(?:\s+to)?|\btrip\s+to|\btravel(?:s|l?ed|l?ing)?\s+to"
    r"|\bvisit[aó]r?(?:á)?" + _OFFICIAL + r"\s+(?:a|en)|\bviaj(?:e|ó|ará|ar)\s+a"
    r"|\b(?:kunjungan|berkunjung|lawatan)" + _OFFICIAL + r"\s+ke"
    r"|\bvisita" + _OFFICIAL + r"\s+(?:in|negli)|\bviaggio" + _OFFICIAL + r"\s+(?:in|negli))"
)
_LATIN_VISIT_WORDS = {
    "Japan": (
        rf"{_VISIT_BEFORE}\s+(?:japan|jap[oó]n|jepang|giappone)\b"
        r"|\bjapan\s+(?:visit|trip)\b"
    ),
    "United States": (
        rf"{_VISIT_BEFORE}\s+(?:the\s+|los\s+)?(?:united\s+states|u\.\s?s\.(?!\s?-)|us\b|america\b"
        r"|estados\s+unidos|ee\.\s?uu\.|amerika\s+serikat|as\b|stati\s+uniti)"
        r"|(?:\bu\.\s?s\.|\bunited\s+states)\s+(?:visit|trip)\b"
    ),
}
_LATIN_VISITS = {
    country: prefilter.folded_pattern(words) for country, words in _LATIN_VISIT_WORDS.items()
}
# Each pattern's literal beginnings ("visit", "japan", "u."): every match begins with one.
_LATIN_HEADS = {words: prefilter.literal_heads(words) for words in _LATIN_VISITS.values()}
_LATIN_HEADS.update({words: None for words in _VISITS.values()})  # CJK: read in full


def _found(words: re.Pattern, folded: str) -> bool:
    """Whether `words` matches in `folded` a visit of the time the report covers (not one
    it places in another month or year: `another_time`), tried where one of its literal
    beginnings occurs, in order, those found by `str.find` a stretch at a time, only as
    far as the first match: a report that speaks of a visit does so early, and an
    automaton pass over the whole text (the "japan" and "u." it stops at: 34,000 on 5 MB
    of English) cost 0.017 CPU s/MB."""
    heads = _LATIN_HEADS[words]
    if heads is None:
        return any(not another_time(folded, hit.start()) for hit in words.finditer(folded))
    lo, size = 0, _STRETCH
    while lo < len(folded):
        hi = lo + size
        starts = set()
        for head in heads:  # the heads that begin before `hi` (they may end after it)
            found = folded.find(head, lo, hi + len(head) - 1)
            while found != -1:
                starts.add(found)
                found = folded.find(head, found + 1, hi + len(head) - 1)
        if any(
            words.match(folded, start) and not another_time(folded, start)
            for start in sorted(starts)
        ):
            return True
        lo, size = hi, size * 2
    return False


# A month or year other than the report's own, said before the visit in its sentence:
# "다음달 … 트럼프 대통령의 일본 국빈방문", "来月の訪日", "next month, he will be visiting
# Japan", "el año pasado … su visita a Japón". The visit is another meeting's (a state
# visit announced by a report on the summit before it), so it places no meeting covered.
OTHER_TIME_MARKERS = prefilter.folded_pattern(
    r"다음 ?달|내달|지난 ?달|내년|지난해|작년|来月|先月|来年|昨年|去年|明年|下个?月|上个?月"
    r"|下個月|上個月|\b(?:next|last) (?:month|year)\b|\bel (?:próximo|pasado) (?:mes|año)\b"
    r"|\bel (?:mes|año) (?:próximo|pasado)\b|\b(?:bulan|tahun) (?:depan|lalu)\b"
    r"|\b(?:il mese|l'anno) (?:prossimo|scorso)\b"
)
_SENTENCE_START = re.compile(r"(?s:.*)(?:[.!?]\s|[。！？\n])")
# Where the visit's clause begins: a comma closing a clause before it ("President Biden,
# who took office last year, is on his first visit to Japan": the year is his taking
# office's, not the visit's).
_CLAUSE_START = re.compile(r"(?s:.*)[,、，]")
_FRONTED = re.compile(r"[^,、，]{0,24}[,、，]")  # "Next month, …", "Bulan depan, …"
SENTENCE_REACH = 160  # characters before the visit where its sentence's marker may stand


def another_time(folded: str, at: int) -> bool:
    """Whether the clause of the visit word at `at` says, before it, a month or year
    other than the report's own (`OTHER_TIME_MARKERS`), or its sentence opens with one
    as a short phrase of its own ("Next month, he will be visiting Japan")."""
    lo = max(0, at - SENTENCE_REACH)
    before = _SENTENCE_START.match(folded, lo, at)
    sentence = before.end() if before else lo
    clause = _CLAUSE_START.match(folded, sentence, at)
    if OTHER_TIME_MARKERS.search(folded, clause.end() if clause else sentence, at):
        return True
    fronted = _FRONTED.match(folded, sentence, at)
    marker = OTHER_TIME_MARKERS.search(fronted.group()) if fronted else None
    # The phrase is the marker and a word at most ("Next month,", "Pada bulan depan,"), not
    # a clause that holds one ("昨年就任したバイデン大統領は、").
    return marker is not None and len(fronted.group().strip()) - len(marker.group()) <= _SPARE


_SPARE = 6  # characters beside the marker in a sentence's fronted time phrase


_STRETCH = 4096  # characters read first, twice as many each time after


def visited_countries(folded: str) -> frozenset[str]:
    """The allies the text speaks of a visit to (`folded` is `prefilter.fold(body)`)."""
    found = {country for country, words in _LATIN_VISITS.items() if _found(words, folded)}
    if _VISITS_NEED_CJK and not has_cjk(folded):
        return frozenset(found)  # the CJK words' search reads the whole text to find nothing
    return frozenset(
        found | {country for country, words in _VISITS.items() if _found(words, folded)}
    )


def unplaced_visits(
    visited: frozenset[str], context: ReportContext, index: ReferenceIndex
) -> frozenset[str]:
    """The visited allies of which the text names no city where a meeting was held: a
    named city places the meeting already, and the visit is to it ("la visita a Japón …
    en Tokio" gives an Osaka meeting no visit)."""
    if not visited or not context.places:
        return visited
    named = {
        meeting.country
        for meeting in index.meetings.values()
        if meeting.country in visited and meeting.city in context.places
    }
    return visited - named


def visit_evidence(
    meeting: KnownMeeting, context: ReportContext, visited: frozenset[str]
) -> tuple[float, list[str]]:
    """+PLACE_POINTS for a meeting held in a country the text speaks of a visit to, when
    the text names no city of it (the city, named, has counted already)."""
    if not meeting.country or meeting.country not in visited:
        return 0.0, []
    city = meeting.city
    if city and (city in context.places or context.says(prefilter.fold(city))):
        return 0.0, []
    return PLACE_POINTS, [f"the text speaks of a visit to {meeting.country}, where it was held"]
