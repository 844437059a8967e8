"""Needles sets seen reading one long text learn it (needles._Group): the next text one
of them reads in full is read once for all by an automaton holding all their strings
(issue #10: each pass over a long text has a fixed cost per character). Every table is
what the set's own reading gives."""

import random

import pytest

from archive.ingest import needles as needles_module
from archive.ingest.needles import EXTEND_FROM, Needles


@pytest.fixture(autouse=True)
def _nothing_learned(monkeypatch):
    monkeypatch.setattr(needles_module._Group, "recent", ())
    monkeypatch.setattr(needles_module._Group, "kept", {})


def _long(rng: random.Random, alphabet: str = "abcé日 ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(EXTEND_FROM + rng.randrange(500)))


def _needles(rng: random.Random) -> set[str]:
    return {"".join(rng.choice("abcé日") for _ in range(rng.randint(1, 4))) for _ in range(15)}


def _fresh(strings, text):
    return Needles(strings).table(text)


class CountingFind:
    def __init__(self, needles: Needles):
        self.calls, self.real = 0, needles._find

    def __call__(self, *args):
        self.calls += 1
        return self.real(*args)


def test_the_readers_of_one_text_read_the_next_one_in_one_pass():
    rng = random.Random(1)
    sets = [_needles(rng) for _ in range(3)]
    first, second, alone = (Needles(strings) for strings in sets)
    text = _long(rng)
    first.table(text), second.table(text), alone.table(_long(rng))
    own = CountingFind(second)
    second._find = own
    following = _long(rng)
    assert first.table(following) == _fresh(sets[0], following)
    assert second.table(following) == _fresh(sets[1], following)
    assert own.calls == 0 and second.passes == 2 and first.passes == 2
    assert alone.table(following) == _fresh(sets[2], following)  # no group: its own pass


def test_a_set_never_asking_for_what_its_group_read_is_not_counted_and_reads_alone():
    rng = random.Random(2)
    sets = [_needles(rng) for _ in range(2)]
    first, second = (Needles(strings) for strings in sets)
    text = _long(rng)
    first.table(text), second.table(text)
    first.table(_long(rng))  # read for the second too
    other = _long(rng)
    assert second.table(other) == _fresh(sets[1], other)
    assert second.passes == 2
    # It reads texts the other does not: it reads alone from now on.
    own = CountingFind(second)
    second._find = own
    following = _long(rng)
    first.table(following), second.table(following)
    assert own.calls == 1 and second.table(following) == _fresh(sets[1], following)


@pytest.mark.parametrize("seed", range(30))
def test_any_order_of_readings_gives_each_set_its_own_table(seed):
    rng = random.Random(seed)
    sets = [_needles(rng) for _ in range(3)]
    readers = [Needles(strings) for strings in sets]
    texts = [_long(rng) for _ in range(3)]
    texts.append(texts[0] + "\n" + _long(rng)[:40])  # the body and its headline
    texts.append("".join(list(texts[1])))  # an equal copy
    texts.append("short ab" * 3)
    for _ in range(25):
        i = rng.randrange(3)
        text = rng.choice(texts)
        assert readers[i].table(text) == _fresh(sets[i], text), (i, texts.index(text))
