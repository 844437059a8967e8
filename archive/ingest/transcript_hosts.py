"""Who holds a transcript that names no one at its turns: the host a Japanese ministry's
press-conference headline names by post alone ("防衛大臣臨時記者会見", "Press Conference by
the Defense Minister"), and the leader a joint press conference's unnamed statement
belongs to (transcripts.py's module docstring). Split from transcripts.py."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit
from archive.ingest.roles import holders
from archive.ingest.transcript_labels import FIRST_SENTENCE, HEADING, SPEECH_WORDS

# A Japanese ministry's press conference headed by its host's post alone ("防衛大臣臨時
# 記者会見", "外務大臣会見記録", "総理大臣記者会見"), not a joint one ("日米防衛相共同記者会見").
# Its English pages word it "Press Conference by the Defense Minister", "…by Foreign
# Minister KAMIKAWA Yoko" (the United States has no ministers).
HOST_POSTS = (
    (
        # The Defense Agency's head before 2007: "防衛庁長官", "Director General of the
        # Defense Agency", "Minister of State for Defense".
        re.compile(
            r"防衛大臣|防衛相|防衛庁長官|(?i:defen[cs]e\s+minister|minister\s+of\s+(?:state\s+for\s+)?"
            r"defen[cs]e|director[\s-]+general\s+of\s+(?:the\s+)?(?:japan\s+)?defen[cs]e\s+agency)"
        ),
        "defense",
    ),
    (
        re.compile(r"外務大臣|外相|(?i:foreign\s+minister|minister\s+for\s+foreign\s+affairs)"),
        "foreign",
    ),
    (re.compile(r"内閣総理大臣|総理大臣|総理|首相|(?i:prime\s+minister)"), "head_of_government"),
)
HOST_CONFERENCE = re.compile(r"^(?!.*共同).*会見|^(?i:(?!.*joint).*press\s+conference\s+by\b)")


def press_conference_host(
    title: str, on: date | None, index: ReferenceIndex | None
) -> Mention | None:
    """The Japanese officeholder on `on` whose post alone the press conference's headline
    `title` names (the Ministry's record of its own minister), as a Mention of the post
    as printed (no offsets: it is not in the body); None otherwise."""
    if index is None or on is None or not HOST_CONFERENCE.search(title):
        return None
    for pattern, post in HOST_POSTS:
        match = pattern.search(title)
        if match is not None:
            found = holders("Japan", post, on, index)
            return Mention(found[0], 0, 0, match.group(0)) if len(found) == 1 else None
    return None


# The headline of the two leaders' joint press conference, and a minister's post in it.
JOINT_PRESS_CONFERENCE = re.compile(
    r"(?i:joint\s+press\s+(?:conference|availability)|conferencia\s+de\s+prensa\s+conjunta"
    r"|rueda\s+de\s+prensa\s+conjunta|konferensi\s+pers\s+bersama"
    r"|conferenza\s+stampa\s+congiunta)"
    r"|共同記者会見|共同記者発表|联合记者招待会|联合记者会|联合新闻发布会|聯合記者會|공동\s?기자회견"
)
MINISTERS_POST = re.compile(
    r"(?i:(?<!prime\s)minister|secretary|(?<!primer\s)ministro|(?<!perdana\s)menteri"
    r"|segretario|2\s*\+\s*2)"
    r"|外相|外務大臣|防衛大臣|防衛相|国務長官|国防長官|外长|外長|防长|防長|国务卿|國務卿|国防部长"
    r"|국무장관|국방장관|외무상|방위상|외교장관|국방부\s?장관"
)
LEADERS = (("United States", "head_of_state"), ("Japan", "head_of_government"))


def _leaders_statement(
    paragraphs: Sequence[tuple[int, str]], known, index: ReferenceIndex, title: str, on: date
) -> tuple[QuoteHit, Mention] | None:
    """The first sentence under an unnamed speech heading on a leaders' joint press
    conference page, as the statement of the leader it does not name (module docstring),
    with a Mention of him at the heading; None otherwise."""
    if not JOINT_PRESS_CONFERENCE.search(title) or MINISTERS_POST.search(title):
        return None
    for number, (offset, line) in enumerate(paragraphs[:-1]):
        heading = HEADING.match(line)
        if heading is None or not SPEECH_WORDS.search(heading.group("inside")):
            continue
        if known.within(0, offset + len(line)):
            return None  # someone is named before the statement: not an unnamed one
        after = [p for p in paragraphs[number + 1 :]]
        ends = [o for o, text in after if HEADING.match(text)]
        statement_end = ends[0] if ends else paragraphs[-1][0] + len(paragraphs[-1][1])
        named = {m.slug for m in known.within(offset, statement_end)}
        leaders = [holders(country, post, on, index) for country, post in LEADERS]
        if any(len(held) != 1 for held in leaders):
            return None
        unnamed = [held[0] for held in leaders if held[0] not in named]
        if len(unnamed) != 1:
            return None
        next_offset, paragraph = after[0]
        start = len(paragraph) - len(paragraph.lstrip())
        sentence = FIRST_SENTENCE.match(paragraph, start)
        if sentence is None or HEADING.match(paragraph):
            return None
        words, begin = sentence.group(0).rstrip(), next_offset + start
        name = heading.group("inside")
        hit = QuoteHit(unnamed[0], words, begin, begin + len(words), "speech-heading", name)
        return hit, Mention(unnamed[0], offset, offset + len(line), line.strip())
    return None


# A line in brackets that sums up the question put to the host, as the Prime Minister's
# Office prints its press conferences ("(On the aims of the Prime Minister's visit …)",
# "（訪米の狙いについて）"): the paragraph under it is the host's answer.
QUESTION_SUMMARY = re.compile(
    r"\s*(?:\((?:On|Regarding|About)\s[^()\n]{3,}\)|（[^（）\n]{2,}について）|\([^()\n]{2,}について\))\s*"
)


def host_answers(paragraphs: Sequence[tuple[int, str]], host: Mention) -> list[QuoteHit]:
    """The first sentence of each paragraph under a QUESTION_SUMMARY line, as the `host`'s
    turn (a press conference whose headline names its host, with no labelled turns)."""
    hits = []
    for (_, line), (offset, paragraph) in zip(paragraphs, paragraphs[1:], strict=False):
        if len(line) > 600 or not QUESTION_SUMMARY.fullmatch(line):
            continue
        start = len(paragraph) - len(paragraph.lstrip())
        sentence = FIRST_SENTENCE.match(paragraph, start)
        if sentence is None or QUESTION_SUMMARY.fullmatch(paragraph):
            continue
        words, begin = sentence.group(0).rstrip(), offset + start
        hits.append(
            QuoteHit(host.slug, words, begin, begin + len(words), "transcript-turn", host.form)
        )
    return hits
