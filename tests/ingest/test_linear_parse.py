"""Parse time linear in the report's size (issue #10), checked by counting work, never by
timing: the one-pass helpers give the answers of the scans they replace, and a report
twice as long costs each step about twice the work, not four times."""

import random
import re
from datetime import date

import ftfy
import ftfy.fixes as ftfy_fixes
import pytest
from ftfy import badness
from ftfy.badness import BADNESS_RE

from archive.ingest import (
    boilerplate,
    capitalised,
    cjk,
    dates,
    header,
    meeting_context,
    meetings,
    mojibake,
    news_subjects,
    people,
    prefilter,
    quotes,
    sentence_breaks,
)
from archive.ingest.meetings import suggest_meetings
from archive.ingest.pipeline import parse_report
from archive.ingest.results import Mention
from archive.ingest.spans import MentionIndex, SpanIndex
from archive.ingest.speakers import SpeakerIndex
from archive.ingest.text import REPAIR_CONFIG, repair
from tests.ingest.reference_data import SEED_FILES
from tests.ingest.speech_texts import latest_by_regex, random_speech_text

SURNAMES = ("Hornung", "Smith-Jones", "O'Brien", "O’Neil", "McCain", "Lee", "Leeds")
SEPARATORS = (" ", "  ", "\n", "\u00a0", "", ", ", ".", "-", "'")


@pytest.mark.parametrize("seed", range(40))
def test_speaker_index_finds_what_the_regex_finds(seed):
    rng = random.Random(seed)
    body = random_speech_text(rng, 60, SURNAMES, SEPARATORS)
    index = SpeakerIndex(body)
    for surname in SURNAMES:
        assert index.latest(surname) == latest_by_regex(body, surname), (body, surname)


@pytest.mark.parametrize("seed", range(20))
def test_span_index_overlaps_like_a_scan_of_every_span(seed):
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randrange(0, 30)):
        start = rng.randrange(0, 200)
        spans.append((start, start + rng.randrange(1, 15)))
    index = SpanIndex(spans)
    for start in range(0, 220, 3):
        for length in (1, 4, 20):
            expected = any(start < e and s < start + length for s, e in spans)
            assert index.overlaps(start, start + length) == expected
            within = any(s <= start and start + length <= e for s, e in spans)
            assert index.covers(start, start + length) == within


class CountingStr(str):
    """A str that counts the characters copied out of it by slicing or indexing."""

    copied = 0

    def __getitem__(self, key):
        piece = super().__getitem__(key)
        CountingStr.copied += len(piece)
        return piece


def _unknown_names_work(ref, copies: int) -> int:
    # Names marked only by a "<surname> said" elsewhere, and one never marked (Kenji
    # Tanabe): each of its runs used to search the whole rest of the text again.
    paragraph = (
        "The talks went on. Haruto Okabe and Margaret Lindqvist were at the table. "
        "Okabe said the talks went well, and Lindqvist said little. Kenji Tanabe listened. "
    )
    # Each size read as a report of its own: a text that begins with the last one read is
    # read from its tail (prefilter.Needles._extend), a copy of the tail this would count.
    body = CountingStr(f"Copies: {copies}. " + paragraph * copies)
    CountingStr.copied = 0
    found = people.find_unknown_names(body, [], ref.index)
    assert found == ["Haruto Okabe", "Margaret Lindqvist"]
    return CountingStr.copied


def test_unknown_names_copy_work_linear_in_the_size(ref):
    small, large = _unknown_names_work(ref, 200), _unknown_names_work(ref, 400)
    assert large <= 2.2 * small


class CountingPattern:
    """Stands in for a compiled regex and counts the scans of the text made with it, and
    the tries at one position."""

    def __init__(self, pattern):
        self.pattern, self.scans, self.tries = pattern, 0, 0

    def search(self, *args):
        self.scans += 1
        return self.pattern.search(*args)

    def finditer(self, *args):
        self.scans += 1
        return self.pattern.finditer(*args)

    def match(self, *args):
        self.tries += 1
        return self.pattern.match(*args)


