"""Transcripts: each speaker's turn is a quote of its speaker.

Government transcripts (press availabilities, joint press conferences) print every turn
as a paragraph that opens with the speaker's label in capitals:

    SECRETARY BLINKEN: Good evening, everyone. Very good to see you all.
    DEFENSE MINISTER HAMADA (THROUGH TRANSLATOR): First, I would like to …
    QUESTION: Thank you. …

Each turn gives one quote: its first sentence, without the label and without a
"(Via interpreter)" note. The speaker is the one known person whose surname the label
carries ("SECRETARY BLINKEN" -> Antony Blinken, "HAMADA YASUKAZU" -> Yasukazu Hamada);
a questioner, moderator or staff member is nobody (the label is kept as the name). A
label must carry a title, a known surname or such a role ("READ MORE:" is no speaker),
and a body is read as a transcript only when at least MIN_TURNS paragraphs open this
way, so that a wire dateline in capitals ("TOKYO: …") is never a speaker.
"""

from __future__ import annotations

import re

from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit

MIN_TURNS = 2
_WORD = r"[A-Z][A-Z.'’-]*"
TURN = re.compile(
    rf"^(?P<label>{_WORD}(?:[^\S\n]+{_WORD}){{0,7}})"
    r"(?:\s*\((?:THROUGH|VIA)\s+(?:AN?\s+)?(?:TRANSLATOR|INTERPRETER)\))?"
    r"\s*:\s+(?P<text>\S.*)$",
    re.DOTALL,
)
NOTE = re.compile(r"^\((?:via|through)\s+(?:an?\s+)?(?:interpreter|translator)\)\s*", re.I)
FIRST_SENTENCE = re.compile(r".+?(?:[.!?…][”\"’)]*(?=\s+[A-Z“\"‘(])|$)", re.DOTALL)
# Labels of people who are nobody in particular.
ANONYMOUS = frozenset(
    """QUESTION Q MODERATOR STAFF OPERATOR PARTICIPANT PARTICIPANTS AUDIENCE REPORTER
    JOURNALIST INTERPRETER TRANSLATOR OFFICIAL""".split()
)


# Words that make a capitalised label a speaker's (not "READ MORE:" or "BACA JUGA:").
TITLES = frozenset(
    """SECRETARY MINISTER PRESIDENT PRIME VICE DEPUTY UNDER ASSISTANT AMBASSADOR GENERAL
    ADMIRAL SPOKESPERSON SPOKESMAN SPOKESWOMAN MR MRS MS DR SENATOR GOVERNOR CHAIRMAN
    CHAIR DIRECTOR ADVISOR ADVISER COMMANDER""".split()
)


def _is_speaker_label(label: str, index: ReferenceIndex | None) -> bool:
    words = {word.strip(".'’-") for word in label.split()}
    surnames = index.people_by_surname if index is not None else {}
    return bool(words & (ANONYMOUS | TITLES)) or any(w.title() in surnames for w in words)


def _speaker(label: str, index: ReferenceIndex | None) -> str | None:
    words = [word.strip(".'’-") for word in label.split()]
    if index is None or any(word in ANONYMOUS for word in words):
        return None
    found = {
        slug
        for word in words
        if len(word) > 2
        for slug in index.people_by_surname.get(word.title(), ())
    }
    return found.pop() if len(found) == 1 else None


def find_turns(body: str, index: ReferenceIndex | None) -> list[QuoteHit]:
    """A QuoteHit (form "transcript-turn") for each speaker's turn, when `body` is a
    transcript; otherwise none."""
    return [hit for hit, _ in read_turns(body, index)]


def read_turns(body: str, index: ReferenceIndex | None) -> list[tuple[QuoteHit, Mention | None]]:
    """Each turn's QuoteHit, with a Mention of its known speaker at the label (so that
    "SECRETARY BLINKEN" counts as a mention of Antony Blinken), or None."""
    turns = []
    position = 0
    for paragraph in body.split("\n\n"):
        match = TURN.match(paragraph)
        if match and _is_speaker_label(match.group("label"), index):
            turns.append((position, match))
        position += len(paragraph) + 2
    if len(turns) < MIN_TURNS:
        return []
    hits = []
    for offset, match in turns:
        text = match.group("text")
        note = NOTE.match(text)
        start = match.start("text") + (note.end() if note else 0)
        sentence = FIRST_SENTENCE.match(match.string, start)
        if sentence is None:
            continue
        words = sentence.group(0).rstrip()
        label = " ".join(match.group("label").split())
        slug = _speaker(label, index)
        hit = QuoteHit(
            slug, words, offset + start, offset + start + len(words), "transcript-turn", label
        )
        mention = None
        if slug is not None:
            label_end = offset + match.end("label")
            mention = Mention(slug, offset, label_end, body[offset:label_end])
        hits.append((hit, mention))
    return hits
