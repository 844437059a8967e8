"""How each field of a parsed report is scored against its label: counts for precision
(of what the pipeline gave, how much is right) and recall (of what the label holds, how
much the pipeline found), added up over reports (micro-averaged).

Every comparison of text collapses whitespace and applies Unicode NFC, nothing more: the
labels are copied from the very bytes the pipeline reads.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from archive.evaluation.corpus import Label, LabeledMeeting, LabeledQuote
from archive.evaluation.reference import MeetingFacts
from archive.ingest import ParsedReport, QuoteHit, Reference

FIELDS = ("people", "meeting", "published", "title", "noise", "kept", "quotes")

# Lines the pipeline took out of the body because it read them as a field of the report,
# not because it judged them page chrome: they are no claim that the line is noise.
FIELD_REASONS = frozenset({"title", "date line", "byline", "credit line"})

MEETING_DATE_SLACK = timedelta(days=1)  # labels give the local date; meetings their host's
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass
class Counts:
    """`matched` of `predicted` pipeline answers were right; `found` of `labeled` label
    items were found. A field with no notion of a pipeline answer (kept sentences) leaves
    `predicted` at zero and has no precision."""

    matched: int = 0
    predicted: int = 0
    found: int = 0
    labeled: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.matched + other.matched,
            self.predicted + other.predicted,
            self.found + other.found,
            self.labeled + other.labeled,
        )

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.labeled if self.labeled else None

    def as_dict(self) -> dict:
        return {
            "matched": self.matched,
            "predicted": self.predicted,
            "found": self.found,
            "labeled": self.labeled,
            "precision": _rounded(self.precision),
            "recall": _rounded(self.recall),
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class FieldScore:
    """One field of one report: its counts and, for a reader, what went wrong."""

    counts: Counts
    wrong: list[str] = field(default_factory=list)  # pipeline answers the label lacks
    missed: list[str] = field(default_factory=list)  # label items the pipeline did not give


def normalise(text: str) -> str:
    """NFC, whitespace runs as one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def overlaps(a: str, b: str) -> bool:
    """Either normalised text inside the other; an empty text overlaps nothing."""
    a, b = normalise(a), normalise(b)
    return bool(a) and bool(b) and (a in b or b in a)


# --- people -------------------------------------------------------------------------------


def _loose_name(name: str) -> str:
    """A name without dots, middle initials or generational suffixes, given name and
    surname only: "Lloyd J. Austin III" and "Lloyd Austin" alike."""
    words = [w.strip(".,").casefold() for w in normalise(name).split()]
    words = [w for w in words if w and w not in NAME_SUFFIXES and len(w) > 1]
    if len(words) > 2:
        words = [words[0], words[-1]]
    return " ".join(words)


class NameResolver:
    """A label's canonical English name to the slug of the reference's person: by any
    name or alias exactly (case aside), or else by given name and surname without middle
    names and suffixes. A form two people share resolves to neither."""

    def __init__(self, reference: Reference):
        self.names = {person.slug: person.name for person in reference.people}
        exact: dict[str, set[str]] = {}
        loose: dict[str, set[str]] = {}
        for person in reference.people:
            for form in (person.name, *person.aliases):
                exact.setdefault(normalise(form).casefold(), set()).add(person.slug)
                loose.setdefault(_loose_name(form), set()).add(person.slug)
        self._exact = {k: next(iter(v)) for k, v in exact.items() if k and len(v) == 1}
        self._loose = {k: next(iter(v)) for k, v in loose.items() if k and len(v) == 1}

    def slug(self, name: str) -> str | None:
        return self._exact.get(normalise(name).casefold()) or self._loose.get(_loose_name(name))

    def key(self, name: str) -> str:
        """The slug, or the name itself marked as unknown to the reference."""
        return self.slug(name) or f"?{name}"

    def name(self, key: str) -> str:
        return key[1:] if key.startswith("?") else self.names.get(key, key)


def score_people(parsed: ParsedReport, label: Label, names: NameResolver) -> FieldScore:
    tagged = {mention.slug for mention in parsed.people}
    wanted = {names.key(name) for name in label.people}
    return FieldScore(
        Counts(len(tagged & wanted), len(tagged), len(tagged & wanted), len(wanted)),
        wrong=sorted(names.name(key) for key in tagged - wanted),
        missed=sorted(names.name(key) for key in wanted - tagged),
    )


# --- meeting ------------------------------------------------------------------------------


def meeting_matches(labeled: LabeledMeeting, meeting: MeetingFacts) -> bool:
    """Same kind (the labels use `MeetingKind`'s values; the archive's "ministerial", other
    ministers' meetings, is none of the labels' kinds), and the label's date within a day of
    the meeting's days (from its first local date when it has one). A label without a date
    matches on the kind alone."""
    if labeled.kind != meeting.kind:
        return False
    if labeled.date is None:
        return True
    first = min(meeting.start, meeting.first_local_date or meeting.start)
    return first - MEETING_DATE_SLACK <= labeled.date <= meeting.end + MEETING_DATE_SLACK


def linked_meetings(parsed: ParsedReport, meetings: dict[str, MeetingFacts]) -> list:
    """Every meeting the pipeline links automatically: the clear winner
    (`auto_meeting_slug`) and any other suggestion marked linked (a report covering two
    meetings links both)."""
    slugs = [parsed.auto_meeting_slug] if parsed.auto_meeting_slug else []
    slugs += [s.slug for s in parsed.meetings if s.linked and s.slug not in slugs]
    missing = [slug for slug in slugs if slug not in meetings]
    if missing:
        raise KeyError(f"the pipeline linked {missing!r}, which the reference does not hold")
    return [meetings[slug] for slug in slugs]