def test_sentence_breaks_found_once_per_paragraph_not_per_quote(ref, monkeypatch):
    """The breaks around a paragraph's quotes are read near each (ninth pass), each
    character about once, however many quotes: no scan of the paragraph per quote."""
    plain, read = sentence_breaks.SENTENCE_BREAK, []

    class Reading:
        def finditer(self, text, lo=0, hi=None):
            read.append((len(text) if hi is None else hi) - lo)
            return plain.finditer(text, lo, len(text) if hi is None else hi)

        def search(self, text, position=0):
            found = plain.search(text, position)
            read.append((found.end() if found else len(text)) - position)
            return found

    monkeypatch.setattr(sentence_breaks, "SENTENCE_BREAK", Reading())
    sentence = 'He paused. "We will keep talking about the alliance," Okabe said. '
    for copies in (10, 40):
        read.clear()
        hits = quotes.find_quotes(sentence * copies, [], index=ref.index)
        assert len(hits) == copies
        assert sum(read) <= 2 * len(sentence * copies)  # not once per quote


def test_meeting_keyword_regexes_tried_only_where_their_words_are(ref, monkeypatch):
    """Each distinct keyword regex is tried once per occurrence of one of its words (50
    "Tokyo"s) and not at all when none is there; no regex scans the whole text."""
    index = ref.index
    wrappers = {}
    counted = {
        slug: wrappers.setdefault(pattern, CountingPattern(pattern)) if pattern else None
        for slug, pattern in index.meeting_keywords.items()
    }
    monkeypatch.setattr(index, "meeting_keywords", counted)
    body = "The ministers met in Tokyo. " * 50
    suggest_meetings(index=index, body=body, people=set(), published=None)
    for slug, wrapper in counted.items():
        if wrapper is None:
            continue
        assert wrapper.scans == 0
        forms = index.meeting_keyword_forms[slug]
        if any(form.casefold() in body.casefold() for form in forms):
            assert wrapper.tries == 50, slug
        else:
            assert wrapper.tries == 0, slug


def test_report_signs_fold_the_body_once():
    signs = meetings.report_signs("Talks in TOKYO")
    assert signs.folded == "talks in tokyo"


def _mangled_lines(rng: random.Random, text: str) -> str:
    out = []
    for line in text.split("\n"):
        roll = rng.random()
        if roll < 0.08:
            line = line.encode("utf-8").decode(rng.choice(["latin-1", "cp1252"]), "replace")
        elif roll < 0.11:
            line += " &amp; &eacute; \x00\u2028e\u0301\x85"
        elif roll < 0.13:
            line = "<b>" + line + "\r"
        elif roll < 0.15:
            line = "Ã " + line + "\x1b[36mX\x1b[0m\ufeff"
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("size", [1, 40, 700, mojibake.BLOCK])
def test_repair_gives_what_ftfy_gives(size):
    rng = random.Random(size)
    for path in SEED_FILES.values():
        text = _mangled_lines(rng, path.read_text(encoding="utf-8"))
        expected = ftfy.fix_text(text, REPAIR_CONFIG)
        assert mojibake.fix_text(text, REPAIR_CONFIG, size=size) == expected


def test_ftfy_is_called_only_for_lines_it_would_change(monkeypatch):
    calls = []
    real_fix_text = ftfy.fix_text

    def counting_fix_text(text, config):
        calls.append(text)
        return real_fix_text(text, config)

    monkeypatch.setattr(mojibake.ftfy, "fix_text", counting_fix_text)
    clean = "Japan and the United States agreed on “closer” ties — again.\n" * 3000
    assert repair(clean) == clean
    assert calls == []
    broken = clean + "The minister said â€œyesâ€\x9d.\n" + clean
    repaired = repair(broken)
    assert "“yes”" in repaired
    assert len(calls) == 1 and len(calls[0]) < len(broken) / 2


@pytest.mark.parametrize("seed", range(20))
def test_mention_index_answers_like_a_pass_over_every_mention(seed):
    rng = random.Random(seed)
    mentions = []
    for _ in range(rng.randrange(0, 25)):
        start = rng.randrange(0, 150)
        mentions.append(Mention(f"p{rng.randrange(4)}", start, start + rng.randrange(0, 12), "x"))
    if seed % 2:
        mentions.sort(key=lambda m: m.start)
    index = MentionIndex(mentions)
    assert list(index) == mentions and len(index) == len(mentions)
    for lo in range(0, 170, 4):
        for hi in (lo, lo + 3, lo + 30):
            assert index.within(lo, hi) == [m for m in mentions if lo <= m.start and m.end <= hi]
            assert index.overlapping(lo, hi) == [m for m in mentions if m.start < hi and lo < m.end]
        assert index.starting_at(lo) == [m for m in mentions if m.start == lo]


