"""The plain result records the pipeline hands back (all JSON-friendly via ParsedReport)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DroppedLine:
    line: str
    reason: str


@dataclass
class Credit:
    name: str  # as printed
    role: str  # "reporter", "editor", "additional_reporting" or "staff"


@dataclass
class PersonMention:
    slug: str
    count: int
    forms: list[str] = field(default_factory=list)  # every distinct form seen, in order


@dataclass
class Mention:
    """One occurrence of a known person in the body (char offsets)."""

    slug: str
    start: int
    end: int
    form: str


@dataclass
class QuoteHit:
    speaker_slug: str | None
    text: str
    start: int  # char offsets into the body, quote marks included
    end: int
    form: str  # the attribution form, one of quotes.FORMS
    speaker_name: str = ""  # as printed ("Blinken", "he" resolved, "Hornung")


@dataclass
class MeetingSuggestion:
    slug: str
    score: float
    reasons: list[str] = field(default_factory=list)
    # "coverage", "preview" (published before the meeting) or "follow_up" (days after).
    role: str = "coverage"
    # Linked automatically: the clear winner, or one of two meetings the report covers.
    linked: bool = False


@dataclass
class SharedPassage:
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str
    similarity: float
