"""Direct quotes in the body and who said them.

Quote marks are paired within a paragraph (curly or straight; a straight mark opens after
a space or at the start, and closes otherwise). Each quote is then attributed by the
first form that fits:

  quote-name-verb        “…,” Blinken said
                         “…,” Japanese Defense Minister Nobuo Kishi told reporters
  quote-verb-name        “…,” said Blinken, after a meeting / “…,” said Daniel Russell, who…
  quote-pronoun-verb     “…,” he added   (he/she = the previous speaker; "it said" = no person)
  name-verb-colon-quote  Blinken said: “…”
  name-verb-quote        Blinken said the alliance “must not only…”
                         Blinken talked about the challenges “such as…” (a talk verb:
                         the quote within MAX_TALK_GAP_WORDS words of it)
  quote-verb-role        “…,” said the Japanese foreign minister
  quote-role-verb        “…,” the US secretary of state said
  role-verb-quote        The Japanese foreign minister said: “…” / said the alliance “…”
                         / talked about the challenges “such as…”
  continuation           a paragraph that is one quote, right after an attributed quote
  unattributed           anything else of at least MIN_UNATTRIBUTED_WORDS words (shorter
                         ones are scare quotes: “continuous threat”)

Chinese, Japanese and Korean paragraphs (quotes in 「」, 『』, “” or "") are attributed
by archive/ingest/cjk_quotes.py: name-quote-verb (林外務大臣は「…」と述べました), name-verb-
quote (布林肯说：“…”), quote-name-verb and pronoun-verb-quote (同大臣は「…」と述べた).

A role subject (archive/ingest/roles.py) is the person who held that post on the report's
date; a known name right after it ("the Japanese foreign minister, Yoshimasa Hayashi")
wins. A role that no one person held that day, or with no date, leaves the quote
unattributed; it does not fall back to an earlier name in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from archive.ingest import cjk_quotes, transcripts
from archive.ingest.cjk import mostly_cjk, units
from archive.ingest.people import LEADING_TITLE_WORDS
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit
from archive.ingest.roles import BARE_ROLE, ROLE, resolve_role, resolve_title
from archive.ingest.spans import MentionIndex, mention_index

FORMS = (
    "quote-name-verb",
    "name-quote-verb",  # CJK: 林外務大臣は「…」と述べました (archive/ingest/cjk_quotes.py)
    "pronoun-verb-quote",  # CJK: 同大臣は「…」と述べた, 他说：“…”
    "speaker-line-quote",  # a paragraph that is one quote, under "Name / title"
    "transcript-turn",  # SECRETARY BLINKEN: Good evening. (archive/ingest/transcripts.py)
    "speech-heading",  # [Opening Statement by Prime Minister Kishida] over the speech
    "quote-verb-name",
    "quote-pronoun-verb",
    "name-verb-colon-quote",
    "name-verb-quote",
    "quote-verb-role",
    "quote-role-verb",
    "role-verb-quote",
    "continuation",
    "unattributed",
)
MIN_UNATTRIBUTED_WORDS = 8
MIN_PARTIAL_WORDS = 2
MAX_TALK_GAP_WORDS = 12

OPENING = "“„«‹"
CLOSING = "”»›"
# Japanese and Chinese corner brackets nest (『』 inside 「」): only the outermost pair
# is a quote, and other marks inside it are part of its words.
CJK_PAIRS = {"「": "」", "『": "』", "﹁": "﹂", "﹃": "﹄"}
# A straight double quote opens after these (and at the start); otherwise it closes.
_OPENS_AFTER = " \t([{—–-:：，、（"
VERBS = (
    r"(?:said|says|added|adds|continued|told|stated|noted|stressed|warned|explained"
    r"|insisted|asked|wrote|declared|replied|concluded|remarked|emphasized|emphasised"
    # The same verbs in the Spanish, Italian and Indonesian reports the archive meets
    # ("“…”, dijo Blinken"; "ha detto Hayashi"; "kata Blinken").
    r"|dijo|afirmó|declaró|señaló|aseguró|añadió|agregó|explicó|subrayó|indicó|anunció"
    r"|sostuvo|manifestó|expresó|destacó|enfatizó|advirtió|comentó|respondió"
    r"|ha\s+detto|ha\s+affermato|ha\s+dichiarato|ha\s+aggiunto|ha\s+sottolineato"
    r"|ha\s+spiegato|ha\s+annunciato|ha\s+sostenuto|disse|dichiara|afferma"
    r"|kata|ujar|tutur|ucap|mengatakan|menyatakan|menegaskan|menambahkan|menjelaskan"
    r"|mengumumkan)"
)
# The subject: a capitalised run (titles included, trimmed later) or a pronoun.
_WHO = r"(?<![\w'’])(?P<who>(?:[A-Z][\w.'’-]*\s+){0,6}[A-Z][\w'’-]+|[Hh]e|[Ss]he|[Ii]t|[Tt]hey)"
AFTER_VERB_NAME = re.compile(rf"^[\s,]*{VERBS}\s+{_WHO}\b")
AFTER_NAME_VERB = re.compile(rf"^[\s,]*{_WHO}\s+(?:also\s+)?{VERBS}\b")
BEFORE_COLON = re.compile(rf"{_WHO}\s+(?:also\s+)?{VERBS}(?:\s+[\w’']+){{0,3}}\s*:\s*$")
BEFORE_NAME_VERB = re.compile(rf"{_WHO}\s+(?:also\s+)?{VERBS}\b")
# Verbs that name a subject before they introduce a quote ("talked about the challenges
# “such as…”"): the quote must come within MAX_TALK_GAP_WORDS words.
TALK_VERBS = r"(?:talked\s+about|talks\s+about|spoke\s+of|speaks\s+of|pointed\s+to|points\s+to)"
BEFORE_NAME_TALK = re.compile(rf"{_WHO}\s+(?:also\s+)?{TALK_VERBS}\b")
# A role subject; one followed by a name is that name's title, not the speaker.
_ROLE_WHO = rf"(?<![\w'’-])(?P<who>{ROLE}|{BARE_ROLE})"
_NO_NAME_AFTER = r"(?![^\S\n]*(?:[A-Z][a-z]|[\u3040-\u9fff]))"
AFTER_VERB_ROLE = re.compile(rf"^[\s,]*{VERBS}\s+{_ROLE_WHO}{_NO_NAME_AFTER}")
AFTER_ROLE_VERB = re.compile(rf"^[\s,]*{_ROLE_WHO}\s+(?:also\s+)?{VERBS}\b")
BEFORE_ROLE_VERB = re.compile(rf"{_ROLE_WHO}\s+(?:also\s+)?(?P<verb>{VERBS}|{TALK_VERBS})\b")
ROLE_FORMS = ("quote-verb-role", "quote-role-verb", "role-verb-quote")
_SENTENCE_END_MARK = re.compile(r"[.!?。！？]\s*$")
SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"])")


_QUOTE_MARK = re.compile(
    "["
    + re.escape('"' + OPENING + CLOSING + "".join(CJK_PAIRS) + "".join(CJK_PAIRS.values()))
    + "]"
)


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each quote in `paragraph`, marks included.

    A quote still open at the end of a paragraph it began is kept (the convention for
    quotes running over several paragraphs); other unclosed marks are ignored.
    """
    spans = []
    open_at: int | None = None
    cjk_open: list[str] = []  # the corner brackets open, innermost last
    cjk_start = 0
    for mark in _QUOTE_MARK.finditer(paragraph):  # every other character changes nothing
        i, char = mark.start(), mark.group(0)
        if cjk_open:
            if char in CJK_PAIRS:
                cjk_open.append(char)
            elif char == CJK_PAIRS[cjk_open[-1]]:
                cjk_open.pop()
                if not cjk_open:
                    spans.append((cjk_start, i + 1))
            continue
        if char in CJK_PAIRS and open_at is None:
            cjk_open, cjk_start = [char], i
            continue
        if char == '"':
            char = "“" if i == 0 or paragraph[i - 1] in _OPENS_AFTER else "”"
        if char in OPENING:
            open_at = i
        elif char in CLOSING and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None and open_at == 0:
        spans.append((0, len(paragraph)))
    if cjk_open and cjk_start == 0:
        spans.append((0, len(paragraph)))
    return spans