class CountingList(list):
    """A list that counts the passes made over it."""

    passes = 0

    def __iter__(self):
        CountingList.passes += 1
        return super().__iter__()


@pytest.mark.parametrize("copies", [5, 40])
def test_quotes_read_the_mentions_once_however_many_quotes(ref, copies):
    sentence = "林外務大臣は「同盟を強化する」と述べた。ブリンケン国務長官は「協力する」と述べた。"
    body = "\n\n".join([sentence] * copies)
    mentions, _ = people.find_people(body, ref.index)
    counted = CountingList(mentions)
    CountingList.passes = 0
    hits = quotes.find_quotes(body, counted, index=ref.index)
    assert len(hits) == 2 * copies
    assert CountingList.passes <= 2


def test_keywords_and_names_read_in_a_pass_or_two_per_report(ref):
    """Topics and meeting keywords share one automaton, the people's names another: each
    reads a text once per report (the keywords twice at most: the topics read the body,
    the meetings the body with its headline and captions), however many topics, meetings
    and names there are, and however long the report."""
    index = ref.index
    keywords, names = index.keyword_needles, index.person_forms.needles
    paragraph = "Antony Blinken met Yoshimasa Hayashi in Tokyo for the {}th time on North Korea."
    passes = []
    for copies in (20, 80):
        before = keywords.passes, names.passes
        body = "\n\n".join(paragraph.format(i) for i in range(copies))
        report = parse_report(f"Talks\n\nTokyo, Jan 7 - {body}".encode(), reference=ref)
        assert report.people and report.topics
        passes.append((keywords.passes - before[0], names.passes - before[1]))
    assert passes[0] == passes[1]
    assert 1 <= passes[0][0] <= 2 and passes[0][1] == 1


class CountingSearch:
    """Stands in for ftfy's mojibake regex; counts the characters its searches cover."""

    def __init__(self, pattern):
        self.pattern, self.characters = pattern, 0

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else min(endpos, len(text))
        self.characters += max(0, endpos - pos)
        return self.pattern.search(text, pos, endpos)


def test_mojibake_pattern_searched_only_around_its_anchor_characters(monkeypatch):
    counting = CountingSearch(mojibake._BAD_PER_LINE)
    monkeypatch.setattr(mojibake, "_BAD_PER_LINE", counting)
    clean = "Japan’s minister said the talks went on — again, ‘closer’ ties.\n" * 3000
    assert repair(clean) == clean
    assert counting.characters == 0  # no anchor character: nothing to search
    text = clean + "A café – the Ä€ sign.\n" + clean
    assert repair(text) == ftfy.fix_text(text, REPAIR_CONFIG)
    assert 0 < counting.characters < 100


MOJIBAKE_PIECES = (
    *"ab .,\n’“”–—é-2",
    "Ã©",
    "â€™",
    "â€œ",
    "Ã ",
    "Â ",
    "×²",
    "ГўВЂВ",
    "вЂ",
    "ā€",
    "Œx",
    "\x85",
    "│",
    "±",
    "¢",
)


@pytest.mark.parametrize("seed", range(40))
def test_has_mojibake_is_the_pattern_search(seed):
    rng = random.Random(seed)
    text = "".join(
        rng.choice(MOJIBAKE_PIECES) if rng.random() < 0.05 else rng.choice("ab .,\n’“”")
        for _ in range(rng.randrange(1, 400))
    )
    assert mojibake.has_mojibake(text) == (mojibake._BAD_PER_LINE.search(text) is not None)


def test_mojibake_anchors_cover_every_alternative():
    """Every alternative of ftfy's pattern has a position only anchors fill, and the
    apostrophes and dashes of ordinary English are not anchors."""
    assert mojibake.ANCHORS and 1 < mojibake.WIDTH <= 16
    assert not set("’‘—–") & mojibake.ANCHORS
    assert {"Ã", "â", "\x85"} <= mojibake.ANCHORS


