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
from archive.ingest.cjk_subjects import name_role
from archive.ingest.quote_marks import opens_with_quote
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit
from archive.ingest.spans import mention_index
from archive.ingest.transcript_hosts import (
    _leaders_statement,
    host_answers,
    press_conference_host,
)
from archive.ingest.transcript_labels import (
    _CJK_LABEL_ONLY,
    ANONYMOUS,
    BRACKET_TURN,
    CJK_ANSWERS,
    CJK_LABEL_LONGEST,
    CJK_ROLES,
    CJK_TURN,
    FIRST_SENTENCE,
    HEADING,
    MARKED_TURN,
    MIXED_ANONYMOUS,
    MIXED_TURN,
    NOTE,
    PERIOD_TURN,
    Q_TURN,
    SPACED_QA_TURN,
    SPEECH_WORDS,
    SURNAME_TURN,
    TITLES,
    TRANSCRIBER_NOTE,
    TURN,
    cjk_words,
)
from archive.ingest.turn_lookup import answering_speaker, turn_speaker  # noqa: F401 (re-exported)
from archive.ingest.turn_speakers import (  # noqa: F401 (bare_title, _speaker re-exported)
    ANSWERERS,
    _bare,
    _bracket_label,
    _host_titled,
    _is_speaker_label,
    _label_speaker,
    _speaker,
    as_surname,
    bare_title,
)

MIN_TURNS = 2


def find_turns(
    body: str, index: ReferenceIndex | None, mentions: Sequence[Mention] = ()
) -> list[QuoteHit]:
    """A QuoteHit (form "transcript-turn") for each speaker's turn, when `body` is a
    transcript; otherwise none."""
    return [hit for hit, _ in read_turns(body, index, mentions)]


# The particles that make a CJK name someone's partner ("マティス国防長官との間で",
# "오스틴 장관과의 회담"), not the speaker. Not "に" or "を", which also follow the host
# ("山田防衛大臣を囲む記者会見", "大臣にお越しいただきました"), nor "と" alone, which quotes
# a name ("北澤と申します").
PARTNER_PARTICLES = frozenset("との 과 와 과의 와의".split())


def _not_partners(body: str, mentions: Sequence[Mention]) -> list[Mention]:
    """`mentions`, less the CJK names marked as someone's partner ("私とマティス国防長官との
    間で会談を実施する": the minister's counterpart, not who answers; "与…会谈" in Chinese)."""
    kept = []
    for mention in mentions:
        role, particle = name_role(body, mention.start, mention.end)
        if particle not in PARTNER_PARTICLES and (role, particle) != ("other", ""):
            kept.append(mention)
    return kept