def _paragraph_offsets(body: str) -> list[tuple[int, str]]:
    offsets, position = [], 0
    for paragraph in body.split("\n\n"):
        offsets.append((position, paragraph))
        position += len(paragraph) + 2
    return offsets


def _speaker(
    who: str, who_start: int, mentions: Sequence[Mention], previous: tuple[str | None, str]
) -> tuple[str | None, str, bool]:
    """(slug, printed name, is_pronoun) for an attribution's subject."""
    if who.lower() in ("he", "she"):
        return previous[0], previous[1], True
    if who.lower() in ("it", "they"):
        return None, who, True
    who_end = who_start + len(who)
    inside = mention_index(mentions).overlapping(who_start, who_end)
    if inside:
        return inside[-1].slug, inside[-1].form, False
    words = who.split()
    while len(words) > 1 and words[0].rstrip(".") in LEADING_TITLE_WORDS:
        words = words[1:]
    return None, " ".join(words), False


_GAP = re.compile(r"[,\s]*")


def _role_speaker(
    who: str,
    who_start: int,
    body: str,
    mentions: Sequence[Mention],
    index: ReferenceIndex | None,
    on: date | None,
) -> tuple[str | None, str, Mention | None]:
    """(slug, role as printed, a new mention of the holder) for a role subject.

    A known name right after the role ("…minister, Yoshimasa Hayashi") is the speaker and
    needs no new mention; otherwise the post's holder on `on`, if there is exactly one.
    """
    printed = re.sub(r"(?i)^the\s+", "", who)
    who_end = who_start + len(who)
    gap = _GAP.match(body, who_end).end() - who_end
    named = mention_index(mentions).starting_at(who_end + gap) if gap > 0 else []
    if named:
        return named[0].slug, named[0].form, None
    if index is None:
        return None, printed, None
    slug = resolve_role(who, on, index)
    if slug is None:
        # A bare title ("the secretary") is the last person named who holds such a post.
        return (
            resolve_title(who, mention_index(mentions).within(0, who_start), index),
            printed,
            None,
        )
    return slug, printed, Mention(slug, who_start + len(who) - len(printed), who_end, printed)