def test_only_the_suspect_lines_of_a_block_are_tested_one_by_one(monkeypatch):
    clean = "Japan’s minister said the “talks” went on — again.\n" * 500
    text = clean + "The minister said â€œyesâ€\x9d.\n" + clean + "A &amp; B\n" + clean
    expected = ftfy.fix_text(text, REPAIR_CONFIG)
    searched, handed = [], []
    real_search, real_fix = mojibake._found_near_anchors, ftfy.fix_text

    def searching(pattern, piece, anchors=None):
        searched.append(piece)
        return real_search(pattern, piece, anchors)

    def fixing(piece, config):
        handed.append(piece)
        return real_fix(piece, config)

    monkeypatch.setattr(mojibake, "_found_near_anchors", searching)
    monkeypatch.setattr(mojibake.ftfy, "fix_text", fixing)
    assert mojibake.fix_text(text, REPAIR_CONFIG) == expected
    # Each line is read for mojibake on its own, and only a line holding an anchor
    # character without a touched one ("”" of the clean lines; the broken line holds a
    # C1 control, the entity an "&": both go to ftfy untested).
    assert {piece for piece in searched} == {clean[: len(clean) // 500]}
    assert handed == ["The minister said â€œyesâ€\x9d.\n", "A &amp; B\n"]


# --- third pass: the names' scans ---------------------------------------------------------

RUN_PIECES = (
    *"Aa .-'’\n",
    "Mc",
    "Mac",
    "O'",
    "O’",
    "Cain",
    "Donald",
    "J. ",
    "Prime Minister ",
    "ISHIBA",
    "US-JAPAN",
    "x",
    "Éa",
)


def _run_text(rng: random.Random) -> str:
    return "".join(rng.choice(RUN_PIECES) for _ in range(rng.randrange(1, 120)))


@pytest.mark.parametrize("seed", range(60))
def test_the_fast_run_and_capitals_patterns_find_the_plain_ones_matches(seed):
    rng = random.Random(seed)
    text = _run_text(rng)
    plain_runs = [m.span() for m in capitalised.CAPITALISED_RUN.finditer(text)]
    assert [m.span() for m in capitalised.FAST_CAPITALISED_RUN.finditer(text)] == plain_runs
    plain_capitals = re.compile(r"(?<![\w'’-])[A-Z]{3,}(?:-[A-Z]{2,})?(?![\w'’-])")
    found = [m.span() for m in people._CAPITALS.finditer(text)]
    assert found == [m.span() for m in plain_capitals.finditer(text)]


@pytest.mark.parametrize("seed", range(30))
def test_one_edit_apart_is_a_distance_of_at_most_one(seed):
    rng = random.Random(seed)
    for _ in range(300):
        a = "".join(rng.choice("ab ") for _ in range(rng.randrange(0, 7)))
        b = list(a)
        for _ in range(rng.randrange(0, 3)):
            at = rng.randrange(len(b) + 1)
            edit = rng.choice("swap drop add change".split())
            if edit == "swap" and at + 1 < len(b):
                b[at], b[at + 1] = b[at + 1], b[at]
            elif edit == "drop" and at < len(b):
                del b[at]
            elif edit == "add":
                b.insert(at, rng.choice("ab"))
            elif at < len(b):
                b[at] = rng.choice("ab ")
        b = "".join(b)
        expected = people.damerau_levenshtein(a, b, limit=1) <= 1
        assert people.one_edit_apart(a, b) == expected, (a, b)


def test_capitalised_runs_are_found_once_per_report(ref):
    """The misspelt-name check and the unknown names read one list of runs."""
    body = "Prime Minister Haruto Okabe met Margaret Lindqvist. Okabe said so.\n\n" * 30
    before = capitalised._Last.scans
    report = parse_report(f"Talks\n\nTokyo, Jan 7 - {body}".encode(), reference=ref)
    assert report.unknown_names == ["Haruto Okabe"]
    assert capitalised._Last.scans - before == 1


def test_surnames_are_tried_only_where_they_occur(ref, monkeypatch):
    """The surnames' regex never scans the body: it is tried where the names' automaton
    (one pass, shared with the full names) found a surname."""
    index = ref.index
    counting = CountingPattern(index.surname_pattern)
    monkeypatch.setattr(index, "surname_pattern", counting)
    body = "Antony Blinken arrived. Blinken said the talks went well. " * 20
    mentions, _ = people.find_people(body, index)
    assert counting.scans == 0 and counting.tries == 40
    assert sum(1 for m in mentions if m.form == "Blinken") == 20


@pytest.mark.parametrize("seed", range(40))
def test_ftfy_is_given_its_own_is_bad_and_control_removal_only_faster(seed):
    rng = random.Random(seed)
    pieces = (*MOJIBAKE_PIECES, "\x00", "\x7f", "\ufeff", "\U000e0041", "\u206a")
    rate = rng.choice((0.0003, 0.003, 0.03))
    text = "".join(
        rng.choice(pieces) if rng.random() < rate else rng.choice("ab .,\n’“”")
        for _ in range(rng.randrange(1, 3000))
    )
    assert mojibake.INSTALLED and ftfy.is_bad is mojibake.is_bad
    assert mojibake.is_bad(text) == (BADNESS_RE.search(text) is not None)
    assert mojibake.remove_control_chars(text) == ftfy_fixes.remove_control_chars(text)


def test_ftfy_on_a_long_line_with_mojibake_gives_its_own_result(monkeypatch):
    line = " ".join(["The minister said ā€¯yes and â€œnoâ€\x9d.", "Ordinary words here."] * 400)
    fixed = ftfy.fix_text(line, REPAIR_CONFIG)
    monkeypatch.setattr(ftfy, "is_bad", badness.is_bad)
    monkeypatch.setattr(ftfy_fixes, "is_bad", badness.is_bad)
    monkeypatch.setitem(ftfy.FIXERS, "remove_control_chars", ftfy_fixes.remove_control_chars)
    assert fixed == ftfy.fix_text(line, REPAIR_CONFIG) != line


def test_printed_titles_are_read_once_per_mention_and_only_where_needed(ref):
    """in_the_news reads a title only where "by", "from" or a former-title word is near
    the name; the surnames, in_the_news and check_titles share what was read."""
    plain = "Secretary of State Antony Blinken met Prime Minister Fumio Kishida. " * 40
    mentions, _ = people.find_people(plain, ref.index)
    before = people._Titles.searches
    people.in_the_news(plain, mentions, [], ref.index, None)
    assert people._Titles.searches == before
    people.check_titles(plain, mentions, ref.index, date(2022, 1, 7))
    searched = people._Titles.searches - before
    assert searched == len({m.start for m in mentions})
    people.check_titles(plain, mentions, ref.index, date(2022, 1, 7))
    assert people._Titles.searches - before == searched
    visit = "The visit by Prime Minister Fumio Kishida went well. " * 40
    mentions, _ = people.find_people(visit, ref.index)
    before = people._Titles.searches
    assert people.in_the_news(visit, mentions, [], ref.index, None) == []
    people.check_titles(visit, mentions, ref.index, date(2022, 1, 7))
    assert people._Titles.searches - before == len(mentions) == 40


@pytest.mark.parametrize("seed", range(30))
def test_cjk_counts_by_runs_count_every_character(seed):
    rng = random.Random(seed)
    text = "".join(
        rng.choice(("林", "外務", "大臣", "하야시", "ア", "a", "bc", " ", "。", "1"))
        for _ in range(rng.randrange(0, 60))
    )
    count = len(re.findall(f"[{cjk.CJK_CHARS}]", text))
    assert cjk.cjk_count(text) == count
    half = count / 2
    assert cjk.mostly_cjk(text) == (half > 0 and half >= cjk.units(text) - half)


@pytest.mark.parametrize("seed", range(20))
def test_mentions_before_a_position_are_a_view_of_within(seed):
    rng = random.Random(seed)
    mentions = []
    for _ in range(rng.randrange(0, 40)):
        start = rng.randrange(0, 150)
        mentions.append(Mention(f"p{rng.randrange(4)}", start, start + rng.randrange(0, 12), "x"))
    if seed % 3:
        mentions.sort(key=lambda m: m.start)
    index = MentionIndex(mentions)
    for hi in range(0, 170, 3):
        expected = index.within(0, hi)
        view = index.before(hi)
        assert list(view) == expected and len(view) == len(expected)
        assert list(reversed(view)) == expected[::-1]
        assert [view[i] for i in range(-len(view), len(view))] == expected * 2


@pytest.mark.parametrize("seed", range(20))
def test_units_exceed_is_units_over_the_bound(seed):
    rng = random.Random(seed)
    pieces = ("word ", "林", "外務大臣", " ", "x", "。", "long-word ", "하야시 ")
    text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 400)))
    for bound in (0, 3, 12, 40, 200):
        assert cjk.units_exceed(text, bound) == (cjk.units(text) > bound)


