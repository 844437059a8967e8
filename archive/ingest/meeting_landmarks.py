"""A landmark that speaks is an institution, not a place: "the White House said", "a
White House official", "백악관은 … 밝혔습니다", "白宫主管经济的官员表示", "ホワイトハウスは
発表した", "Sekretaris Pers Gedung Putih", "the Pentagon chief said". `meeting_context`
reads the White House and the Pentagon as Washington (and Arlington) where a meeting was
held ("at the White House", "在白宫", "백악관에서", "di Gedung Putih"); a report on a
summit at Mar-a-Lago that quotes a White House official is no sign of a Washington
meeting. So the landmarks used as a speaker or an office are blanked before the places
are read, as the newspapers named after a city are.

Read near each landmark only (a literal search, then anchored patterns a few characters
either side): no regex runs over the whole body. Pure: no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The landmarks of meeting_places.PLACE_NAMES that stand for an institution too (folded).
LANDMARKS = (
    "white house", "pentagon", "casa blanca", "pentágono", "gedung putih",
    "ホワイトハウス", "国防総省", "백악관", "펜타곤", "白宫", "白宮", "五角大楼", "五角大樓",
)  # fmt: skip

# After the landmark: it speaks, or it is the office of someone who does.
_SPEAKS_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:said|says|announced|spokes(?:man|woman|person)|press secretary"
    r"|officials?|statement|readout|chief|aides?|fact sheet|national security adviser)\b"
    r"|\s+(?:dijo|anunció|informó|indicó|señaló|afirmó)\b"
    r"|\s+(?:mengatakan|menyatakan|mengumumkan|menyebut)\b"
    r"|(?:은|는|이|가)(?![가-힣])|\s?(?:부?대변인|고위\s?관계자|관계자|당국자)"
    r"|(?:は|が)|の?(?:報道官|高官|当局者|関係者|声明)"
    r"|[^，。,、\n]{0,8}?(?:官员|官員|发言人|發言人|新闻秘书|新聞秘書|表示|宣布|声明|聲明)"
)
# Before the landmark: the office of someone who speaks for it.
_OFFICE_BEFORE = re.compile(
    r"(?:portavoz|vocero|funcionarios?|secretari[ao] de prensa|hoja informativa)\s+de\s+la\s+$"
    r"|(?:sekretaris pers|juru bicara|pejabat)\s+$"
)
# A place word right before it keeps it a place ("在白宫表示": said at the White House).
_AT_BEFORE = re.compile(r"(?:\bat|\bin|\ben|\bdi|在|於|于)\s*(?:the\s+|la\s+)?$")
_BEFORE = 30


def speaking_landmarks(folded: str) -> list[tuple[int, int]]:
    """The spans of `folded` (a folded body) where a landmark stands for an institution."""
    return speaking_spans_at(folded, {name: _finds(name, folded) for name in LANDMARKS})


def _finds(name: str, folded: str) -> list[int]:
    starts, at = [], folded.find(name)
    while at >= 0:
        starts.append(at)
        at = folded.find(name, at + len(name))
    return starts


def speaking_spans_at(folded: str, starts: dict[str, Iterable[int]]) -> list[tuple[int, int]]:
    """`speaking_landmarks`, given where each landmark name occurs in `folded` (its
    `starts`, in order, as a one-pass automaton finds them: `meeting_names`)."""
    spans = []
    for name in LANDMARKS:
        end = 0
        for at in starts.get(name, ()):
            if at < end:
                continue  # inside the last one: a search from its end would skip it
            end = at + len(name)
            before = folded[max(0, at - _BEFORE) : at]
            if not _AT_BEFORE.search(before) and (
                _SPEAKS_AFTER.match(folded, end) or _OFFICE_BEFORE.search(before)
            ):
                spans.append((at, end))
    return spans


def without_speaking_landmarks(folded: str) -> str:
    """`folded` with its speaking landmarks blanked (same length)."""
    spans = speaking_landmarks(folded)
    if not spans:
        return folded
    pieces, last = [], 0
    for start, end in sorted(spans):
        start = max(start, last)
        pieces += [folded[last:start], " " * (end - start)]
        last = end
    return "".join(pieces) + folded[last:]