def find_quotes(
    body: str,
    mentions: Sequence[Mention],
    *,
    index: ReferenceIndex | None = None,
    on: date | None = None,
) -> list[QuoteHit]:
    """Every quote worth keeping, attributed where one of FORMS fits; see module docstring.

    Role subjects ("the Japanese foreign minister") need `index` and the report's date `on`.
    """
    return find_quotes_and_roles(body, mentions, index=index, on=on)[0]


def find_quotes_and_roles(
    body: str,
    mentions: Sequence[Mention],
    *,
    index: ReferenceIndex | None = None,
    on: date | None = None,
) -> tuple[list[QuoteHit], list[Mention]]:
    """find_quotes, and a Mention for each role subject read as a known person (the role
    phrase as its form) and each known transcript speaker (the label as its form), so
    that the person counts as mentioned."""
    turns = transcripts.read_turns(body, index, mentions)
    hits: list[QuoteHit] = [hit for hit, _ in turns]
    # Speakers read from a transcript's labels count as mentioned, like role subjects.
    mentions = MentionIndex(mentions)  # looked up for every quote: in order, by bisection
    reading = _Reading(body, mentions, index, on, [m for _, m in turns if m is not None])
    paragraphs = _paragraph_offsets(body)
    for number, (offset, paragraph) in enumerate(paragraphs):
        speaker_line = _speaker_line(*paragraphs[number - 1], mentions) if number else None
        hits.extend(_paragraph_quotes(reading, offset, paragraph, speaker_line))
    return sorted(hits, key=lambda hit: hit.start), reading.roles


@dataclass
class _Reading:
    """The body being read, and what attributing a quote carries over from the quotes
    before it: the last speaker named (for "he said" and continuations), whether the
    previous paragraph attributed a quote, and the role subjects read as known people."""

    body: str
    mentions: Sequence[Mention]
    index: ReferenceIndex | None
    on: date | None
    roles: list[Mention]
    previous: tuple[str | None, str] = (None, "")
    last_paragraph_attributed: bool = False


