"""Names that look like people's and are not in the reference (`find_unknown_names`, split
from people.py): a capitalised run of two or three words that something marks as a
person's name.

Whether a run's surname speaks later in the text ("Hornung said", "said Hornung") is
asked last, of the few surnames of the runs nothing else marked, in one pass of an
automaton over the text (`latest_speaking`): indexing the words around every verb of
saying (speaker_index.SpeakerIndex) read tens of thousands of verbs for a few dozen
surnames (0.18 CPU s on a 5 MB report printed as one line; issue #10).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import ahocorasick_rs

from archive.ingest.capitalised import capitalised_runs
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention
from archive.ingest.spans import SpanIndex, is_word
from archive.ingest.speaker_index import SPEECH_VERBS

# Words that make a capitalised run not a person's name.
NON_PERSON_WORDS = frozenset(
    """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    United States Kingdom Republic Union Nations Kong Hong Korea Korean North South East West
    Sea Seas Strait Island Islands Pacific Indo-Pacific Asia Asian Europe European America
    American Africa Middle Gulf Ocean City Province Prefecture Coast Peninsula
    Japan Japanese China Chinese Taiwan Russia Russian Ukraine India Australia Australian
    Britain British Washington Tokyo Beijing Okinawa Xinjiang Moscow London Canberra
    Department Ministry Committee Council Corporation Institute Society Policy University
    Agency Center Centre Foundation Forum Group Party Army Navy Force Forces Guard Command
    Administration Government Cabinet Parliament Congress Senate House Court Office Bank
    News Press Times Post Journal Reuters Trust Principles Network Media Television Radio
    Alliance Treaty Agreement Statement Summit Conference Security Defense Defence
    Consultative Strategy Affairs Foreign State Prime Minister Secretary President
    Chief Cabinet Spokesman Ambassador Embassy General Admiral Commander Staff Desk
    Trade Economic Economy Affairs Science Technology Space Cyber Nuclear Missile
    Pentagon Kremlin White Capitol Street Road Avenue Square Hall Airport Station
    Sign Read Share Comments Leave Reply Lascia Torna Baca Related Articles Image Photo
    The This That These Those While When After Before During According Both Earlier
    Following Prior Ahead Explaining In On At For From With Our Their His Her Its
    Mr Mrs Ms Dr Sir Lord Lady
    Meeting Meetings Talks Dialogue Week Ministerial Ministers Trilateral Bilateral Assembly
    Northern Southern Ireland Scotland
    """.split()
)
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|according to|counterpart|spokesman|spokeswoman|spokesperson"
    r"|analyst|expert|professor|ambassador|envoy|official|leader|chief|director|dr\.?"
    r"|mr\.?|mrs\.?|ms\.?)\s+)$",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(
    r"^(?:,\s+(?:who|a|an|the|his|her|[A-Z]?[a-z]+['’]s)\b"
    r"|\s+(?:said|says|told|added|noted|warned|stressed|explained|argued|wrote)\b)"
)


def find_unknown_names(
    body: str,
    mentions: Sequence[Mention],
    index: ReferenceIndex,
    exclude: Iterable[str] = (),
) -> list[str]:
    """Full names that look like people and are not in the reference, in order of appearance.

    A capitalised run of two or three words counts only if none of its words is a place,
    institution or other common capitalised word (NON_PERSON_WORDS, outlet names) and
    something marks it as a person: a title in front ("President Joe Biden"), a speech
    verb or "according to" before it, ", who"/"said" after it, or its surname reused as a
    speaker elsewhere ("Hornung said").
    """
    spans = SpanIndex((m.start, m.end) for m in mentions)
    excluded = {name.casefold() for name in exclude}
    marked: set[str] = set()  # names a sign next to them marks
    # Each candidate run in order: its name, and for one no sign marks, its end and the
    # surname that must speak after it (None, -1 for a marked one).
    runs: list[tuple[str, str | None, int]] = []
    common: dict[str, bool] = {}  # a name's answer to the word test, read once
    for run in capitalised_runs(body):
        if not 2 <= run.count <= 3 or run.name in marked:
            continue
        start, end, name = run.start, run.end, run.name
        had_title = start > run.run_start
        words = name.split()
        is_common = common.get(name)
        if is_common is None:
            is_common = common[name] = name.casefold() in excluded or any(
                word in NON_PERSON_WORDS or word.casefold() in index.outlet_words for word in words
            )
        if is_common or spans.overlaps(start, end):
            continue
        if (
            had_title
            or _PERSON_BEFORE.search(body[max(0, start - 40) : start])
            or _PERSON_AFTER.match(body[end : end + 40])
        ):
            marked.add(name)
            runs.append((name, None, -1))
        else:
            runs.append((name, words[-1], end))
    latest = latest_speaking(body, {surname for _, surname, _ in runs if surname is not None})
    found: dict[str, None] = {}  # in order of appearance
    for name, surname, end in runs:
        if name not in found and (surname is None or latest[surname] >= end):
            found[name] = None  # marked, or the surname speaks later in the text
    return list(found)


_VERBS = tuple(SPEECH_VERBS.removeprefix("(?:").removesuffix(")").split("|"))


def latest_speaking(body: str, surnames: set[str]) -> dict[str, int]:
    """For each surname, the last start of a match of
    `\\b{surname}\\s+{SPEECH_VERBS}\\b|\\b{SPEECH_VERBS}\\s+{surname}\\b` in `body`
    (-1 where none): every occurrence of the surnames found in one automaton pass, read
    from the last, each checked for a verb after or before it."""
    latest = dict.fromkeys(surnames, -1)
    if not surnames:
        return latest
    ordered = sorted(surnames)
    automaton = ahocorasick_rs.AhoCorasick(ordered)
    occurrences = automaton.find_matches_as_indexes(body, overlapping=True)
    for which, start, end in reversed(occurrences):
        surname = ordered[which]
        if latest[surname] >= start:
            continue  # a later start is known (a verb before another occurrence)
        if _boundary(body, start) and _verb_after(body, end):
            latest[surname] = start
        elif _boundary(body, end):
            latest[surname] = max(latest[surname], _verb_before(body, start))
    return latest


def _boundary(body: str, at: int) -> bool:
    """`\\b` at `at`: a word character on one side only."""
    before = at > 0 and is_word(body[at - 1])
    return before != (at < len(body) and is_word(body[at]))


def _verb_after(body: str, at: int) -> bool:
    """`\\s+{SPEECH_VERBS}\\b` matches at `at`."""
    verb_at = at
    while verb_at < len(body) and body[verb_at].isspace():
        verb_at += 1
    if verb_at == at:
        return False
    return any(
        body.startswith(verb, verb_at) and _boundary(body, verb_at + len(verb)) for verb in _VERBS
    )


def _verb_before(body: str, at: int) -> int:
    """The start of a `\\b{SPEECH_VERBS}\\s+` match ending at `at`, or -1."""
    verb_end = at
    while verb_end > 0 and body[verb_end - 1].isspace():
        verb_end -= 1
    if verb_end == at:
        return -1
    for verb in _VERBS:
        verb_start = verb_end - len(verb)
        if verb_start >= 0 and body.startswith(verb, verb_start) and _boundary(body, verb_start):
            return verb_start
    return -1
