"""Parse speed, eighth pass (issue #10): work read once instead of at every call, each
checked against the plain form it replaces (counts, never times)."""

import random
import re

from archive.ingest import meetings as meetings_module
from archive.ingest import prefilter
from archive.ingest.reference import alternation


def test_forms_fold_their_words_once(monkeypatch):
    """A `Forms` tuple folds and checks its words when built: `finditer` (called per
    topic and per meeting for every report) neither folds nor checks them again, and
    finds what the regex finds."""
    words = ["Senkaku", "East China Sea", "Pekín", "北朝鮮"]
    needles = prefilter.Needles(prefilter.fold(word) for word in words)
    forms = prefilter.Forms(words, needles)
    pattern = alternation(list(forms), flags=re.IGNORECASE)
    text = "The EAST CHINA SEA and the senkakus; pekín, 北朝鮮の… East China Seas " * 3
    calls = []
    monkeypatch.setattr(prefilter, "foldable", lambda form: calls.append(form) or True)
    found = [m.span() for m in prefilter.finditer(pattern, forms, text, prefilter.fold(text))]
    assert calls == []
    assert found == [m.span() for m in pattern.finditer(text)]
    assert found


def test_forms_with_a_word_not_foldable_scan_with_the_regex():
    words = ["Сенкаку", "Senkaku"]  # Cyrillic: not foldable, the regex reads the text
    forms = prefilter.Forms(words, prefilter.Needles(prefilter.fold(w) for w in words))
    assert forms.folded is None
    pattern = alternation(list(forms), flags=re.IGNORECASE)
    text = "СЕНКАКУ and SENKAKU"
    found = [m.span() for m in prefilter.finditer(pattern, forms, text, prefilter.fold(text))]
    assert found == [m.span() for m in pattern.finditer(text)] == [(0, 7), (12, 19)]


def test_starts_of_finds_what_starts_finds():
    """`Needles.starts_of` (a set intersection with the table) against `starts` (every
    needle in turn): none found, one, several overlapping."""
    rng = random.Random(8)
    words = ["japan", "jap", "pan", "an", "summit", "sum", "korea", "北朝鮮", "朝鮮"]
    needles = prefilter.Needles(words)
    for _ in range(200):
        text = "".join(rng.choice([*words, " ", "x", "ja", "北"]) for _ in range(30))
        held = frozenset(rng.sample(words, rng.randint(1, 4)))
        assert needles.starts_of(held, text) == needles.starts(held, text), (held, text)


def test_forms_not_all_held_by_their_needles_are_not_read_by_set():
    needles = prefilter.Needles(["senkaku"])
    assert prefilter.Forms(["Senkaku"], needles).held == frozenset({"senkaku"})
    assert prefilter.Forms(["Senkaku", "Diaoyu"], needles).held is None
    assert prefilter.Forms(["Senkaku"]).held is None


def test_the_people_named_are_read_once_per_report_and_never_stale(ref):
    """`_who_met` reads each named person's ministerial posts once per report; a report
    naming other people (or the same set under another object) gets its own reading."""
    index = ref.index
    slugs = sorted(index.people)
    meetings = list(index.meetings.values())[:40]
    first, second = set(slugs[:4]), set(slugs[2:7])

    def fresh(meeting, people):
        meetings_module._Named.last = ()
        return meetings_module._who_met(meeting, index, people)

    expected = {id(m): (fresh(m, first), fresh(m, second)) for m in meetings}
    meetings_module._Named.last = ()
    for meeting in meetings:
        assert meetings_module._who_met(meeting, index, first) == expected[id(meeting)][0]
    rows = meetings_module._Named.last[2]
    assert meetings_module._named_people(index, set(first)) is rows  # equal set: kept
    for meeting in meetings:
        assert meetings_module._who_met(meeting, index, second) == expected[id(meeting)][1]
    assert [row[0] for row in meetings_module._named_people(index, second)] == sorted(
        slug for slug in second if slug in index.people
    )