def _answerer(turns: Sequence[tuple[int, re.Match, str | None]]) -> Mention | None:
    """The one known person every answer of a question-and-answer record ("A:", "答")
    is read as spoken by, as a Mention of its label (no offsets); None otherwise."""
    answers = [
        (match, slug) for _, match, slug in turns if match.group("label").strip() in ANSWERERS
    ]
    speakers = {slug for _, slug in answers}
    if len(speakers) != 1 or None in speakers:
        return None
    return Mention(speakers.pop(), 0, 0, answers[0][0].group("label").strip())


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
    opening = [*headline, *_not_partners(body, known.within(0, matched[0][0]))] if matched else []
    host = press_conference_host(*joint, index)
    named = frozenset(mention.slug for mention in [*headline, *known]) if matched else frozenset()
    turns = [
        (
            at,
            match,
            _label_speaker(at, match, index, known, named, joint[1])
            or _bare(match, opening, index, host, joint[1]),
        )
        for at, match in matched
    ]
    # A press conference's announcements are the host's, or else the one who answers.
    announcer = host or _answerer(turns)
    headed = _heading_turns(paragraphs, known, index, {at for at, _ in matched}, announcer)
    if not matched and not headed and host is not None:
        answers = host_answers(paragraphs, host)  # "(On …)" over the host's answer
        if answers:
            return [(hit, None) for hit in answers]
    if not matched and not headed and index is not None and joint[1] is not None:
        host = _leaders_statement(paragraphs, known, index, *joint)
        if host is not None:
            return [host]
    announced = [hit for hit in headed if hit.form == "transcript-turn"]
    spoken = bool(SPOKEN_PAGE.search(joint[0]))
    if len(turns) < MIN_TURNS and not (
        len(turns) == 1 and (_titled(*turns[0], spoken=spoken) or announced)
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
    """A title and a known surname: "Secretary Blinken", and "President Bush" too, whom
    two presidents share (the turn's speaker is then told by the report, _label_speaker)."""
    words = {word.strip(".'’-").upper() for word in label.split()}
    if not words & TITLES or index is None:
        return False
    surnames = index.people_by_surname
    return any(len(word) > 2 and as_surname(word) in surnames for word in words)


def _the_title(label: str) -> bool:
    """A title after an article, as The American Presidency Project prints the President's
    turns ("The President. Thank you."): a bare title (_bare)."""
    return label.startswith("The ") and bare_title(label) is not None


def _turn_match(paragraph: str, index: ReferenceIndex | None) -> re.Match | None:
    """The label and words of a turn, when `paragraph` opens with a speaker's label."""
    # TURN, TITLED_TURN and MIXED_TURN end their label in a colon, CJK_TURN in either
    # colon, PERIOD_TURN opens with a capital, Q_TURN with "Q", BRACKET_TURN with a
    # bracket: most paragraphs are spared most patterns (a 5 MB text has 17,000).
    colon, wide = ":" in paragraph, "：" in paragraph
    if colon or wide:
        match = TURN.match(paragraph)
        if match and _is_speaker_label(match.group("label"), index):
            return match
    if colon:
        match = TITLED_TURN.match(paragraph)
        # (words with no sentence mark after such a label are a subtitle: "Secretary
        # Blinken: A Trip to Deepen the Alliance")
        if match and _titled_label(match.group("label"), index) and _SAYS.search(match["text"]):
            return match
        match = SURNAME_TURN.match(paragraph)
        if match and _speaker(match["label"], index) is not None and _SAYS.search(match["text"]):
            return match
    first = paragraph[:1]
    if "A" <= first <= "Z":
        match = PERIOD_TURN.match(paragraph)
        if match and (_titled_label(match["label"], index) or _the_title(match["label"])):
            return match
        match = Q_TURN.match(paragraph) if first == "Q" else None
        if match:
            return match
    match = None
    if colon:
        match = MIXED_TURN.match(paragraph)
    if match is None and (colon or wide):
        match = CJK_TURN.match(paragraph)
        if match is not None and not cjk_words(match):
            match = None
    if match is None and first in _BRACKETS:
        match = BRACKET_TURN.match(paragraph)
        if match is not None and not _bracket_label(match.group("label"), index):
            return None
    if match is None and first in _MARKS_AND_QA:  # (one look for the rarest openings)
        match = (MARKED_TURN if first in _MARKS else SPACED_QA_TURN).match(paragraph)
    return match


_BRACKETS = "【（(["  # what BRACKET_TURN opens with
_MARKS = "○◯〇"  # what MARKED_TURN opens with
_MARKS_AND_QA = _MARKS + "問答问ＱＡ"  # and what SPACED_QA_TURN opens with


# A headline saying the page records someone's spoken words ("Remarks Prior to a Meeting
# With …", "The President's News Conference With …", "… and an Exchange With Reporters").
SPOKEN_PAGE = re.compile(
    r"(?i:\b(?:remarks|news\s+conference|press\s+conference|press\s+availability"
    r"|media\s+availability|exchange\s+with\s+reporters|interview|briefing|toast)\b)"
)


def _titled(offset: int, match: re.Match, slug: str | None, *, spoken: bool = False) -> bool:
    """A label with a title (or honorific) and one known person: a turn even on its own."""
    if slug is None:
        return False
    words = {word.strip(".'’-").upper() for word in match.group("label").split()}
    if match.re is PERIOD_TURN:
        # A capitalised phrase and a full stop: two turns at least, or one opening the body
        # of a page whose headline says it records spoken words ("President Biden. Please,
        # have a seat." under "The President's News Conference With …", a long speech
        # after it): a caption or a line of prose may open so.
        return offset == 0 and spoken
    return bool(words & TITLES) or match.re in (CJK_TURN, BRACKET_TURN, MARKED_TURN)


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
        if _anonymous_label(inside):  # "（記者）", "（内閣広報官）", "(Moderator)": no one's
            return [], _ANONYMOUS_TURN
        if _bracket_label(inside, index):
            return known.within(offset, offset + len(line)), "transcript-turn"
        return None
    if _speaker_line(line):
        return known.within(offset, offset + len(line)), "transcript-turn"
    # A role or a bare title alone on its line over the words, as the Ministry of
    # Defense's records print them ("記者" / "大臣"): nobody's, or the host's.
    alone = line.strip()
    if alone in CJK_ROLES:
        return [], _ANONYMOUS_TURN
    if alone in CJK_TITLES and host is not None and _host_titled(alone, host):
        return [host], "transcript-turn"
    if ANNOUNCEMENT.fullmatch(line.strip()):
        return known.within(0, offset) or ([host] if host else []), "transcript-turn"
    return None


# What a press conference's announcements section holds when the minister announces
# nothing ("1　発表事項" over "なし。"): no words of anyone's.
NOTHING_TO_ANNOUNCE = frozenset({"なし", "特になし", "特にありません", "ありません", "无", "없음"})

_ANONYMOUS_TURN = "anonymous"  # a heading's turn by nobody in particular (_heading_turns)


def _anonymous_label(label: str) -> bool:
    """A label of nobody in particular: a CJK role or question ("記者", "司会", "問"), an
    English one in mixed case ("Moderator") or capitals ("QUESTION")."""
    label = label.strip()
    words = {word.strip(".'’-").upper() for word in label.split()}
    if label in CJK_ROLES or label.title() in MIXED_ANONYMOUS:
        return True
    return bool(words) and words <= ANONYMOUS


def _speaker_line(line: str) -> bool:
    """A CJK name ending in a title, alone on its line (no role: "記者" is a heading's
    word too)."""
    line = line.strip()
    return (
        len(line) <= CJK_LABEL_LONGEST
        and bool(_CJK_LABEL_ONLY.fullmatch(line))
        and line not in CJK_ROLES
        and line not in CJK_ANSWERS
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
    (`_heading_speakers`), unless that paragraph has a label of its own; and under each
    heading of nobody in particular ("（記者）"), a turn with no speaker, where a
    heading names a speaker too (a press conference's record: a lone "（記者）" is none)."""
    hits, anonymous = [], []
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
        if opens_with_quote(paragraph):
            # A broadcaster's caption over the words in quote marks ("高市総理" /
            # "「…」"): the quote reader gives them to the caption's speaker, whole.
            continue
        speakers, form = found
        if form == _ANONYMOUS_TURN and not HEADING.match(paragraph):
            turn = _first_sentence(paragraph, next_offset)
            if turn is not None:
                heading = HEADING.match(line)
                label = (heading.group("inside") if heading else line).strip()
                anonymous.append(QuoteHit(None, *turn, "transcript-turn", label))
            continue
        if len({m.slug for m in speakers}) != 1 or HEADING.match(paragraph):
            continue
        if _speaker_line(paragraph):  # "1 冒頭発言" over "エスパー国防長官": the name speaks
            continue
        start = len(paragraph) - len(paragraph.lstrip())
        sentence = FIRST_SENTENCE.match(paragraph, start)
        if sentence is None:
            continue
        words = sentence.group(0).rstrip()
        if words.rstrip("。.") in NOTHING_TO_ANNOUNCE:
            continue
        begin = next_offset + start
        if _speaker_line(line) and any(
            m.slug == speakers[0].slug for m in known.within(begin, begin + len(words))
        ):
            # "林外相" over "林外務大臣は7日、…会談した。": a headline over narration that
            # names the person, not a turn the person speaks.
            continue
        name = speakers[0].form
        hits.append(QuoteHit(speakers[0].slug, words, begin, begin + len(words), form, name))
    if any(hit.form == "transcript-turn" for hit in hits):
        hits = sorted([*hits, *anonymous], key=lambda hit: hit.start)
    return hits


def _first_sentence(paragraph: str, offset: int) -> tuple[str, int, int] | None:
    """(words, start, end) of the first sentence of the paragraph at `offset`."""
    start = len(paragraph) - len(paragraph.lstrip())
    sentence = FIRST_SENTENCE.match(paragraph, start)
    if sentence is None:
        return None
    words = sentence.group(0).rstrip()
    return words, offset + start, offset + start + len(words)
