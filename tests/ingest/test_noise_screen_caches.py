"""The boilerplate matchers' screen caches are bounded (`_MOST_KEYS`) and can be emptied
(`screen_caches_clear`): a long-running import worker reads lines without end, and its
memory must not grow with them (tests/test_import_streaming.py measures it)."""

from archive.ingest import boilerplate
from archive.ingest.boilerplate import DEFAULT_PATTERNS, LineMatcher, screen_caches_clear

LINES = [f"Item {n}: the budget of meeting {n} (share this page, print)" for n in range(300)]


def _cache_sizes(matcher):
    return [len(matcher._by_first), len(matcher._short._by_found), len(matcher._long._by_found)]


def test_reading_lines_fills_the_caches_and_clearing_empties_every_matcher():
    one, other = LineMatcher(DEFAULT_PATTERNS), LineMatcher(DEFAULT_PATTERNS[:40])
    reasons = [one.reason(line) for line in LINES]
    for line in LINES:
        other.reason(line)
    assert all(_cache_sizes(one)[:1]) and any(_cache_sizes(one)[1:])
    screen_caches_clear()
    assert _cache_sizes(one) == [0, 0, 0] and _cache_sizes(other) == [0, 0, 0]
    # Emptied caches refill to the same answers.
    assert [one.reason(line) for line in LINES] == reasons


def test_no_cache_holds_more_keys_than_its_bound(monkeypatch):
    monkeypatch.setattr(boilerplate, "_MOST_KEYS", 8)
    matcher = LineMatcher(DEFAULT_PATTERNS)
    unbounded = LineMatcher(DEFAULT_PATTERNS)
    monkeypatch.setattr(boilerplate, "_MOST_KEYS", 10**9)
    expected = [unbounded.reason(line) for line in LINES]
    monkeypatch.setattr(boilerplate, "_MOST_KEYS", 8)
    seen = []
    for line in LINES + [f"{n} {word}" for n in range(200) for word in ("Photo", "Home")]:
        seen.append(matcher.reason(line))
        assert max(_cache_sizes(matcher)) <= 8
    assert seen[: len(LINES)] == expected