def _paragraph_quotes(
    reading: _Reading, offset: int, paragraph: str, speaker_line: tuple[str | None, str] | None
) -> list[QuoteHit]:
    """The quotes worth keeping in one paragraph (at `offset` in the body), attributed.
    `speaker_line` is the speaker the line above names, if it only names one."""
    hits = []
    attributed_here = False
    spans = quote_spans(paragraph)
    cjk = mostly_cjk(paragraph)
    breaks = SentenceBreaks(paragraph) if spans and not cjk else None
    for start, end in spans:
        text = _quote_text(paragraph, start, end)
        if text is None:
            continue
        whole = start == 0 and end >= len(paragraph.rstrip("。. "))
        if speaker_line is not None and whole:
            reading.previous = speaker_line
            slug, name = speaker_line
            hit = QuoteHit(slug, text, offset, offset + end, "speaker-line-quote", name)
            attributed = True
        elif cjk:
            hit, attributed = _cjk_quote(reading, paragraph, offset, (start, end), spans, text)
        else:
            hit, attributed = _latin_quote(reading, breaks, offset, (start, end), text)
        attributed_here = attributed_here or attributed
        if hit is not None:
            hits.append(hit)
    reading.last_paragraph_attributed = attributed_here
    return hits


def _quote_text(paragraph: str, start: int, end: int) -> str | None:
    """The words of the quote at paragraph[start:end], marks and trailing comma dropped;
    None when empty, or when the marks were paired across two quotes in garbled copy."""
    closers = CLOSING + '"' + "".join(CJK_PAIRS.values())
    text = paragraph[start + 1 : end - 1 if paragraph[end - 1] in closers else end]
    text = text.strip().rstrip(",").strip()
    if not text or text[0] in ",;:.":
        return None
    return text


def _cjk_quote(
    reading: _Reading,
    paragraph: str,
    offset: int,
    span: tuple[int, int],
    spans: list[tuple[int, int]],
    text: str,
) -> tuple[QuoteHit | None, bool]:
    """(the hit or None, whether it was attributed) for a quote in a Chinese, Japanese or
    Korean paragraph, attributed by archive/ingest/cjk_quotes.py."""
    start, end = span
    text = text.rstrip("，、").strip()
    found = cjk_quotes.attribute(
        paragraph, offset, start, end, spans, reading.mentions, reading.previous
    )
    if found is not None:
        slug, name, form = found.slug, found.name, found.form
        if name:
            reading.previous = (slug, name)
        attributed = True
    elif start == 0 and end >= len(paragraph.rstrip("。. ")) and reading.last_paragraph_attributed:
        form, (slug, name) = "continuation", reading.previous
        attributed = True
    elif units(text) >= MIN_UNATTRIBUTED_WORDS:
        form, slug, name = "unattributed", None, ""
        attributed = False
    else:
        return None, False
    return QuoteHit(slug, text, offset + start, offset + end, form, name), attributed


def _latin_quote(
    reading: _Reading, breaks: SentenceBreaks, offset: int, span: tuple[int, int], text: str
) -> tuple[QuoteHit | None, bool]:
    """(the hit or None, whether it was attributed) for a quote in any other paragraph,
    attributed by the first of FORMS whose pattern fits the words around it."""
    start, end = span
    paragraph = breaks.paragraph
    after, before, before_start = breaks.around(start, end)
    form, who, who_at = _attribution(after, before)
    if form in ("name-verb-quote", "role-verb-quote") and (len(text.split()) < MIN_PARTIAL_WORDS):
        form = ""  # a single quoted word after "X said" is a scare quote
    role_unresolved = attributed = False
    who_start = offset + (end if form.startswith("quote") else before_start) + who_at
    if form in ROLE_FORMS:
        slug, name = _role_subject(reading, who, who_start)
        if slug is None:
            form, role_unresolved = "", True  # no one person held the post that day
        attributed = slug is not None
    elif form:
        form, slug, name = _name_subject(reading, form, who, who_start)
        attributed = True
    if not form:
        if (
            start == 0
            and end >= len(paragraph.rstrip(". "))
            and reading.last_paragraph_attributed
            and not role_unresolved
        ):
            form, (slug, name) = "continuation", reading.previous
            attributed = True
        elif len(text.split()) >= MIN_UNATTRIBUTED_WORDS:
            form, slug, name = "unattributed", None, ""
        else:
            return None, attributed
    return QuoteHit(slug, text, offset + start, offset + end, form, name), attributed


