"""A visit to one of the allies, in the words Chinese, Japanese and Korean reports use for
it: "訪日中の", "访美", "방미", "离日前", "赴日", "日本を訪問", "미국을 방문". A report that
never names the city may still say where the leaders met: the country of the visit (the
labels' "訪日中" → Japan). Evidence for a meeting held in that country, when the text
names no city of it. Pure: no Django.
"""

from __future__ import annotations

from archive.ingest import prefilter
from archive.ingest.cjk import has_cjk, needs_cjk
from archive.ingest.meeting_context import PLACE_POINTS, ReportContext
from archive.ingest.reference import KnownMeeting

# Written in lower case for `prefilter.folded_pattern`; CJK forms match anywhere.
VISIT_WORDS = {
    "Japan": (
        r"訪日|访日|來日|赴日|抵日|離日|离日|방일"
        r"|(?:访问|訪問|到访|到訪|出访|出訪)日本|일본을?\s?(?:방문|국빈\s?방문)"
    ),
    "United States": (
        r"訪米|訪美|访美|來美|来美|赴美|抵美|離美|离美|방미"
        r"|(?:访问|訪問|到访|到訪|出访|出訪)美国|(?:访问|訪問|到訪|出訪)美國"
        r"|(?:米国|アメリカ|米)を訪問|미국을?\s?(?:방문|국빈\s?방문)"
    ),
}
_VISITS = {country: prefilter.folded_pattern(words) for country, words in VISIT_WORDS.items()}
_VISITS_NEED_CJK = all(needs_cjk(pattern) for pattern in _VISITS.values())


def visited_countries(folded: str) -> frozenset[str]:
    """The allies the text speaks of a visit to (`folded` is `prefilter.fold(body)`)."""
    if _VISITS_NEED_CJK and not has_cjk(folded):
        return frozenset()  # the words' search reads the whole text to find nothing
    return frozenset(country for country, words in _VISITS.items() if words.search(folded))


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
