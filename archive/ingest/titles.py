"""The titles printed before a name ("Secretary of State Blinken", "el presidente Biden",
"Indian Prime Minister Modi"): the vocabulary (TITLES), the pattern that reads one in the
characters before a name (TITLE_BEFORE) and the post and style a title names
(classify_title). people.py reads and checks them.
"""

from __future__ import annotations

import re

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
TITLE_BEFORE = re.compile(
    rf"(?:^|[\s,(“\"])(?P<former>(?:former|ex-|ex\s|mantan|then-?|outgoing|incoming)\s*)?"
    rf"(?:(?:{_NATIONALITY_BEFORE})\s+)?"
    rf"(?P<title>{_TITLE_ALTERNATION})"
    rf"(?:\s+(?:{_NATIONALITY_AFTER}))?\s+$",
    re.IGNORECASE,
)


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
        titles[start] = TITLE_BEFORE.search(body[max(0, start - 80) : start])
    return titles[start]
