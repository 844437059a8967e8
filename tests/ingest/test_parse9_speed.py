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


def test_in_the_news_reads_each_mention_once_per_body(ref, monkeypatch):
    # The pipeline calls in_the_news twice on one body (before the meeting is known and
    # with the quotes): the second call reads no genitive and no former title again, and
    # an equal-length body read next is read afresh.
    from archive.ingest import news_subjects
    from archive.ingest.people import find_people, in_the_news

    calls = []
    genitive = news_subjects._genitive
    monkeypatch.setattr(
        news_subjects, "_genitive", lambda body, m: calls.append(m) or genitive(body, m)
    )
    first = "Antony Blinken praised the recent visit by Prime Minister Fumio Kishida."
    # The same length, Kishida now a subject: a stale reading would drop him.
    second = "Antony Blinken thanked the recent visitor, Prime Minister Fumio Kishida."
    assert len(first) == len(second)
    mentions, _ = find_people(first, ref.index)
    kept = [m.slug for m in in_the_news(first, mentions, [], ref.index, None)]
    assert kept == ["antony-blinken"]
    assert len(calls) == len(mentions) == 2
    again = [m.slug for m in in_the_news(first, list(mentions), [], ref.index, None)]
    assert again == kept and len(calls) == 2
    mentions, _ = find_people(second, ref.index)
    kept = [m.slug for m in in_the_news(second, mentions, [], ref.index, None)]
    assert kept == ["antony-blinken", "fumio-kishida"] and len(calls) == 4


def test_plain_vowels_is_the_translation_table():
    from archive.ingest import people

    rng = random.Random(5)
    alphabet = people._LONG_VOWELS + "aeiou AEIOU-’日本\n"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert people._plain_vowels(text) == text.translate(people._PLAIN_VOWELS)


def test_capitalised_runs_are_the_trimmed_matches():
    # _runs reads each run's trimmed span and name from one split; the plain form is
    # `trimmed` and the words of the body between the trimmed span's ends.
    from archive.ingest import capitalised

    rng = random.Random(11)
    words = [
        *("Prime", "Minister", "Dr.", "Mr", "Former", "Secretary", "Vice"),
        *("Haruto", "Okabe", "McDonald", "O'Brien", "Indo-Pacific", "J.", "Kishida"),
        *("said", "and", "the", ",", "."),
    ]
    spaces = (" ", " ", "  ", "\t", "\n", " \u00a0")
    for _ in range(400):
        body = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(0, 25)))
        expected = []
        for match in capitalised.FAST_CAPITALISED_RUN.finditer(body):
            start, end, count = capitalised.trimmed(match)
            name = " ".join(body[start:end].split())
            expected.append((match.start(), match.end(), start, end, count, name))
        runs = capitalised._runs(body)
        assert [tuple(run) for run in runs] == expected
        assert all(type(run) is capitalised.Run for run in runs)


def test_a_text_that_extends_the_last_one_is_read_from_its_tail():
    # The meeting's text is the body with captions and headline after it: the keyword
    # table of the body is extended, not read again, and equals a fresh reading.
    from archive.ingest import prefilter

    rng = random.Random(3)
    for _ in range(60):
        needles = {"".join(rng.choice("abc") for _ in range(rng.randint(1, 6))) for _ in range(12)}
        prefix = "".join(rng.choice("abcd ") for _ in range(prefilter.EXTEND_FROM + 50))
        text = prefix + "".join(rng.choice("abcd ") for _ in range(rng.randint(1, 40)))
        scan = prefilter.Needles(needles)
        before = {needle: list(starts) for needle, starts in scan.table(prefix).items()}
        held = scan.table(prefix)
        assert scan.table(text) == prefilter.Needles(needles).table(text)
        assert scan.extended == 1 and held == before  # the prefix's lists are left alone
        assert scan.table(prefix) == before and scan.extended == 1  # not a prefix of it


def test_a_name_after_anything_but_a_space_has_no_printed_title():
    # _title_before skips the search when the character before the name is not a space:
    # TITLE_BEFORE (ending "\s+$") never matches such a window.
    from archive.ingest import titles

    rng = random.Random(7)
    pieces = ["Prime Minister", "former", "U.S.", "Secretary of State", "PM", "el", "canciller"]
    pieces += ["外務大臣", "(", "“", ",", "x", "-", "\n", " ", "\u3000", "\xa0", "\t"]
    for _ in range(3000):
        window = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(6))
        body = window + "Kishida"
        start = len(window)
        plain = titles.TITLE_BEFORE.search(body[max(0, start - 80) : start])
        titles._Titles.memo = titles.TextMemo()
        read = titles._title_before(body, start)
        assert (read and read.group(0)) == (plain and plain.group(0))
        if not window[-1:].isspace():
            assert plain is None