class SentenceBreaks:
    """The sentence breaks of a paragraph, found once (not once per quote in it).

    A SENTENCE_BREAK match depends on its own few characters only (its spaces are taken
    whole), so the matches of the whole paragraph are the matches of any part of it:
    the first at or after a position is what `search(paragraph, position)` finds, and
    those ending before a position are those of `finditer(paragraph, 0, position)`.
    """

    def __init__(self, paragraph: str):
        self.paragraph = paragraph
        matches = list(SENTENCE_BREAK.finditer(paragraph))
        self._starts = [match.start() for match in matches]
        self._ends = [match.end() for match in matches]

    def around(self, start: int, end: int) -> tuple[str, str, int]:
        """(the rest of the sentence after the quote at start:end, the sentence before
        it, where that sentence starts in the paragraph)."""
        paragraph = self.paragraph
        following = bisect_left(self._starts, end)
        after_end = self._starts[following] + 1 if following < len(self._starts) else len(paragraph)
        preceding = bisect_left(self._ends, start)  # breaks that end before the quote
        before_start = self._ends[preceding - 1] if preceding else 0
        return paragraph[end:after_end], paragraph[before_start:start], before_start


def _role_subject(reading: _Reading, who: str, who_start: int) -> tuple[str | None, str]:
    """(slug, name) for a role subject; its holder, if one, counts as mentioned."""
    slug, name, mention = _role_speaker(
        who, who_start, reading.body, reading.mentions, reading.index, reading.on
    )
    if mention is not None:
        reading.roles.append(mention)
    reading.previous = (slug, name if slug else "")
    return slug, name


def _name_subject(
    reading: _Reading, form: str, who: str, who_start: int
) -> tuple[str, str | None, str]:
    """(form, slug, name) for a name or pronoun subject; "he said" after a quote is the
    quote-pronoun-verb form."""
    slug, name, pronoun = _speaker(who, who_start, reading.mentions, reading.previous)
    if pronoun and form == "quote-name-verb":
        form = "quote-pronoun-verb"
    if name and name.lower() not in ("it", "they"):
        reading.previous = (slug, name)
    return form, slug, name


def _speaker_line(
    offset: int, line: str, mentions: Sequence[Mention]
) -> tuple[str | None, str] | None:
    """(slug, name) when `line` only names a speaker, as a broadcaster's transcript does
    above the words ("로이드 오스틴 / 미국 국방장관", "Lloyd Austin, Secretary of
    Defense"): short, no sentence, no quote, and a known person in it."""
    if units(line) > 12 or _SENTENCE_END_MARK.search(line) or quote_spans(line):
        return None
    inside = mention_index(mentions).within(offset, offset + len(line))
    return (inside[0].slug, inside[0].form) if inside else None


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def _close_enough(match: re.Match | None, before: str) -> re.Match | None:
    """`match` (a talk verb) if the quote follows within MAX_TALK_GAP_WORDS words."""
    if match is None or len(before[match.end() :].split()) > MAX_TALK_GAP_WORDS:
        return None
    return match


def _attribution(after: str, before: str) -> tuple[str, str, int]:
    """(form, subject as printed, subject's offset in after/before) or ("", "", 0)."""
    for pattern, form in (
        (AFTER_VERB_ROLE, "quote-verb-role"),
        (AFTER_ROLE_VERB, "quote-role-verb"),
        (AFTER_VERB_NAME, "quote-verb-name"),
        (AFTER_NAME_VERB, "quote-name-verb"),
    ):
        match = pattern.match(after)
        if match:
            return form, match.group("who"), match.start("who")
    role = _last(BEFORE_ROLE_VERB, before)
    if role is not None and re.fullmatch(TALK_VERBS, role.group("verb")):
        role = _close_enough(role, before)
    match = BEFORE_COLON.search(before)
    if match and not (role and role.end() >= match.end("who")):
        return "name-verb-colon-quote", match.group("who"), match.start("who")
    name = _last(BEFORE_NAME_VERB, before)
    talk = _close_enough(_last(BEFORE_NAME_TALK, before), before)
    if talk and (name is None or talk.end() > name.end()):
        name = talk
    # The subject nearest the quote; a capitalised role ("Japanese Foreign Minister said")
    # also reads as a name ending where the role does, and is the role.
    if role and (name is None or role.end() >= name.end()):
        return "role-verb-quote", role.group("who"), role.start("who")
    if name:
        return "name-verb-quote", name.group("who"), name.start("who")
    return "", "", 0
