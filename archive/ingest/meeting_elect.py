"""A president-elect dates the text that names one: "トランプ次期大統領", "President-elect
Biden", "바이든 당선인", "候任总统拜登" are written between the election and the
inauguration: an undated report that names one covers no meeting held outside that
transition. Pure: no Django."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from datetime import date, timedelta

from archive.ingest import prefilter
from archive.ingest.reference import KnownMeeting, ReferenceIndex

_ELECT_WORDS = (
    r"president[- ]elect|presidente electo|presidente eletto|presiden terpilih"
    r"|次期大統領|当选总统|當選總統|候任总统|候任總統|대통령\s?당선인|당선인"
)
ELECT = re.compile(_ELECT_WORDS, re.IGNORECASE)
# The same matches read on the folded text (prefilter.fold): a case-sensitive pattern
# lets `re` skip to its first letters in C, where the caseless one is tried at every
# character of the report (a tenth of the meetings' cost on a long report, issue #10).
_ELECT_FOLDED = prefilter.folded_pattern(_ELECT_WORDS)
# From the election (early November) to the inauguration (20 January), with room.
TRANSITION = timedelta(days=90)
NEAR = 30  # characters either side of the words where the president-elect's name is
ELECT_POINTS = -0.15


# Where each of ELECT's matches begins: at one of these, or, for "대통령\s?당선인", three
# or four characters before "당선인" (`_elect_matches`).
ELECT_HEADS = (
    "president-elect", "president elect", "presidente electo", "presidente eletto",
    "presiden terpilih", "次期大統領", "当选总统", "當選總統", "候任总统", "候任總統", "당선인",
)  # fmt: skip
_BEFORE_KOREAN = ("대통령 ", "대통령")


def _elect_matches(folded: str, names: prefilter.Needles | None) -> Iterator[re.Match]:
    """`_ELECT_FOLDED.finditer(folded)`; with `names` (an automaton holding ELECT_HEADS
    that has just read `folded`: `meeting_names`), tried only where a match can begin."""
    if names is None:
        return _ELECT_FOLDED.finditer(folded)
    starts = set()
    for at in names.starts_of(frozenset(ELECT_HEADS), folded):
        starts.add(at)
        starts.update(at - len(word) for word in _BEFORE_KOREAN if at >= len(word))
    return prefilter.tried_at(_ELECT_FOLDED, folded, sorted(starts))


def elect_window(
    body: str,
    index: ReferenceIndex,
    folded: str | None = None,
    names: prefilter.Needles | None = None,
) -> tuple[tuple[date, date], ...]:
    """The transitions, (first day, inauguration), of the head of state the text calls
    president-elect: a known head of state whose name is next to the words (each of
    their terms: a text about the president-elect Trump of 2016 or of 2024). `folded`
    is `prefilter.fold(body)` when the caller has it; `names`, see `_elect_matches`."""
    windows: list[tuple[date, date]] = []
    folded = prefilter.fold(body) if folded is None else folded
    for match in _elect_matches(folded, names):  # ELECT's matches in `body`, same spans
        near = body[max(0, match.start() - NEAR) : match.end() + NEAR]
        for person in index.people.values():
            starts = [o.start for o in person.offices if o.post == "head_of_state" and o.start]
            if not starts or not any(form in near for form in _forms(person.name, person.aliases)):
                continue
            windows.extend((start - TRANSITION, start) for start in starts)
    return tuple(dict.fromkeys(windows))


def _forms(name: str, aliases: Collection[str]) -> list[str]:
    """The person's name, aliases and surname: three letters or more in Latin script, two
    characters or more in another ("ドウ")."""
    forms = (name, *aliases, name.split()[-1])
    return [form for form in forms if len(form) >= (3 if form.isascii() else 2)]


def elect_evidence(
    meeting: KnownMeeting, windows: tuple[tuple[date, date], ...], *, dated: bool
) -> tuple[float, list[str]]:
    """A report without a date of its own that calls someone president-elect is not
    about a meeting held outside that transition (a day's slack either side)."""
    if dated or not windows:
        return 0.0, []
    slack = timedelta(days=1)
    if any(first - slack <= meeting.start <= last + slack for first, last in windows):
        return 0.0, []
    return ELECT_POINTS, ["the text names a president-elect: held outside the transition"]


# The opening's first sentence ends at a stop before a space, or at the line's end.
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[。！？]|[.!?](?=\s)|$)", re.MULTILINE)


def opening_and_headline(body: str) -> str:
    """The text's first sentence and its last line (the pipeline puts the headline
    last): where a report of the transition calls the president-elect so, and a
    report of a later meeting does not (it recalls the transition further down)."""
    text = body.strip()
    first_end, last_start = text.find("\n"), text.rfind("\n")
    first = _FIRST_SENTENCE.match(text, 0, len(text) if first_end < 0 else first_end)
    last = text[last_start + 1 :] if last_start >= 0 else ""
    return f"{first.group(0) if first else ''}\n{last}"


def outside_transition(
    meeting: KnownMeeting | None, windows: tuple[tuple[date, date], ...], *, dated: bool
) -> bool:
    """The meeting is one `elect_evidence` holds against, with `windows` read in the
    opening and the headline only (`opening_and_headline`): the report, without a date
    of its own, opens on a president-elect, and the meeting was held outside that
    transition. Such a meeting is never linked automatically: a report of the transition
    tells a meeting of the president-elect (one the reference may not hold as a
    summit), not one of the years after."""
    return meeting is not None and elect_evidence(meeting, windows, dated=dated)[0] < 0
