"""Countries named by one character in a compound of the allies ("日米豪防衛相会談",
"日米豪比", "美日印澳", "美日菲三边会谈"): Japanese and Chinese write a meeting of three
or four countries so, and often name the third one nowhere else in full. For
`meeting_signs`' country words, which read whole names only ("オーストラリア", "澳大利亚").

Read around each compound of the two allies only (literal finds): no regex runs over the
whole body. Pure: no Django.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

# The allies' pair, in both orders, in Japanese and Chinese.
ALLY_PAIRS = ("日米", "米日", "美日", "日美")
ALLY_CHARS = frozenset("日米美")
# Keys of meeting_words.COUNTRY_WORDS.
ABBREVIATIONS = {
    "韓": "South Korea",
    "韩": "South Korea",
    "豪": "Australia",
    "澳": "Australia",
    "印": "India",
    "比": "Philippines",
    "菲": "Philippines",
}
# A character after which an abbreviation is the start of a word of its own ("日米比較":
# a comparison, "日米印象", "豪華").
_WORD_AFTER = frozenset("較较率例象刷華华")
_SEPARATORS = frozenset("・·、")


def compound_countries(
    body: str, found_at: Mapping[str, Iterable[int]] | None = None
) -> frozenset[str]:
    """The countries abbreviated beside the allies' pair ("日米豪比" → Australia and the
    Philippines). `found_at`: where each of ALLY_PAIRS occurs in `body` (or in its fold:
    the same places), when an automaton has read it (`meeting_names`)."""
    found: set[str] = set()
    for pair in ALLY_PAIRS:
        starts = _finds(pair, body) if found_at is None else found_at.get(pair, ())
        for at in starts:
            found |= _run_countries(body, at, at + len(pair))
    return frozenset(found)


def _finds(pair: str, body: str) -> Iterator[int]:
    at = body.find(pair)
    while at >= 0:
        yield at
        at = body.find(pair, at + len(pair))


def _run_countries(body: str, start: int, end: int) -> set[str]:
    """The abbreviations of the run of country characters around body[start:end]."""
    countries = set()
    left = start - 1
    while left >= 0 and (body[left] in ABBREVIATIONS or body[left] in ALLY_CHARS):
        if body[left] in ABBREVIATIONS:
            countries.add(ABBREVIATIONS[body[left]])
        left -= 1
    right = end
    while right < len(body) and (
        body[right] in ABBREVIATIONS or body[right] in ALLY_CHARS or body[right] in _SEPARATORS
    ):
        char = body[right]
        if char in ABBREVIATIONS:
            if right + 1 < len(body) and body[right + 1] in _WORD_AFTER:
                break
            countries.add(ABBREVIATIONS[char])
        right += 1
    return countries
