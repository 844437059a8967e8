"""The titles printed before a name ("Secretary of State Blinken", "el presidente Biden",
"Indian Prime Minister Modi"): the vocabulary (TITLES), the pattern that reads one in the
characters before a name (TITLE_BEFORE) and the post and style a title names
(classify_title). people.py reads and checks them.
"""

from __future__ import annotations

import re

from archive.ingest.prefilter import fold
from archive.ingest.spans import TextMemo

# Printed title -> (post, style). The style tells a US "Secretary of State" from a
# "Foreign Minister": the same post, but a different title.
TITLES: tuple[tuple[str, str | None, str], ...] = (
    (r"secretary of state", "foreign", "secretary"),
    (r"state secretary", "foreign", "secretary"),
    (r"foreign secretary", "foreign", "secretary"),
    (r"secretary of defen[cs]e", "defense", "secretary"),
    (r"defen[cs]e secretary", "defense", "secretary"),
    (r"minister (?:for|of) foreign affairs", "foreign", "minister"),
    (r"foreign (?:affairs )?minister", "foreign", "minister"),
    (r"minister (?:for|of) defen[cs]e", "defense", "minister"),
    (r"defen[cs]e minister", "defense", "minister"),
    (r"prime minister|premier", "head_of_government", "prime minister"),
    (r"president", "head_of_state", "president"),
    # The same titles in the Spanish, Indonesian and Italian reports the archive reads.
    (r"secretari[oa] de estado|segretari[oa] di stato", "foreign", "secretary"),
    (r"secretari[oa] de defensa|segretari[oa] (?:alla|della) difesa", "defense", "secretary"),
    (
        r"ministr[oa] (?:de|degli) (?:asuntos |relaciones )?exteriores|canciller",
        "foreign",
        "minister",
    ),
    (r"menteri luar negeri|ministro degli esteri", "foreign", "minister"),
    (r"ministr[oa] (?:de|della) (?:defensa|difesa)|menteri pertahanan", "defense", "minister"),
    (
        # "PM" in capitals only ("PM India Modi", "PM Kishida"), never a clock's "3 pm" or
        # "3 PM" / "10:30 PM".
        r"primer ministro|primera ministra|primo ministro|perdana menteri"
        r"|(?<![\d:.]\s)(?<!\d)(?-i:PM)",
        "head_of_government",
        "prime minister",
    ),
    # Italy's and Spain's heads of government are "presidents" of the council or government.
    (
        r"president[ea] del consiglio(?: dei ministri)?|presidente del gobierno",
        "head_of_government",
        "prime minister",
    ),
    (r"president[ea]|presiden", "head_of_state", "president"),
    (r"secretary|secretari[oa]|segretari[oa]", None, "secretary"),
    (r"minister|ministr[oa]|menteri", None, "minister"),
)
_TITLE_ALTERNATION = "|".join(f"(?:{pattern})" for pattern, _, _ in TITLES)
# A nationality before an English title ("Indian Prime Minister Modi"), and after a
# Spanish, Italian or Indonesian one ("el primer ministro japonés Abe", "il Primo Ministro
# italiano Draghi", "PM India Modi"): the allies', and the partners they meet most.
_NATIONALITY_BEFORE = (
    r"U\.S\.|US|American|Japan['’]s|Japanese|British|Australian|Chinese|Italian|Indian"
    r"|Indonesian|(?:South\s+)?Korean|Ukrainian|French|German|Canadian|Philippine|Filipino"
)
_NATIONALITY_AFTER = (
    r"japon[ée]sa?|estadounidense|giapponese|statunitense|americano|AS|Jepang"
    r"|Amerika(?:\s+Serikat)?|de\s+Jap[oó]n|de\s+(?:los\s+)?Estados\s+Unidos"
    r"|italian[oa]|frances[ea]|franc[ée]sa?|tedesc[oa]|alem[áa]na?|britannic[oa]|brit[áa]nic[oa]"
    r"|australian[oa]|indian[oa]|indi[oa]|indonesian[oa]|indonesi[oa]|ucrain[oa]|ucranian[oa]"
    r"|canades[ea]|canadiense|cines[ea]|chin[oa]|(?:sud|sur)?corean[oa]"
    r"|Italia|Inggris|Australia|India|Korea(?:\s+Selatan)?|Korsel|Tiongkok|China|Kanada"
    r"|Ukraina|Prancis|Jerman|Filipina"
)


