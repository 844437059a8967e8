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

Other label shapes are read the same way: a name after an honorific with its post, as
the Japanese foreign ministry prints its English press conferences ("Mr. HAYASHI
Yoshimasa, Minister for Foreign Affairs: I just held…", "Reporter: …"); a Chinese,
Japanese or Korean name ending in a title, or a role ("拜登总统：请各位就坐。",
"林外務大臣：…", "记者：…"); and such a label, or an English title and name, in brackets
before the words ("【林外務大臣】本日…", "（記者）…", "(Prime Minister Kishida) Thank
you."). Their speaker is the one known person the label names, by a mention inside it
or by surname.

A label that is a bare title ("(大臣)", "【総理】", "長官：", "THE SECRETARY:") names the
one person holding such a post whom the headline or the opening lines (before the first
turn) name: "岩屋外務大臣臨時会見記録" over "(大臣)ただいま…" is Takeshi Iwaya's turn, a
"Secretary of State Blinken at a Press Availability" line over "THE SECRETARY:" Blinken's.

A speech heading that names no one ("【开场发言】", "[Opening Statement]") on the page of
the two allies' leaders' joint press conference (the headline says so and names no
minister's post: "日美联合记者招待会", "日米共同記者会見", "Joint Press Conference") is the
statement of one of the two leaders of the day: the one it does not name, when it names
the other ("…与特朗普总统敞开心扉…" is the Japanese prime minister's). The page is the
speaker's own government's record of his side of the conference.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date

from archive.ingest.cjk import CJK_TITLES
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit
from archive.ingest.roles import holders
from archive.ingest.spans import mention_index
from archive.ingest.transcript_hosts import _leaders_statement, press_conference_host
from archive.ingest.transcript_labels import (
    _ARTICLES,
    _CJK_LABEL_ONLY,
    _ENGLISH_LABEL,
    _TITLE_PARTS,
    ANONYMOUS,
    BRACKET_TURN,
    CJK_LABEL_LONGEST,
    CJK_ROLES,
    CJK_TURN,
    FIRST_SENTENCE,
    HEADING,
    MIXED_ANONYMOUS,
    MIXED_TURN,
    NOTE,
    PERIOD_TURN,
    Q_TURN,
    SPEECH_WORDS,
    TITLE_WORDS,
    TITLES,
    TRANSCRIBER_NOTE,
    TURN,
)
from archive.ingest.turn_lookup import answering_speaker, turn_speaker  # noqa: F401 (re-exported)

MIN_TURNS = 2


def _is_speaker_label(label: str, index: ReferenceIndex | None) -> bool:
    words = {word.strip(".'’-") for word in label.split()}
    surnames = index.people_by_surname if index is not None else {}
    if words <= ANSWERERS:
        return True
    return bool(words & (ANONYMOUS | TITLES)) or any(w.title() in surnames for w in words)


# The label of the answers in a question-and-answer record ("Q: … / A: …", "問 … 答"):
# the one person the record names before its first turn (the headline included), else
# the press conference's host.
ANSWERERS = frozenset({"A", "ANSWER", "答"})


def _speaker(
    label: str,
    index: ReferenceIndex | None,
    named: frozenset[str] = frozenset(),
    on: date | None = None,
) -> str | None:
    """The one known person whose surname the label carries; of several ("MR MILLER":
    Christopher and Matthew), the one the report names (`named`), else the one holding
    an office on the report's day `on`."""
    words = [word.strip(".'’-") for word in label.split()]
    if index is None or any(word in ANONYMOUS for word in words):
        return None
    found = {
        slug
        for word in words
        if len(word) > 2
        for slug in index.people_by_surname.get(word.title(), ())
    }
    if len(found) > 1 and len(found & named) == 1:
        found &= named
    if len(found) > 1 and on is not None:
        serving = {slug for slug in found if _serving(index, slug, on)}
        found = serving if len(serving) == 1 else found
    return found.pop() if len(found) == 1 else None


def _serving(index: ReferenceIndex, slug: str, on: date) -> bool:
    """Whether the person holds one of their posts on `on`, as roles.holders reads a term
    (one with no recorded end ends when a successor's starts)."""
    person = index.people.get(slug)
    offices = person.offices if person is not None else ()
    return any(slug in holders(o.country, o.post, on, index) for o in offices)


def find_turns(
    body: str, index: ReferenceIndex | None, mentions: Sequence[Mention] = ()
) -> list[QuoteHit]:
    """A QuoteHit (form "transcript-turn") for each speaker's turn, when `body` is a
    transcript; otherwise none."""
    return [hit for hit, _ in read_turns(body, index, mentions)]


@functools.lru_cache(maxsize=1)
def paragraph_offsets(body: str) -> tuple[tuple[int, str], ...]:
    """(offset, paragraph) of each paragraph of `body` (split at blank lines). The last
    body's are kept: read_turns and quotes.find_quotes_and_roles read the same body one
    after the other (0.03 CPU s each on 5 MB)."""
    found, position = [], 0
    for paragraph in body.split("\n\n"):
        found.append((position, paragraph))
        position += len(paragraph) + 2
    return tuple(found)


def read_turns(
    body: str,
    index: ReferenceIndex | None,
    mentions: Sequence[Mention] = (),
    headline: Sequence[Mention] = (),
    joint: tuple[str, date | None] = ("", None),
) -> list[tuple[QuoteHit, Mention | None]]:
    """Each turn's QuoteHit, with a Mention of its known speaker at the label (so that
    "SECRETARY BLINKEN" counts as a mention of Antony Blinken), or None. `mentions` (the
    known people in `body`) name the speakers of speech headings; they and `headline`
    (the people the headline names) the speaker of a bare title; `joint` (the headline
    and the report's date) the leader of an unnamed statement (module docstring)."""
    paragraphs = paragraph_offsets(body)
    known = mention_index(mentions)
    matched = _matched_turns(body, paragraphs, index)
    opening = [*headline, *known.within(0, matched[0][0])] if matched else []
    host = press_conference_host(*joint, index)
    named = frozenset(mention.slug for mention in [*headline, *known]) if matched else frozenset()
    turns = [
        (
            at,
            match,
            _label_speaker(at, match, index, known, named, joint[1])
            or _bare(match, opening, index, host),
        )
        for at, match in matched
    ]
    headed = _heading_turns(paragraphs, known, index, {at for at, _ in matched}, host)
    if not matched and not headed and index is not None and joint[1] is not None:
        host = _leaders_statement(paragraphs, known, index, *joint)
        if host is not None:
            return [host]
    announced = [hit for hit in headed if hit.form == "transcript-turn"]
    if len(turns) < MIN_TURNS and not (
        len(turns) == 1 and (_titled(turns[0][1], turns[0][2]) or announced)
    ):
        turns = []
    hits = []
    for offset, match, slug in turns:
        hit = _turn(offset, match, slug)
        if hit is None:
            continue
        mention = None
        if hit.speaker_slug is not None:
            label_end = offset + match.end("label")
            mention = Mention(hit.speaker_slug, offset, label_end, body[offset:label_end])
        hits.append((hit, mention))
    hits.extend((hit, None) for hit in (announced if turns else headed))
    return hits


def _matched_turns(
    body: str, paragraphs: Sequence[tuple[int, str]], index: ReferenceIndex | None
) -> list[tuple[int, re.Match]]:
    """(offset, match) of each paragraph that opens a turn. A label alone in its
    paragraph ("Question:", "Minister:" over the answer, as the Japanese Ministry of
    Defense prints them) is read with the paragraph after it, which is then no turn of
    its own."""
    matched, joined_to = [], -1
    for number, (offset, paragraph) in enumerate(paragraphs):
        if offset == joined_to:
            continue
        alone = paragraph.rstrip()[-1:] in (":", "：")
        if alone and _LABEL_ALONE.fullmatch(paragraph) and number + 1 < len(paragraphs):
            next_offset, following = paragraphs[number + 1]
            match = _turn_match(body[offset : next_offset + len(following)], index)
            if match is not None:
                matched.append((offset, match))
                joined_to = next_offset
            continue
        match = _turn_match(paragraph, index)
        if match is not None:
            matched.append((offset, match))
    return matched


# A label alone on its line, its colon last.
_LABEL_ALONE = re.compile(r"[^\n:：]{1,60}[:：]\s*")


# A label in mixed case made of titles and a known surname, as many sites print their
# transcripts ("Secretary Blinken:", "Foreign Minister Hayashi:", "Prime Minister Kishida
# (via interpreter):", "Secretary of Defense Austin:"); a title word and one known
# surname make it a speaker's (_titled_label).
TITLED_TURN = re.compile(
    r"^(?P<label>(?:[A-Z][\w.'’-]*[^\S\n]+(?:(?:of|for|the)[^\S\n]+)?){1,5}[A-Z][\w'’-]+)"
    r"[^\S\n]*(?:\((?:[Vv]ia|[Tt]hrough|[Aa]s)[^)\n]{0,30}\)[^\S\n]*)?:[^\S\n]+(?P<text>\S.*)$",
    re.DOTALL,
)


_SAYS = re.compile(r"[.!?。？！]")


def _titled_label(label: str, index: ReferenceIndex | None) -> bool:
    words = {word.strip(".'’-").upper() for word in label.split()}
    return bool(words & TITLES) and _speaker(label, index) is not None


def _turn_match(paragraph: str, index: ReferenceIndex | None) -> re.Match | None:
    """The label and words of a turn, when `paragraph` opens with a speaker's label."""
    # TURN, TITLED_TURN and MIXED_TURN end their label in a colon, CJK_TURN in either
    # colon, PERIOD_TURN opens with a capital, Q_TURN with "Q", BRACKET_TURN with a
    # bracket: most paragraphs are spared most patterns (a 5 MB text has 17,000).
    colon = ":" in paragraph
    if colon:
        match = TURN.match(paragraph)
        if match and _is_speaker_label(match.group("label"), index):
            return match
        match = TITLED_TURN.match(paragraph)
        # (words with no sentence mark after such a label are a subtitle: "Secretary
        # Blinken: A Trip to Deepen the Alliance")
        if match and _titled_label(match.group("label"), index) and _SAYS.search(match["text"]):
            return match
    first = paragraph[:1]
    if "A" <= first <= "Z":
        match = PERIOD_TURN.match(paragraph)
        if match and _titled_label(match.group("label"), index):
            return match
        match = Q_TURN.match(paragraph) if first == "Q" else None
        if match:
            return match
    match = None
    if colon:
        match = MIXED_TURN.match(paragraph)
    if match is None and (colon or "：" in paragraph):
        match = CJK_TURN.match(paragraph)
    if match is None and first in _BRACKETS:
        match = BRACKET_TURN.match(paragraph)
        if match is not None and not _bracket_label(match.group("label"), index):
            return None
    return match


_BRACKETS = "【（(["  # what BRACKET_TURN opens with


def _bracket_label(label: str, index: ReferenceIndex | None) -> bool:
    """A bracketed speaker: a CJK name with its title or a role, a role in English, or
    an English title with a known surname ("Prime Minister Kishida")."""
    label = label.strip()
    if _CJK_LABEL_ONLY.fullmatch(label) or label.title() in MIXED_ANONYMOUS:
        return True
    if not _ENGLISH_LABEL.fullmatch(label):  # "Photo: Secretary Blinken in Tokyo" is none
        return False
    words = {word.strip(".'’-").upper() for word in label.split()}
    return bool(words & TITLES) and _speaker(label, index) is not None


def _label_speaker(
    offset: int,
    match: re.Match,
    index: ReferenceIndex | None,
    known,
    named: frozenset[str] = frozenset(),
    on: date | None = None,
) -> str | None:
    """The one known person the label names: by a mention inside it, else by surname
    (`named`: the people the report names; `on`: its day; `_speaker`)."""
    label = match.group("label")
    if {word.strip(".'’-") for word in label.split()} & ANONYMOUS:
        return None
    inside = {m.slug for m in known.within(offset, offset + match.end("label"))}
    if len(inside) == 1:
        return inside.pop()
    return _speaker(label, index, named, on)


def bare_title(label: str) -> str | None:
    """The title a label consists of ("大臣", "THE SECRETARY" -> "secretary", "THE PRIME
    MINISTER" -> "prime minister", "EL SECRETARIO" -> "secretario"), or None."""
    label = " ".join(label.split())
    if label in CJK_TITLES:
        return label
    words = label.upper().split()
    if len(words) >= 2 and words[0] in _ARTICLES and all(w in _TITLE_PARTS for w in words[1:]):
        return " ".join(words[1:]).lower()
    # With no article, a title that names a post ("MINISTER:", "Prime Minister:"), not
    # an honorific or a rank alone ("MR", "GENERAL").
    if words and all(w in _TITLE_PARTS for w in words) and _TITLE_HEADS & set(words):
        return " ".join(words).lower()
    return None


# The words that make a title (not its country or honorific), one at least in a bare one.
_TITLE_HEADS = frozenset(
    "SECRETARY MINISTER PRESIDENT SPOKESPERSON SPOKESMAN SPOKESWOMAN SECRETARIO MINISTRO"
    " PRESIDENTE PRESIDENTA CANCILLER SEGRETARIO PRIMO MENTERI PRESIDEN PORTAVOZ".split()
)


def _bare(
    match: re.Match,
    opening: Sequence[Mention],
    index: ReferenceIndex | None,
    host: Mention | None = None,
) -> str | None:
    """The one person of `opening` holding the post a bare-title label names: printed
    with that title ("岩屋外務大臣" for "大臣"), else holding an office so titled
    ("Secretary of State" for "THE SECRETARY", TITLE_WORDS for CJK titles); when
    `opening` holds no one so titled, the press conference's `host` if the title is
    the host's ("Minister:" under "Press Conference by the Defense Minister")."""
    if match.group("label").strip() in ANSWERERS:
        named = {mention.slug for mention in opening}
        if len(named) == 1:
            return named.pop()
        return host.slug if host is not None and not named else None
    title = bare_title(match.group("label"))
    if title is None:
        return None
    found = {mention.slug for mention in opening if title in mention.form}
    if not found:  # no one printed with the title: the offices the reference records
        words = TITLE_WORDS.get(title, (title,))
        for mention in opening:
            person = index.people.get(mention.slug) if index is not None else None
            offices = [office.title.lower() for office in (person.offices if person else ())]
            if any(word in office for word in words for office in offices):
                found.add(mention.slug)
    if not found and host is not None and _host_titled(title, host):
        return host.slug
    return found.pop() if len(found) == 1 else None


def _host_titled(title: str, host: Mention) -> bool:
    """Whether a bare title names the host, as printed in the headline (host.form)."""
    words = TITLE_WORDS.get(title, (title,))
    return any(word in host.form.lower() for word in words) or title in host.form


def _titled(match: re.Match, slug: str | None) -> bool:
    """A label with a title (or honorific) and one known person: a turn even on its own."""
    if slug is None:
        return False
    words = {word.strip(".'’-").upper() for word in match.group("label").split()}
    if match.re is PERIOD_TURN:  # a capitalised phrase and a full stop: two turns at least
        return False
    return bool(words & TITLES) or match.re in (CJK_TURN, BRACKET_TURN)


def _turn(offset: int, match: re.Match, slug: str | None) -> QuoteHit | None:
    text, skipped = match.group("text"), 0
    while note := NOTE.match(text[skipped:]) or TRANSCRIBER_NOTE.match(text[skipped:]):
        skipped += note.end()
    start = match.start("text") + skipped
    sentence = FIRST_SENTENCE.match(match.string, start)
    if sentence is None:
        return None
    words = sentence.group(0).rstrip()
    label = " ".join(match.group("label").split())
    return QuoteHit(
        slug, words, offset + start, offset + start + len(words), "transcript-turn", label
    )


# The section of a ministry's press conference where the minister speaks first
# ("1 発表事項", "冒頭発言"): its first paragraph is the minister's, unlabelled.
ANNOUNCEMENT = re.compile(
    r"(?:\d+\s*)?(?:発表事項|冒頭発言|冒頭挨拶|开场发言|開場發言|모두\s*발언)"
)


def _heading_speakers(
    offset: int, line: str, known, index: ReferenceIndex | None, host: Mention | None = None
):
    """(the known people who speak under the heading `line`, the turn's form), or None
    when `line` is no such heading: a speech heading or a bracketed speaker naming them
    ("[Opening Statement by Prime Minister Kishida]", "(ポンペオ米国務長官)"), a name
    with its title alone on its line ("エスパー国防長官", as the Ministry of Defense prints
    a joint press conference's speakers), or a press conference's announcements, spoken
    by the one person named before them, else by the `host` the headline names by post."""
    heading = HEADING.match(line)
    if heading is not None:
        inside = heading.group("inside")
        if SPEECH_WORDS.search(inside):
            return known.within(offset, offset + len(line)), "speech-heading"
        if _bracket_label(inside, index):
            return known.within(offset, offset + len(line)), "transcript-turn"
        return None
    if _speaker_line(line):
        return known.within(offset, offset + len(line)), "transcript-turn"
    if ANNOUNCEMENT.fullmatch(line.strip()):
        return known.within(0, offset) or ([host] if host else []), "transcript-turn"
    return None


def _speaker_line(line: str) -> bool:
    """A CJK name ending in a title, alone on its line (no role: "記者" is a heading's
    word too)."""
    line = line.strip()
    return (
        len(line) <= CJK_LABEL_LONGEST
        and bool(_CJK_LABEL_ONLY.fullmatch(line))
        and line not in CJK_ROLES
        and bare_title(line) is None
    )


# The last characters of ANNOUNCEMENT's words: a long line ending otherwise is none.
_ANNOUNCEMENT_ENDS = "項言拶언"
# A HEADING line holds at most 80 characters between its brackets, a speaker line at most
# CJK_LABEL_LONGEST (blanks around them aside); only ANNOUNCEMENT's numbers run longer.
_LONGEST_HEADING = max(82, CJK_LABEL_LONGEST)


def _heading_turns(
    paragraphs: Sequence[tuple[int, str]],
    known,
    index: ReferenceIndex | None,
    labelled: set[int] = frozenset(),
    host: Mention | None = None,
) -> list[QuoteHit]:
    """The first sentence under each heading that names one known speaker
    (`_heading_speakers`), unless that paragraph has a label of its own."""
    hits = []
    for (offset, line), (next_offset, paragraph) in zip(paragraphs, paragraphs[1:], strict=False):
        if len(line) > _LONGEST_HEADING:  # most paragraphs: too long for any heading
            stripped = line.strip()
            if len(stripped) > _LONGEST_HEADING and not (
                stripped[-1] in _ANNOUNCEMENT_ENDS and ANNOUNCEMENT.fullmatch(stripped)
            ):
                continue
        found = _heading_speakers(offset, line, known, index, host)
        if found is None or next_offset in labelled:
            continue
        speakers, form = found
        if len({m.slug for m in speakers}) != 1 or HEADING.match(paragraph):
            continue
        if _speaker_line(paragraph):  # "1 冒頭発言" over "エスパー国防長官": the name speaks
            continue
        start = len(paragraph) - len(paragraph.lstrip())
        sentence = FIRST_SENTENCE.match(paragraph, start)
        if sentence is None:
            continue
        words = sentence.group(0).rstrip()
        begin = next_offset + start
        if _speaker_line(line) and any(
            m.slug == speakers[0].slug for m in known.within(begin, begin + len(words))
        ):
            # "林外相" over "林外務大臣は7日、…会談した。": a headline over narration that
            # names the person, not a turn the person speaks.
            continue
        name = speakers[0].form
        hits.append(QuoteHit(speakers[0].slug, words, begin, begin + len(words), form, name))
    return hits
