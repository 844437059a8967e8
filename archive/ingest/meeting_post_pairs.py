"""Both allies' ministers or leaders named together by their post ("the foreign ministers
of both countries", "los cancilleres de ambos países", "kedua menteri pertahanan",
"양국 외교장관", "日米外相", "两国防长"): words for a meeting of that kind, which the report
may give in no other way when it names the people at the table only by their posts. Read
by `meetings` on the report's opening; pure: no Django.

Each family counts only when the report has none of its kind's own words
(`meeting_words.KIND_WORDS`): "日米外相会談" is counted there once, not again here, and a
report that already names its meeting keeps the share of its words that fit a kind.
"""

from __future__ import annotations

import re
from collections import Counter

from archive.ingest import prefilter

# Long reports say which meeting they cover at their start: the posts are looked for in
# their first characters only (the cost of a long text stays that of a short one).
OPENING = 1 << 14

# Both allies, or "both countries", before a post, in each language.
_BOTH_EN = (
    r"(?:the two|both(?: the)?|u\.?s\.?(?: and |-| ?& ?)japan(?:ese)?"
    r"|japan(?:ese)?(?: and |-| ?& ?)(?:u\.?s\.?|american))"
)
_OF_BOTH_EN = r" of (?:the two|both) (?:countries|nations|allies|sides|governments)\b"
_OF_BOTH_ES = r" (?:de )?(?:ambos|los dos) (?:pa[ií]ses|gobiernos|aliados)\b"
_OF_BOTH_ID = r" (?:dari )?kedua negara\b"

POST_PAIR_WORDS = {
    "foreign": (
        rf"\b{_BOTH_EN} foreign ministers\b|\bforeign ministers{_OF_BOTH_EN}"
        rf"|\b(?:ambos|los dos) cancilleres\b|\bcancilleres{_OF_BOTH_ES}"
        rf"|\bministros de (?:relaciones |asuntos )?exteriores{_OF_BOTH_ES}"
        rf"|\bkedua (?:menteri luar negeri|menlu)\b|\b(?:menteri luar negeri|menlu){_OF_BOTH_ID}"
        r"|(?:양국|두|(?<!한)미일) ?(?:외교장관|외무장관)(?! ?회)"
        r"|(?:日米|米日|両)外相(?!会談|電話会談|会合)"
        r"|(?:两国|兩國|美日|日美)(?:外长|外長)(?!会谈|會談)"
    ),
    "defense": (
        rf"\b{_BOTH_EN} defen[cs]e (?:ministers|secretaries)\b"
        rf"|\bdefen[cs]e (?:ministers|chiefs){_OF_BOTH_EN}"
        rf"|\b(?:ambos|los dos) ministros de defensa\b|\bministros de defensa{_OF_BOTH_ES}"
        rf"|\bkedua menteri pertahanan\b|\bmenteri pertahanan{_OF_BOTH_ID}"
        r"|(?:양국|두|(?<!한)미일) ?국방장관(?! ?회)"
        r"|(?:日米|米日|両)防衛相(?!会談|電話会談)"
        r"|(?:两国|兩國|美日|日美)(?:防长|防長)(?!会谈|會談)"
    ),
    "summit": (
        rf"\bleaders{_OF_BOTH_EN}|\b(?:ambos|los dos) (?:mandatarios|l[ií]deres)\b"
        rf"|\b(?:mandatarios|l[ií]deres){_OF_BOTH_ES}"
        rf"|\bkedua (?:pemimpin|kepala negara)\b|\bpemimpin{_OF_BOTH_ID}"
        r"|(?:양국|(?<!한)미일) ?정상(?! ?회)"
        r"|(?:日米|米日|両)首脳(?!会談|会議|電話会談)"
    ),
}

_POST_PATTERNS = {kind: prefilter.folded_pattern(words) for kind, words in POST_PAIR_WORDS.items()}
# The post words every match of a family holds: the pattern is tried only around them
# (a long opening would otherwise be read position by position, three times over).
POST_ANCHORS = {
    "foreign": (
        "foreign ministers", "cancilleres", "exteriores", "menteri luar negeri", "menlu",
        "외교장관", "외무장관", "外相", "外长", "外長",
    ),
    "defense": (
        "defense ", "defence ", "defensa", "pertahanan", "국방장관", "防衛相", "防长", "防長",
    ),
    "summit": (
        "leaders", "mandatarios", "líderes", "lideres", "pemimpin", "kepala negara", "정상",
        "首脳",
    ),
}  # fmt: skip
# The kinds whose own words keep post pairs from counting (`post_pair_kinds`).
_NAMED_TABLES = (*_POST_PATTERNS, "scc")
# How far from a post word the rest of a match may reach ("the foreign ministers of both
# countries", "ministros de relaciones exteriores de ambos países").
REACH = 48


def post_pair_kinds(folded: str, kind_words: Counter) -> Counter:
    """The kinds the opening of `folded` (a folded body) names by both allies' posts,
    counted, when `kind_words` (the report's kind words) names no table these posts could
    sit at (a summit, a foreign or defense ministers' meeting, a 2+2): a report that names
    its meeting ("외교장관회담") may mention the other posts' ministers in passing ("the
    defense ministers of both countries will meet next month"), and those must not dilute
    the meeting it names. Words for any US–Japan meeting ("日米", "bilateral") do not count."""
    if any(kind_words[kind] for kind in _NAMED_TABLES):
        return Counter()
    opening = folded[:OPENING]
    counts = Counter()
    for kind, pattern in _POST_PATTERNS.items():
        if count := _matches(pattern, POST_ANCHORS[kind], opening):
            counts[kind] = count
    return counts


def _matches(pattern: re.Pattern, anchors: tuple[str, ...], text: str) -> int:
    """How many matches `pattern.finditer(text)` finds, read only within REACH of one of
    `anchors` in `text` (each of its matches holds one): the matches over an anchor, the
    leftmost first, none inside another already counted."""
    spans = set()
    for anchor in anchors:
        at = text.find(anchor)
        while at >= 0:
            end = at + len(anchor)
            window = (max(0, at - REACH), min(len(text), end + REACH))
            # Only a match over this post word: one cut short by the window's edge is not.
            spans.update(
                match.span()
                for match in pattern.finditer(text, *window)
                if match.start() <= at and match.end() >= end
            )
            at = text.find(anchor, end)
    count = end = 0
    for start, stop in sorted(spans):
        if start >= end:
            count, end = count + 1, stop
    return count
