"""Parse speed, ninth pass, helper B (issue #10): per-character Python loops and per-line
scans replaced by one regex or one pass, each checked against the plain form it replaces
on random texts (results, never times)."""

import random
import re

import pytest

from archive.ingest import dates, prefilter, sentence_breaks, speakers
from archive.ingest.spans import is_word

# Characters a subject before or after a verb is made of, and what stops it.
_PIECES = [
    "said", "says", "told", "added", "noted", " ", "  ", "\n", "\u00a0", "\u3000", "-", "'",
    "’", "Kim", "O'Brien", "Smith-Jones", "Ōno", "岸田", "_x", "9", ".", ",", "“", "—", "Said",
]  # fmt: skip


def _plain_tables(body: str) -> tuple[dict, dict]:
    """SpeakerIndex's tables read the old way: a Python loop per character."""
    before: dict[str, list[tuple[int, int]]] = {}
    after: dict[str, list[tuple[int, int]]] = {}
    for verb in speakers._VERB.finditer(body):
        end = verb.start()
        while end > 0 and body[end - 1].isspace():
            end -= 1
        if end != verb.start():
            start = end
            while start > 0 and (is_word(body[start - 1]) or body[start - 1] in "'’-"):
                start -= 1
            word_start = end
            while word_start > start and is_word(body[word_start - 1]):
                word_start -= 1
            if word_start < end:
                before.setdefault(body[word_start:end], []).append((start, end))
        start = verb.end()
        while start < len(body) and body[start].isspace():
            start += 1
        if start != verb.end() and start != len(body) and is_word(body[start]):
            word = re.match(r"\w+", body[start:]).group(0)
            after.setdefault(word, []).append((verb.start(), start))
    return before, after


def test_speaker_index_reads_backwards_what_the_loops_read():
    """The chunk before each verb, read by regexes on the reversed body, is the one the
    per-character loops found (spaces of every kind, hyphens, apostrophes, digits,
    letters outside ASCII, a verb at either end of the text)."""
    rng = random.Random(9)
    checked = 0
    for _ in range(400):
        body = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
        index = speakers.SpeakerIndex(body)
        assert (index._before, index._after) == _plain_tables(body), body
        checked += bool(index._before or index._after)
    assert checked > 100


def test_speaker_index_latest_against_the_regex():
    """`latest(surname)` is the last start of the regex the module's docstring gives."""
    rng = random.Random(10)
    for _ in range(200):
        body = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30)))
        index = speakers.SpeakerIndex(body)
        for surname in ("Kim", "O'Brien", "Smith-Jones", "Jones", "Ōno", "x"):
            name = re.escape(surname)
            verbs = speakers.SPEECH_VERBS
            pattern = re.compile(rf"\b{name}\s+{verbs}\b|\b{verbs}\s+{name}\b")
            starts = [p for p in range(len(body)) if pattern.match(body, p)]
            assert index.latest(surname) == (starts[-1] if starts else -1), (body, surname)


# Pieces of a date line: times, an update note, weekdays, signs between parts, a byline.
_DATE_PIECES = [
    "Jan. 7, 2022", " ", "  ", "\u00a0", "|", " | ", "•", "/", "·", "10:30", "6:08 p.m.",
    " of the Ministry", "(updated 7 Jan)", "(Mon)", "於 東京", "午前10時", "| By Jim Garamone",
    "word", "two words", "3", "\n", "更新日: ", "a/b", "||x",
]  # fmt: skip


def _plain_more_words(line: str, limit: float) -> bool:
    return len(dates._PART_SIGNS.sub(" ", dates._DATE_LINE_EXTRAS.sub(" ", line)).split()) > limit


def test_more_words_counts_the_words_the_substitutions_leave():
    """`_more_words` (the words counted only until they pass the limit, the extras
    substituted lazily) against the whole substitution and count, on random date lines."""
    rng = random.Random(11)
    answers = set()
    for _ in range(600):
        line = "".join(rng.choice(_DATE_PIECES) for _ in range(rng.randint(0, 14)))
        for limit in (0, 3, 8, 8.5):
            answers.add(dates._more_words(line, limit))
            assert dates._more_words(line, limit) == _plain_more_words(line, limit), (line, limit)
    assert answers == {True, False}


def test_a_long_line_is_no_date_line_without_reading_it_all(monkeypatch):
    """A report printed as one line is not a date line: its words are counted only until
    they pass the limit (the whole line is not substituted), with the same answer as
    before; a long line of times and one date still is one."""
    line = "Tokyo, Jan. 7, 2022 (Reuters) - " + "The ministers met again and said so. " * 500
    times = "Jan. 7, 2022 " + "10:30 " * 1000
    expected = [dates._is_date_line(text, 8) for text in (line, times)]
    assert expected == [False, True]
    substituted = []
    monkeypatch.setattr(dates, "_without_extras", lambda text: substituted.append(text) or text)
    assert dates._is_date_line(line, 8) is False
    assert substituted == []


def test_no_outlet_patterns_no_pass_over_the_lines(monkeypatch):
    """The outlet's own chrome pass (the second `mark_boilerplate`) reads no line when the
    outlet has no patterns (0.003 CPU s/MB of a Japanese report for nothing); with
    patterns it marks the lines they match, as before."""
    from archive.ingest import boilerplate as chrome
    from archive.ingest.pipeline import _Draft

    draft = _Draft(["Share", "The ministers met.", "Share"], {})
    built = []
    plain = chrome.line_matcher
    monkeypatch.setattr(chrome, "line_matcher", lambda p: built.append(p) or plain(p))
    assert draft.mark_boilerplate([]) == [] and built == [] and draft.reasons == {}
    patterns = chrome.compile_patterns([r"Share"], "outlet pattern")
    assert draft.mark_boilerplate(patterns) == ["Share", "Share"]
    assert draft.reasons == {0: "outlet pattern: Share", 2: "outlet pattern: Share"}


