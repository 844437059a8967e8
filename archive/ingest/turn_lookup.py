"""Which transcript turn a quote falls in (split from transcripts.py, which re-exports
these): the known speaker whose turn it is, or whom a question is put to. The turns come
in order of their starts, so every quote of a long transcript bisects them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from archive.ingest.results import QuoteHit


def turn_speaker(turns: Sequence[QuoteHit], at: int) -> tuple[str | None, str] | None:
    """(slug, name) of the known speaker whose turn `at` falls in, if any; `turns` in
    order of their starts (every quote of a transcript asks: bisected, not read whole)."""
    last = _turn_at(turns, at)
    return (last.speaker_slug, last.speaker_name) if last and last.speaker_slug else None


def answering_speaker(turns: Sequence[QuoteHit], at: int) -> tuple[str | None, str] | None:
    """(slug, name) of the known speaker of the turn right after the question (a turn of
    no known person) that `at` falls in: whom the question is put to; None otherwise.
    `turns` in order of their starts."""
    asked = _turn_at(turns, at)
    if asked is None or asked.speaker_slug is not None:
        return None
    following = bisect_right(turns, at, key=_start)
    answer = turns[following] if following < len(turns) else None
    return (answer.speaker_slug, answer.speaker_name) if answer and answer.speaker_slug else None


def _start(hit: QuoteHit) -> int:
    return hit.start


def _turn_at(turns: Sequence[QuoteHit], at: int) -> QuoteHit | None:
    """The turn with the last start at or before `at` (of two starting there, the first)."""
    i = bisect_right(turns, at, key=_start) - 1
    if i < 0:
        return None
    while i > 0 and turns[i - 1].start == turns[i].start:
        i -= 1
    return turns[i]