def test_the_needles_present_are_those_that_occur():
    # `present` takes the matched strings as the needles (a set made in C): each needle
    # that occurs anywhere, overlapping ones included, and no other.
    from archive.ingest import prefilter

    rng = random.Random(13)
    for _ in range(300):
        needles = {"".join(rng.choice("abé日") for _ in range(rng.randint(1, 4))) for _ in range(8)}
        text = "".join(rng.choice("abé日 ") for _ in range(rng.randint(0, 30)))
        expected = {needle for needle in needles if needle in text}
        assert prefilter.Needles(needles).present(text) == expected


def test_cjk_surnames_are_not_scanned_for_in_a_text_without_cjk(ref, monkeypatch):
    # Every CJK surname holds a CJK character: a body without one is not scanned.
    from archive.ingest import people

    scans = []

    class Counting:
        def __init__(self, pattern):
            self.pattern, self.flags, self._compiled = pattern.pattern, pattern.flags, pattern

        def finditer(self, text):
            scans.append(text)
            return self._compiled.finditer(text)

    counting = Counting(ref.index.cjk_surname_pattern)
    monkeypatch.setattr(ref.index, "cjk_surname_pattern", counting)
    english = "Secretary Blinken met Foreign Minister Hayashi in Tokyo. " * 100
    assert people._cjk_surnames(english, ref.index, []) == []
    assert scans == []
    japanese = "林外務大臣はブリンケン国務長官と会談した。"
    found = people._cjk_surnames(japanese, ref.index, [])
    assert scans == [japanese] and [m.form for m in found] == ["林外務大臣", "ブリンケン国務長官"]


def test_a_long_text_is_folded_once_among_its_readers(monkeypatch):
    # The topics, the roles, the meeting's signs and context fold the same body and the
    # same meeting text: each long text is folded once (the meeting text from where it
    # goes on from the body: test_parse_speed_fold.py); short ones every time.
    from archive.ingest import prefilter

    folded = []
    plain = prefilter._fold
    monkeypatch.setattr(prefilter, "_fold", lambda text: folded.append(text) or plain(text))
    monkeypatch.setattr(prefilter._LastFold, "memo", prefilter.TextMemo())
    body = "The Secretary MET Foreign Minister Hayashi. " * 200
    meeting = body + "\nCaption\nHeadline"
    for text in (body, meeting, body, meeting, "".join(list(body))):
        assert prefilter.fold(text) == text.lower()
    assert prefilter.fold_once(body) == body.lower()
    assert folded == [body, "\nCaption\nHeadline"]
    prefilter.fold("Short"), prefilter.fold("Short")
    assert folded[2:] == ["Short", "Short"]


def test_surnames_in_capitals_are_tried_where_the_names_pass_found_them(ref):
    # _with_capital_surnames tries its pattern only where a surname in capitals begins
    # (found with the names and surnames, one automaton pass): the plain loop's answer.
    from archive.ingest import people, titles
    from archive.ingest.results import Mention

    index = ref.index
    surnames = [s.upper() for s in index.people_by_surname][:12]
    assert index.capital_surnames and set(surnames) <= set(index.capital_surnames)

    def plain(body, mentions):
        named, found = set(), []
        for match in people._CAPITALS.finditer(body):
            candidates = index.people_by_surname.get(match.group(0).title(), [])
            if len(candidates) != 1 or any(
                match.start() < m.end and m.start < match.end() for m in mentions
            ):
                continue
            title = titles._title_before(body, match.start())
            if candidates[0] in named or (title and not title.group("title").isupper()):
                named.add(candidates[0])
                found.append(Mention(candidates[0], match.start(), match.end(), match.group(0)))
        return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

    rng, added = random.Random(17), 0
    words = [*surnames, "Prime Minister", "PRIME MINISTER", "Secretary", "said", "X", "-", "'"]
    for _ in range(300):
        body = "".join(rng.choice(words) + rng.choice((" ", "", ". ")) for _ in range(12))
        # The mentions before the surnames in capitals are added (find_people adds them).
        mentions = [m for m in people.find_people(body, index)[0] if not m.form.isupper()]
        read = people._with_capital_surnames(body, index, mentions)
        assert read == plain(body, mentions)
        added += len(read) > len(mentions)
    assert added > 30
