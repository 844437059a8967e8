"""Those a readout says attended, in a sentence of its own rather than a bracketed list
(passing._Reading.aside): "日本側から，河野外務大臣，…ら，先方から，ティラソン国務長官，…
らが出席しました", "なお、表敬には、…上川陽子外務大臣…ほかが同席しました", "…장관이
배석했습니다", "Also present were …". They sat beside the principals; the readout's
subjects are the principals it names elsewhere (a person of the same country, named
outside the sentence); and the bracketed lists of those present ("(日本側:岡田外務大臣、…
同席、米側:…)", `in_list`), read the same way by passing.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# A list of those attending, closed by its end marker before the verb ("…らが出席",
# "…ほかが同席", "…등이 배석"): those present, where "両首脳が出席" names the principals
# and "茂木外務大臣も同席した" may name a minister the readout is about; in English
# "Also present were …", "… were also in attendance".
ATTENDED = re.compile(
    r"(?:ら|ほか|等|など)が(?:同席|陪席|出席)|(?:등|등이|들이)[^\S\n]?(?:배석|동석|참석)"
    r"|(?i:\balso\s+(?:present|in\s+attendance)\b|\bwere\s+in\s+attendance\b)"
)
# A meeting between the name and the attendance word: the name is a party of the meeting
# the others attended ("岸田総理とバイデン大統領の会談には、林外務大臣が同席した").
_MEETING_BETWEEN = re.compile(r"会談|会合|表敬|会見|회담|면담|접견|(?i:\bmeeting\b|\btalks\b)")


def attended(body: str, mention, start: int, end: int, found: Attendance | None = None) -> bool:
    """Whether the sentence from `start` to `end` says that its people attended: after
    the name, with no meeting named between (CJK readouts), or before it in English
    ("Also present were …"). `found` is `Attendance(body, start, end)`, when the caller
    keeps it for the sentence's other names."""
    if found is None:
        found = Attendance(body, start, end)
    after = found.first_from(mention.end)
    if after is not None:
        return _MEETING_BETWEEN.search(body, mention.end, after.start()) is None
    before = found.first_before(mention.start)
    return before is not None and before.group(0).isascii()


# How far back from a name a search that stops at the name reads, enough for any
# attendance word and the spaces in it.
_REACH_BACK = 200


class Attendance:
    """The attendance words (ATTENDED) of one sentence, found once: a text with no
    sentence stop is one sentence naming thousands, and searching it again from each
    name made the people pass quadratic (issue #11). Answers as the searches did."""

    def __init__(self, body: str, start: int, end: int):
        self.body, self.start, self.end = body, start, end
        self.matches = list(ATTENDED.finditer(body, start, end))
        self.starts = [m.start() for m in self.matches]

    def first_from(self, at: int) -> re.Match | None:
        """`ATTENDED.search(body, at, end)`: the first found starting at `at` or after. A
        match begins nowhere between those found (the scan tried each position there),
        only perhaps inside one that runs across `at`."""
        i = bisect_left(self.starts, at)
        if i > 0 and self.matches[i - 1].end() > at:
            for p in range(at, self.matches[i - 1].end()):
                inside = ATTENDED.match(self.body, p, self.end)
                if inside is not None:
                    return inside
        return self.matches[i] if i < len(self.matches) else None

    def first_before(self, at: int) -> re.Match | None:
        """`ATTENDED.search(body, start, at)`: the first that ends by `at`. One cut short
        at `at` (a word boundary there) starts within _REACH_BACK of it."""
        first = self.matches[0] if self.matches else None
        near = max(self.start, at - _REACH_BACK)
        if first is not None and first.end() <= near:
            return first
        if first is None or first.start() >= near:
            return ATTENDED.search(self.body, near, at)
        return ATTENDED.search(self.body, self.start, at)


def side_named_elsewhere(reading, mention, start: int, end: int) -> bool:
    """Whether someone else of the person's country is named outside the sentence (the
    mentions of each country gathered once a reading: a long text repeats its lists)."""
    country = reading.country(mention.slug)
    if country == "":
        return False
    by_country = reading.by_country
    if not by_country:
        for m in reading.known.within(0, len(reading.body)):
            by_country.setdefault(reading.country(m.slug), []).append(m)
    return any(
        (m.start < start or m.start >= end) and m.slug != mention.slug
        for m in by_country.get(country, ())
    )


# A readout's list of those present, in brackets after its first sentence: "(日本側:岡田
# 外務大臣、…同席、米側:クリントン国務長官…)", "(Japanese side: …; U.S. side: …)". They sat
# at the table; the readout's subjects are the principals it names outside the list.
_ATTENDANCE_OPENING = re.compile(
    r"[(（][^\S\n]*(?:日本側|米側|米国側|韓国側|先方|当方|일본\s?측|미국\s?측|한국\s?측|日方|美方"
    r"|(?i:(?:the\s+)?(?:japanese|japan|u\.s\.|us|american|korean)\s+side))[^\S\n]*[:：]"
)
_ATTENDANCE_REACH = 300  # characters a list may run before a name in it


def in_list(body: str, at: int) -> bool:
    """Whether `at` is inside a bracketed list of those present (`_ATTENDANCE_OPENING`):
    the last opening bracket before it, not closed since, begins one."""
    return list_opening(body, at) is not None


def list_opening(body: str, at: int) -> int | None:
    """Where the bracketed list of those present holding `at` opens (None outside one)."""
    lo = max(0, at - _ATTENDANCE_REACH)
    opening = max(body.rfind("(", lo, at), body.rfind("（", lo, at))
    if opening < 0 or max(body.rfind(")", opening, at), body.rfind("）", opening, at)) >= 0:
        return None
    return opening if _ATTENDANCE_OPENING.match(body, opening) else None


# A list that says its people attended ("…同席", "also present"): those beside the
# principals, wherever the readout names them (or names them by title only: "菅総理").
_LIST_ATTENDED = re.compile(
    r"同席|陪同|陪席|배석|동석|(?i:also\s+(?:present|attending)|in\s+attendance|accompanied)"
)


def list_says_attended(body: str, opening: int, at: int) -> bool:
    """Whether the bracketed list opening at `opening` and holding `at` says its people
    attended (`_LIST_ATTENDED`), up to its closing bracket."""
    reach = min(len(body), at + _ATTENDANCE_REACH)
    ends = [end for end in (body.find(")", at, reach), body.find("）", at, reach)) if end >= 0]
    return _LIST_ATTENDED.search(body, opening, min(ends, default=reach)) is not None
