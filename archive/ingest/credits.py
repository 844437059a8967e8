"""Who wrote and edited the report: the wire's credit line and the byline.

These names are credits, never people in the news: the pipeline takes the credit line
out of the body before people are looked for.

  "Report by A, B and C; Additional Report by D in Beijing; Editing by E and F"
  "Reporting by A; Writing by B; Editing by C"
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.ingest.results import Credit

# Lead phrase -> role. Checked longest first so "Additional reporting" wins over "reporting".
ROLE_PHRASES = (
    (r"additional report(?:ing|ed)?", "additional_reporting"),
    (r"report(?:ing|ed)?|writing|written|compiled", "reporter"),
    (r"edit(?:ing|ed)|editor|sub-?editing", "editor"),
)
_LEAD = "|".join(f"(?:{phrase})" for phrase, _ in ROLE_PHRASES)
CREDIT_LINE = re.compile(rf"^\(?\s*(?:{_LEAD})\s+by\s+.+", re.IGNORECASE)
_SEGMENT = re.compile(rf"^\s*(?P<lead>{_LEAD})\s+by\s+(?P<names>.+?)\s*$", re.IGNORECASE)
# "Martin Pollard in Beijing" -> "Martin Pollard".
_PLACE_SUFFIX = re.compile(r"\s+in\s+[A-Z][\w .'-]*$")
STAFF_WORDS = re.compile(r"\b(?:Staff|Desk|Bureau|Team|Newsroom|Correspondent)\b")


_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def is_credit_line(line: str) -> bool:
    """A credit line starts with a credit phrase and lists only capitalised names.

    The second condition keeps a sentence such as "Reporting by state media suggests…"
    in the body.
    """
    if not CREDIT_LINE.match(line.strip()):
        return False
    credits = parse_credit_line(line)
    return bool(credits) and all(_NAME.fullmatch(credit.name) for credit in credits)


def _role(lead: str) -> str:
    for phrase, role in ROLE_PHRASES:
        if re.fullmatch(phrase, lead, re.IGNORECASE):
            return role
    return "reporter"


def parse_credit_line(line: str) -> list[Credit]:
    """Credits from one credit line, names as printed, in order."""
    credits: list[Credit] = []
    for segment in re.split(r";", line.strip().strip("()")):
        match = _SEGMENT.match(segment)
        if not match:
            continue
        role = _role(match.group("lead"))
        for name in re.split(r",\s*|\s+and\s+|\s*&\s*", match.group("names").rstrip(".")):
            name = _PLACE_SUFFIX.sub("", name).strip()
            if name:
                credits.append(Credit(name=name, role=role))
    return credits


def byline_credits(byline: str) -> list[Credit]:
    """ "Myind Staff" -> one staff credit; "Jane Doe and John Roe" -> two reporters."""
    byline = re.sub(r"^by\s+", "", byline.strip(), flags=re.IGNORECASE)
    if not byline:
        return []
    if STAFF_WORDS.search(byline):
        return [Credit(name=byline, role="staff")]
    names = [name.strip() for name in re.split(r",\s*|\s+and\s+|\s*&\s*", byline)]
    return [Credit(name=name, role="reporter") for name in names if name]


def extract_credits(paragraphs: Sequence[str], byline: str = "") -> tuple[list[Credit], list[int]]:
    """All credits (byline first), and the indexes of the credit lines consumed."""
    credits = byline_credits(byline) if byline else []
    consumed = []
    for i, line in enumerate(paragraphs):
        if is_credit_line(line):
            consumed.append(i)
            credits.extend(parse_credit_line(line))
    return credits, consumed
