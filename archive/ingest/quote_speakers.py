"""Readers of who speaks that quotes.py asks about a whole paragraph or the headline: a
paragraph that only names a speaker above the words (`speaker_line`), one that only signs
the quote above it (`signature_speaker`), a quote left open that runs on into the next
paragraph's (`run_on`), and the leaders a body counts when only the
headline names their countries together (`headline_leaders`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from archive.ingest.cjk import units_exceed
from archive.ingest.quote_marks import CLOSERS, opens_with_quote, quote_spans
from archive.ingest.reference import ReferenceIndex
from archive.ingest.results import Mention, QuoteHit
from archive.ingest.roles import CJK_COMPOUND, COUNTRY_COMPOUND, leaders_mentions
from archive.ingest.spans import mention_index

_SENTENCE_END_CHARS = ".!?。！？"  # a line ending in one (blanks aside) is a sentence


def headline_leaders(
    title: str, body: str, on: date | None, index: ReferenceIndex
) -> list[Mention]:
    """The leaders the body counts ("四國領導人", "the four leaders") of the countries only
    the headline names together ("美日澳印領導人…峰會"): roles.leaders_mentions over the
    headline and the body, the body's mentions only, at their places in the body; only
    when the body names no such countries together itself (its own count is read then)."""
    compounds = (COUNTRY_COMPOUND, CJK_COMPOUND)
    if not any(c.search(title) for c in compounds) or any(c.search(body) for c in compounds):
        return []
    shift = len(title) + 1
    return [
        Mention(m.slug, m.start - shift, m.end - shift, m.form)
        for m in leaders_mentions(f"{title}\n{body}", on, index)
        if m.start >= shift
    ]


def speaker_line(
    offset: int, line: str, mentions: Sequence[Mention]
) -> tuple[str | None, str] | None:
    """(slug, name) when `line` only names a speaker, as a broadcaster's transcript does
    above the words ("로이드 오스틴 / 미국 국방장관", "Lloyd Austin, Secretary of
    Defense"): short, no sentence, no quote, and a known person in it."""
    end = line.rstrip()[-1:]
    if (end and end in _SENTENCE_END_CHARS) or units_exceed(line, 12) or quote_spans(line):
        return None
    inside = mention_index(mentions).within(offset, offset + len(line))
    return (inside[0].slug, inside[0].form) if inside else None


# A line that signs the quote above it: "— Antony Blinken", "- Secretary Blinken".
_SIGNATURE = re.compile(r"\s*[—–-]\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+\s*[.)]?\s*")


# A Korean broadcast's sign-off under the words it played: "블링컨 장관의 말입니다.",
# "하야시 외무상의 발언이었습니다." ("those were …'s words").
_SIGN_OFF = re.compile(
    r"\s*[^\s.!?\"“”]+(?:\s[^\s.!?\"“”]+){0,5}의\s(?:말|발언|설명|얘기|이야기)"
    r"(?:입니다|이었습니다|였습니다)\.\s*"
)


def signature_speaker(
    offset: int,
    line: str,
    above: tuple[int, str],
    hits: Sequence[QuoteHit],
    mentions: Sequence[Mention],
) -> Mention | None:
    """The one known person a line that only signs a quote names ("— Antony Blinken"),
    when the last of `hits` is an unattributed quote making up the paragraph `above`
    (offset, text) whole; None otherwise."""
    if not hits or hits[-1].form != "unattributed":
        return None
    if line.lstrip()[:1] not in "—–-" or not _SIGNATURE.fullmatch(line):
        # (a Korean broadcast's sign-off ends in "다." and holds "의 ": two cheap looks)
        if not (line.rstrip().endswith("다.") and "의 " in line and _SIGN_OFF.fullmatch(line)):
            return None
    above_offset, text = above
    if hits[-1].start != above_offset or hits[-1].end < above_offset + len(text.rstrip()):
        return None  # not a paragraph that is one quote, right above
    named = {m.slug: m for m in mention_index(mentions).within(offset, offset + len(line))}
    return next(iter(named.values())) if len(named) == 1 else None


# Only blank lines between a quote left open at a paragraph's end and the next quote.
_PARAGRAPH_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*\n\s*")


def run_on(hits: list[QuoteHit], body: str) -> list[QuoteHit]:
    """`hits`, where a quote left open at the end of its paragraph runs on into a quote
    opening the next one (the convention for a quote over several paragraphs: “… /
    “…,” Blinken said.), given the speaker the later paragraph names when it names none
    itself; last to first, so that a quote over three paragraphs is one speaker's."""
    for i in range(len(hits) - 2, -1, -1):
        hit, following = hits[i], hits[i + 1]
        if hit.form != "unattributed" or not (following.speaker_slug or following.speaker_name):
            continue
        if body[hit.end - 1] in CLOSERS or not opens_with_quote(body[following.start :]):
            continue
        if _PARAGRAPH_BREAK.fullmatch(body, hit.end, following.start):
            hits[i] = dataclasses.replace(
                hit,
                speaker_slug=following.speaker_slug,
                speaker_name=following.speaker_name,
                form="continuation",
            )
    return hits