_VISIT_PIECES = [
    "visit to ", "visited ", "trip to ", "travel to ", "japan", "japón", "the u.s.", "u. s.",
    "united states", "united states visit", "u.s. trip", "america", " ", "revisit ", "visita a ",
    "kunjungan ke ", "jepang", "amerika serikat", "x", ".", "visiting", "\n",
]  # fmt: skip


@pytest.mark.parametrize("stretch", [1, 7, 4096])
def test_visits_are_found_a_stretch_at_a_time(monkeypatch, stretch):
    """`_found` (the patterns' beginnings found by str.find a stretch at a time, up to the
    first match) answers what the pattern's own search does, with stretches of every
    size, so that words cross their edges."""
    from archive.ingest import meeting_visits

    monkeypatch.setattr(meeting_visits, "_STRETCH", stretch)
    rng = random.Random(13 + stretch)
    answers = set()
    for _ in range(400):
        text = prefilter.fold("".join(rng.choice(_VISIT_PIECES) for _ in range(rng.randint(0, 12))))
        for words in meeting_visits._LATIN_VISITS.values():
            expected = words.search(text) is not None
            assert meeting_visits._found(words, text) is expected, text
            answers.add(expected)
    assert answers == {True, False}


def test_a_visit_named_early_is_found_without_reading_the_rest(monkeypatch):
    """On a long report that speaks of a visit in its first lines, the Latin-script visit
    words are looked for in the first few thousand characters only."""
    from archive.ingest import meeting_visits

    read = []
    text = prefilter.fold(
        "Biden's visit to Japan, Kishida's trip to the United States. " + "Filler. " * 100_000
    )
    plain_find = str.find

    class Counting(str):
        def find(self, *args):
            read.append(args[2] - args[1] if len(args) == 3 else len(self))
            return plain_find(self, *args)

    assert meeting_visits.visited_countries(Counting(text)) == {"Japan", "United States"}
    assert 0 < max(read) < 10_000


_SENTENCE_PIECES = [
    "The minister said", ". ", "? ", "!” ", '." ', ".’  ", "   ", "word", " ", "“We met", "”",
    '"', ". A", ".\u00a0B", "U.S. ", "x", ".", "!", "Q", "\u3000", ". “", "...",
]  # fmt: skip


def _plain_around(paragraph: str, start: int, end: int) -> tuple[str, str, int]:
    """`SentenceBreaks.around` as it was: every break of the paragraph found first."""
    import bisect

    matches = list(sentence_breaks.SENTENCE_BREAK.finditer(paragraph))
    starts, ends = [m.start() for m in matches], [m.end() for m in matches]
    following = bisect.bisect_left(starts, end)
    after_end = starts[following] + 1 if following < len(starts) else len(paragraph)
    preceding = bisect.bisect_left(ends, start)
    before_start = ends[preceding - 1] if preceding else 0
    return paragraph[end:after_end], paragraph[before_start:start], before_start


@pytest.mark.parametrize("window", [1, 3, 1024])
def test_sentence_breaks_read_near_the_quotes_answer_as_before(monkeypatch, window):
    """The breaks around each quote, read in windows before it (never below the last
    position asked in order) and searched after it, are those of the whole paragraph's
    breaks; quotes asked in order, again, and out of order (the sentence before one)."""
    monkeypatch.setattr(sentence_breaks.SentenceBreaks, "WINDOW", window)
    rng = random.Random(14 + window)
    for _ in range(300):
        paragraph = "".join(rng.choice(_SENTENCE_PIECES) for _ in range(rng.randint(0, 30)))
        size = len(paragraph)
        asked = sorted(
            tuple(sorted((rng.randint(0, size), rng.randint(0, size)))) for _ in range(6)
        )
        asked += [asked[-1], (rng.randint(0, size),) * 2, (0, 0), (size, size)]
        breaks = sentence_breaks.SentenceBreaks(paragraph)
        for start, end in asked:
            assert breaks.around(start, end) == _plain_around(paragraph, start, end), (
                paragraph,
                start,
                end,
            )


def test_sentence_breaks_of_a_long_line_are_read_near_its_quotes():
    """On a long paragraph with a few quotes, the breaks are read near them only."""
    line = "The ministers met. They talked. " * 20_000
    middle = len(line) // 2
    read = []
    plain = sentence_breaks.SENTENCE_BREAK

    class Counting:
        def finditer(self, text, lo=0, hi=None):
            hi = len(text) if hi is None else hi
            read.append(hi - lo)
            return plain.finditer(text, lo, hi)

        def search(self, text, position):
            return plain.search(text, position)

    asked = (middle, middle + 100, len(line) - 50)
    expected = [_plain_around(line, at, at + 10) for at in asked]
    sentence_breaks.SENTENCE_BREAK, saved = Counting(), plain
    try:
        breaks = sentence_breaks.SentenceBreaks(line)
        assert [breaks.around(at, at + 10) for at in asked] == expected
    finally:
        sentence_breaks.SENTENCE_BREAK = saved
    assert sum(read) < 5_000
