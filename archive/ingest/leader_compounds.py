"""A leaders' meeting named by its countries (roles.leaders_mentions): the compounds
that name them ("Japan-U.S.-Philippines", "日米比", "한미일") and the leaders counted ("the
three leaders", "3首脳", "세 정상"). Patterns and their reading; roles.py re-exports them.
"""

from __future__ import annotations

import re
from itertools import chain

from archive.ingest import prefilter

# Countries as a compound names them ("Japan-U.S.-Philippines", "日米比首脳", "한미일 정상").
_COMPOUND_COUNTRIES = {
    "Japan": "Japan",
    "U.S.": "United States",
    "US": "United States",
    "United States": "United States",
    "Philippines": "Philippines",
    "Philippine": "Philippines",
    "Australia": "Australia",
    "India": "India",
    "ROK": "South Korea",
    "Republic of Korea": "South Korea",
    "South Korea": "South Korea",
    "Korea": "South Korea",
}
_CJK_COMPOUND_COUNTRIES = {
    **dict.fromkeys("日일", "Japan"),
    **dict.fromkeys("米美미", "United States"),
    **dict.fromkeys("比菲필", "Philippines"),
    **dict.fromkeys("豪澳호", "Australia"),
    **dict.fromkeys("印인", "India"),
    **dict.fromkeys("韓韩한", "South Korea"),
}
_ONE_COUNTRY = "|".join(re.escape(c) for c in sorted(_COMPOUND_COUNTRIES, key=len, reverse=True))
COUNTRY_COMPOUND = re.compile(
    rf"(?<![\w.])(?:{_ONE_COUNTRY})(?:\s*[-–]{{1,2}}\s*(?:{_ONE_COUNTRY})){{1,3}}(?![\w-])"
)
# Three or four: "the two leaders" of a report on ministers is often a past summit's.
_NUMBERS = {"three": 3, "four": 4}
N_LEADERS = re.compile(r"(?i)\b(?:the\s+)?(?P<n>three|four)\s+leaders\b(?!['’])")
# "3首脳", "세 정상", "3국 정상", "三国领导人": leaders counted, their countries a compound
# elsewhere ("日米比", "한미일"). A compound naming the leaders' meeting itself ("일미한
# 정상회의") is often a past summit's, so the count is what names the people at the table.
CJK_N_LEADERS = re.compile(
    r"(?P<n>[34三四세네])[^\S\n]?(?:국[^\S\n]?|国|國)?(?:首脳|정상|领导人|領導人|首脑)"
    # the leaders, not their meeting's name ("3국 정상회담", "3首脳会談")
    r"(?![^\S\n]?(?:회담|회의|会談|会議|会谈|会议|會談|會議|会合))"
)
CJK_COMPOUND = re.compile(rf"[{''.join(_CJK_COMPOUND_COUNTRIES)}]{{3,4}}")
_CJK_NUMBERS = {"3": 3, "三": 3, "세": 3, "4": 4, "四": 4, "네": 4}
# Every CJK_N_LEADERS match holds one of its nouns: found with `in` (memchr), no regex scan.
_CJK_LEADER_NOUNS = ("首脳", "정상", "领导人", "領導人", "首脑")
# COUNTRY_COMPOUND begins with a look-behind, so `re` tries it at every character of the
# body: tried instead where one of the countries' names begins (one automaton pass).
_COMPOUND_SCAN = prefilter.PatternScan((COUNTRY_COMPOUND,))


def first_compounds(body: str, sizes: set[int], *, cjk: bool) -> dict[int, list[str]]:
    """Size -> the first compound of that many countries, each once (the Latin ones
    first, then, in a text counting leaders in CJK, the CJK ones), for the `sizes` asked:
    read in order until each is found, not every compound of a long report."""
    first: dict[int, list[str]] = {}
    latin = (
        [_COMPOUND_COUNTRIES[c] for c in re.findall(_ONE_COUNTRY, match.group(0))]
        for match in _COMPOUND_SCAN.finditer(COUNTRY_COMPOUND, body)
    )
    native = (
        [_CJK_COMPOUND_COUNTRIES[c] for c in match.group(0)]
        for match in (CJK_COMPOUND.finditer(body) if cjk else ())
    )
    for compound in chain(latin, native):
        if len(set(compound)) == len(compound):
            first.setdefault(len(compound), compound)
            if sizes <= first.keys():
                break
    return first