def test_chrome_patterns_are_looked_up_once_per_pass_not_per_line(ref, monkeypatch):
    looked_up = []
    real = boilerplate.line_matcher

    def counting(patterns):
        looked_up.append(len(patterns))
        return real(patterns)

    monkeypatch.setattr(boilerplate, "line_matcher", counting)
    for copies in (20, 80):
        looked_up.clear()
        body = "\n\n".join(f"Paragraph {i} of the talks in Tokyo went on." for i in range(copies))
        parse_report(f"Talks\n\nTokyo, Jan 7 - {body}".encode(), reference=ref)
        passes = len(looked_up)
        assert passes <= 6  # two marking passes, and the headline's few lines
    assert len(looked_up) == passes


def test_a_line_passes_the_screens_whose_strings_it_holds(ref):
    """`LineMatcher.passed` gives the screens a per-screen test of the required strings
    lets through."""
    matcher = boilerplate.line_matcher(
        [*boilerplate.DEFAULT_PATTERNS, *ref.index.global_boilerplate]
    )
    lines = ["Read more", "Share this article", "Photo: Reuters", "関連記事", "The talks went on."]
    for line in lines:
        folded = prefilter.fold(line)
        expected = {
            screen.number
            for screen in matcher.screens
            if any(s in line for s in screen.exact) or any(s in folded for s in screen.folded)
        }
        assert matcher.passed(line) == expected