def _title_phrase(nationality_before: str, titles: str, nationality_after: str) -> str:
    """A title and what may surround it, up to the end of the text (the spaces before a
    name), without the character before it."""
    return (
        r"(?P<former>(?:former|ex-|ex\s|mantan|then-?|outgoing|incoming)\s*)?"
        rf"(?:(?:{nationality_before})\s+)?"
        rf"(?P<title>{titles})"
        rf"(?:\s+(?:{nationality_after}))?\s+$"
    )


TITLE_BEFORE = re.compile(
    r"(?:^|[\s,(“\"])" + _title_phrase(_NATIONALITY_BEFORE, _TITLE_ALTERNATION, _NATIONALITY_AFTER),
    re.IGNORECASE,
)


def _lower_case(source: str) -> str:
    """`source` in lower case (its letters then match, on a folded text, what they match
    in any case: prefilter.folded_pattern), refused when lowering would change an escape
    (\\S, \\D)."""
    if re.search(r"\\[A-Z]", source):
        raise ValueError(f"an upper-case escape in {source!r}")
    return source.lower()


# TITLE_BEFORE read on the folded text (prefilter.fold), case-sensitively, so that `re`
# skips at once the alternatives whose first letter differs and the positions that are
# no delimiter (a case-insensitive alternation enters every alternative at every space:
# most of the time of reading the titles of 5 MB of English, issue #10). Every match of
# TITLE_BEFORE begins where one of these matches ("PM" is read here in any case), and is
# then confirmed by TITLE_BEFORE itself.
_FOLDED_PHRASE = _title_phrase(
    _lower_case(_NATIONALITY_BEFORE),
    _lower_case(_TITLE_ALTERNATION.replace("(?-i:PM)", "pm")),
    _lower_case(_NATIONALITY_AFTER),
)
_FOLDED_AT_START = re.compile(_FOLDED_PHRASE)
_FOLDED_AFTER_DELIMITER = re.compile(r"[\s,(“\"]" + _FOLDED_PHRASE)


def title_before_search(window: str) -> re.Match | None:
    """`TITLE_BEFORE.search(window)`, the same match, found on the folded window first."""
    folded = fold(window)
    if _FOLDED_AT_START.match(folded) or _FOLDED_AFTER_DELIMITER.match(folded):
        match = TITLE_BEFORE.match(window)  # at the start, after a delimiter or without one
        if match:
            return match
    start = 1
    while candidate := _FOLDED_AFTER_DELIMITER.search(folded, start):
        match = TITLE_BEFORE.match(window, candidate.start())
        if match:
            return match
        start = candidate.start() + 1
    return None


def classify_title(title: str) -> tuple[str | None, str] | None:
    """(post, style) of a printed or reference title, or None if it is no known title."""
    for pattern, post, style in TITLES:
        if re.search(rf"\b(?:{pattern})\b", title, re.IGNORECASE):
            return post, style
    return None


class _Titles:
    """The printed titles read before positions of the last bodies (`spans.TextMemo`):
    the surnames, `in_the_news` and `check_titles` ask for the same mentions' titles."""

    memo = TextMemo()
    searches = 0  # a count for tests (tests/ingest/test_linear_parse.py)


def _title_before(body: str, start: int) -> re.Match | None:
    """The title printed right before `start` ("Secretary of State "), read once."""
    titles = _Titles.memo.setdefault(body, dict)
    if start not in titles:
        if start == 0 or not body[start - 1].isspace():
            # TITLE_BEFORE ends with "\s+$": a name printed right after anything but a
            # space (every name in CJK text) has no title, and the window is not searched.
            titles[start] = None
            return None
        _Titles.searches += 1
        titles[start] = title_before_search(body[max(0, start - 80) : start])
    return titles[start]