def score_meeting(
    parsed: ParsedReport, label: Label, meetings: dict[str, MeetingFacts]
) -> FieldScore:
    """The meetings the pipeline links against the label's meetings. "No meeting" on both
    sides is one right answer; a link that matches no labeled meeting is a wrong one (a link
    where the label has none too); each labeled meeting no link matches is missed."""
    linked = linked_meetings(parsed, meetings)
    if not linked and not label.meetings:
        return FieldScore(Counts(1, 1, 1, 1))
    hits = [m for m in label.meetings if any(meeting_matches(m, one) for one in linked)]
    right = [one for one in linked if any(meeting_matches(m, one) for m in label.meetings)]
    missed = [f"{m.kind} {m.date or 'undated'}" for m in label.meetings if m not in hits]
    wrong = [f"{one.slug} ({one.kind})" for one in linked if one not in right]
    if not linked:
        return FieldScore(Counts(0, 0, 0, len(label.meetings)), missed=missed)
    if not label.meetings:
        return FieldScore(Counts(0, len(linked), 0, 1), wrong=wrong, missed=["none"])
    return FieldScore(
        Counts(len(right), len(linked), len(hits), len(label.meetings)),
        wrong=wrong,
        missed=missed,
    )


# --- published and title --------------------------------------------------------------------


def score_published(parsed: ParsedReport, label: Label) -> FieldScore:
    """Exact date. A label without a date is right only when the pipeline gives none."""
    given, wanted = parsed.published, label.published
    if wanted is None:
        if given is None:
            return FieldScore(Counts(1, 1, 1, 1))
        return FieldScore(Counts(0, 1, 0, 1), wrong=[given.isoformat()], missed=["none"])
    return _single(given.isoformat() if given else None, wanted.isoformat())


def score_title(parsed: ParsedReport, label: Label) -> FieldScore | None:
    """Exact after normalisation; a label without a title is not scored (None)."""
    if label.title is None:
        return None
    return _single(normalise(parsed.title) or None, normalise(label.title))


def _single(given: str | None, wanted: str) -> FieldScore:
    if given is None:
        return FieldScore(Counts(0, 0, 0, 1), missed=[wanted])
    right = int(given == wanted)
    return FieldScore(
        Counts(right, 1, right, 1),
        wrong=[] if right else [given],
        missed=[] if right else [wanted],
    )


# --- body: noise and kept sentences ---------------------------------------------------------


def body_lines(body: str) -> list[str]:
    return [normalise(line) for line in body.split("\n") if normalise(line)]


def score_noise(parsed: ParsedReport, label: Label) -> FieldScore:
    """Whole lines after normalisation, counted with their repeats. Recall: each labeled
    noise line is not a line of the clean body. Precision: each line the pipeline dropped
    as chrome (not read as the title, date, byline or a credit) is a labeled noise line."""
    in_body = Counter(body_lines(parsed.body))
    noise = [normalise(line) for line in label.noise_lines]
    found, missed = 0, []
    for line in noise:
        if in_body[line] > 0:
            in_body[line] -= 1
            missed.append(line)
        else:
            found += 1
    unclaimed = Counter(noise)
    dropped = [normalise(d.line) for d in parsed.dropped if d.reason not in FIELD_REASONS]
    matched, wrong = 0, []
    for line in dropped:
        if unclaimed[line] > 0:
            unclaimed[line] -= 1
            matched += 1
        else:
            wrong.append(line)
    return FieldScore(Counts(matched, len(dropped), found, len(noise)), wrong=wrong, missed=missed)


def score_kept(parsed: ParsedReport, label: Label) -> FieldScore:
    """Each labeled sentence inside the normalised clean body (recall only). A very short
    page's label may give its headline as the one line to keep (eval/corpus/README.md):
    read as the title, it is kept, though no longer in the body."""
    body, title = normalise(parsed.body), normalise(parsed.title)

    def kept(sentence: str) -> bool:
        sentence = normalise(sentence)
        return bool(sentence) and (sentence in body or sentence == title)

    missed = [s for s in label.kept_sentences if not kept(s)]
    kept = len(label.kept_sentences)
    return FieldScore(Counts(0, 0, kept - len(missed), kept), missed=missed)


# --- quotes ---------------------------------------------------------------------------------


def quote_matches(hit: QuoteHit, labeled: LabeledQuote, names: NameResolver) -> bool:
    """The texts overlap and, when the label names a speaker, the pipeline names the same."""
    if not overlaps(hit.text, labeled.text):
        return False
    return labeled.speaker is None or names.key(labeled.speaker) == hit.speaker_slug


def score_quotes(parsed: ParsedReport, label: Label, names: NameResolver) -> FieldScore:
    right = [
        i
        for i, hit in enumerate(parsed.quotes)
        if any(quote_matches(hit, q, names) for q in label.quotes)
    ]
    found = [
        i
        for i, q in enumerate(label.quotes)
        if any(quote_matches(hit, q, names) for hit in parsed.quotes)
    ]

    def shown(text: str, speaker: str | None) -> str:
        return f"{speaker or 'unattributed'}: {normalise(text)[:80]}"

    return FieldScore(
        Counts(len(right), len(parsed.quotes), len(found), len(label.quotes)),
        wrong=[
            shown(h.text, names.name(h.speaker_slug) if h.speaker_slug else None)
            for i, h in enumerate(parsed.quotes)
            if i not in right
        ],
        missed=[shown(q.text, q.speaker) for i, q in enumerate(label.quotes) if i not in found],
    )