def test_meeting_cities_and_titles_are_found_in_one_pass(ref):
    """`says` answers for every meeting's city and title name come from one automaton
    pass over the text, and are what a search of the text for each gives."""
    index = ref.index
    body = "The Security Consultative Committee met in Tokyo and Washington. " * 30
    signs = meetings.report_signs(body)
    context = meeting_context.report_context(body, signs.folded)
    meetings._read_names(context, index)
    needles = meetings._NAMES[index]
    passes = needles.passes
    for meeting in index.meetings.values():
        for word in (meeting_context.title_name(meeting.title), prefilter.fold(meeting.city)):
            if word:
                assert context._said[word] == (word in context.plain)
    suggest_meetings(index=index, body=body + " Again.", people=set(), published=None)
    assert needles.passes == passes + 1


def test_a_long_first_paragraph_is_searched_for_cjk_once():
    """A report printed as one line: the head's readers ask the same paragraph again."""
    line = "Okabe said the talks went well on Tuesday, and more. " * 2000
    before = cjk._LastLong.scans
    for _ in range(6):
        header.header_end([line])
    assert cjk._LastLong.scans - before == 1
    assert cjk.has_cjk(line + "林") and not cjk.has_cjk(line)


def test_a_long_line_is_read_as_a_date_line_once(monkeypatch):
    calls = []
    plain = dates._is_date_line
    monkeypatch.setattr(
        dates, "_is_date_line", lambda line, limit: calls.append(1) or plain(line, limit)
    )
    line = "On January 7, 2022, at 10:30, the ministers met in Tokyo. " * 100
    assert [dates.is_date_line(line) for _ in range(3)] == [False] * 3
    assert len(calls) == 1
    assert dates.is_date_line("January 7, 2022 10:30") and len(calls) == 2


def test_an_equal_text_parsed_again_is_compared_once_not_at_every_lookup(ref):
    """Memos kept for the last text take an equal new text (the same report parsed again)
    under its own object, so that later look-ups compare identities, not whole texts."""
    first = "The visit by Prime Minister Fumio Kishida went well. " * 50
    again = "".join(list(first))
    assert again == first and again is not first
    for body in (first, again):
        mentions, _ = people.find_people(body, ref.index)
        people.in_the_news(body, mentions, [], ref.index, None)
        capitalised.capitalised_runs(body)
    # The second body's titles were all read through in_the_news's own memo of readings.
    assert news_subjects._Readings.memo.entries[0][0] is again
    assert people._Titles.memo.entries[0][0] is first
    people._title_before(again, 30)
    assert people._Titles.memo.entries[0][0] is again
    assert capitalised._Last.memo.entries[0][0] is again
    names = ref.index.person_forms.needles
    assert names.table(again) is names.table(first) and names._last[0] is first


def test_the_body_is_remembered_while_the_headline_is_read(ref):
    """find_people reads the headline between the body's two readers of its capitalised
    runs (the misspelt and the unknown names): the body's runs are found once."""
    body = "Prime Minister Haruto Okabe met Margaret Lindqvist. Okabe said so.\n\n" * 30
    before = capitalised._Last.scans
    report = parse_report(f"Okabe Meets Lindqvist\n\nTokyo, Jan 7 - {body}".encode(), reference=ref)
    assert report.unknown_names == ["Haruto Okabe"]
    assert capitalised._Last.scans - before == 2  # the body, and the headline
