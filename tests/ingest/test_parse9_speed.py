"""Issue 10's ninth pass (helper PARSE-A): the faster forms give the plain forms' answers."""

import random
from typing import NamedTuple

from archive.ingest.spans import MentionIndex


class _Span(NamedTuple):
    start: int
    end: int
    n: int  # tells apart two mentions of the same span


def _shuffled_mentions(rng: random.Random) -> list[_Span]:
    spans = []
    for n in range(rng.randint(0, 40)):
        start = rng.randint(0, 200)
        spans.append(_Span(start, start + rng.randint(1, 25), n))
    rng.shuffle(spans)
    return spans


def test_a_list_out_of_order_is_answered_in_its_own_order():
    # in_the_news passes the body's mentions followed by speakers and roles found later:
    # the index bisects such a list too, and must give the comprehensions' answers.
    rng = random.Random(9)
    unordered = 0
    for _ in range(300):
        mentions = _shuffled_mentions(rng)
        index = MentionIndex(mentions)
        unordered += not index._ordered
        for _ in range(20):
            lo = rng.randint(-5, 230)
            hi = lo + rng.randint(-3, 80)
            assert index.within(lo, hi) == [m for m in mentions if lo <= m.start and m.end <= hi]
            assert index.overlapping(lo, hi) == [m for m in mentions if m.start < hi and lo < m.end]
            assert index.starting_at(lo) == [m for m in mentions if m.start == lo]
            assert list(index.before(hi)) == [m for m in mentions if 0 <= m.start and m.end <= hi]
    assert unordered > 250
