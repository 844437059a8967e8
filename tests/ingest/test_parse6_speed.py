"""The sixth parse-time pass (issue #10): each faster form gives exactly what the form it
replaced gave (the plain forms are written out here); the work skipped is never timed."""

import random
import re

import pytest

from archive.ingest import meeting_elect, prefilter

ELECT_PIECES = (
    "President-elect", "PRESIDENT ELECT", "president-Elect", "Presidente electo", "PRESIDEN",
    "terpilih", "次期大統領", "대통령 당선인", "대통령당선인", "当选总统", "Pat Doe", " ", "-",
    "\n", "elect", "\u212a", "\u0130", "ſ", "e", "x",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(200))
def test_the_folded_elect_words_are_the_caseless_ones(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(ELECT_PIECES) for _ in range(rng.randrange(40)))
    plain = [m.span() for m in meeting_elect.ELECT.finditer(text)]
    folded = [m.span() for m in meeting_elect._ELECT_FOLDED.finditer(prefilter.fold(text))]
    assert folded == plain, repr(text)


def test_a_long_report_s_president_elect_is_read_on_the_folded_text():
    from tests.ingest.test_acc6_elect import INDEX

    body = "The talks ended. " * 20_000 + "They met PRESIDENT-ELECT Pat Doe. " + "x " * 9
    windows = meeting_elect.elect_window(body, INDEX)
    assert windows and windows == meeting_elect.elect_window(body, INDEX, prefilter.fold(body))
    assert meeting_elect.elect_window(body.replace("PRESIDENT-ELECT", "PRESIDENT"), INDEX) == ()


def test_a_pattern_needs_cjk_when_every_string_it_requires_holds_some():
    from archive.ingest import cjk, meeting_visits, news_subjects, roles

    for pattern in (
        *meeting_visits._VISITS.values(),
        news_subjects._TITLE_SUBJECT,
        roles.CJK_N_LEADERS,
    ):
        assert cjk.needs_cjk(pattern), pattern.pattern
    assert not cjk.needs_cjk(re.compile(r"訪日|visit to japan"))
    assert not cjk.needs_cjk(re.compile(r"\d+"))  # no required string at all


COMPOUND_PIECES = (
    "Japan", "U.S.", "US", "United States", "South Korea", "Korea", "Republic of Korea",
    "ROK", "Australia", "India", "Philippines", "-", "–", " - ", " ", ".", "x", "USA",
    "Japan-", "\n", "日米韓", "3首脳", "세 정상", "는", "訪日", "首相は",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(200))
def test_the_cjk_gates_and_the_compound_scan_give_the_plain_searches(seed):
    from archive.ingest import meeting_visits, news_subjects, roles

    rng = random.Random(seed)
    text = "".join(rng.choice(COMPOUND_PIECES) for _ in range(rng.randrange(40)))
    spans = [m.span() for m in roles.COUNTRY_COMPOUND.finditer(text)]
    assert [m.span() for m in roles._COMPOUND_SCAN.finditer(roles.COUNTRY_COMPOUND, text)] == spans
    folded = prefilter.fold(text)
    visits = {c for c, p in meeting_visits._VISITS.items() if p.search(folded)}
    assert meeting_visits.visited_countries(folded) == visits
    titles = {m["title"] for m in news_subjects._TITLE_SUBJECT.finditer(text)}
    assert news_subjects._titles_as_subjects(text, []) == titles


def test_a_long_text_without_cjk_is_searched_once_for_it():
    from archive.ingest import cjk, meeting_visits, news_subjects

    body = "The two ministers met in Tokyo, Japan-U.S. talks. " * 2_000
    scans = cjk._LastLong.scans
    assert news_subjects._titles_as_subjects(body, []) == set()
    assert news_subjects._titles_as_subjects(body, []) == set()
    assert cjk._LastLong.scans == scans + 1  # the answer for the long body is kept
    assert meeting_visits.visited_countries(prefilter.fold(body + "訪日")) == {"Japan"}


VERB_PIECES = (
    "said", "says", "Said", "unsaid", "told", "untold", "noted", "continued", "continue",
    "explained", "stressed", " ", "-", "_", "x", "\n", "’s", "Kim",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(200))
def test_the_speech_verbs_scan_gives_the_plain_search(seed):
    from archive.ingest import speakers

    rng = random.Random(seed)
    text = "".join(rng.choice(VERB_PIECES) for _ in range(rng.randrange(40)))
    plain = [m.span() for m in speakers._VERB.finditer(text)]
    assert [m.span() for m in speakers._VERB_SCAN.finditer(speakers._VERB, text)] == plain


def _plain_printed(line: str, page: str) -> int:
    count, at = 0, page.find(line)
    while at != -1:
        count, at = count + 1, page.find(line, at + 1)
    return count


@pytest.mark.parametrize("long", [False, True])
def test_pull_quotes_past_the_dfa_size_are_the_plain_counts(long):
    """A candidate line of a report printed as one line is longer than a DFA is built
    for: the NFA that reads it finds the same copies."""
    from archive.ingest import captions

    sentence = "The two ministers agreed to deepen their alliance in every field."
    filler = "They met in Tokyo on Monday and spoke for an hour about trade. "
    size = captions.DFA_NEEDLE_CHARS + 10 if long else 2_000
    one_line = (filler * (size // len(filler) + 1)) + sentence
    for paragraphs in (
        [one_line, sentence],
        [sentence, one_line],
        [one_line, "“" + sentence + "”", "Other words here that are a sentence of eight."],
    ):
        page = "\n".join(paragraphs)
        plain = [
            i
            for i in range(len(paragraphs))
            if (
                paragraphs[i].startswith(captions._OPENING_QUOTE)
                or (i < captions.DECK_LINES and captions.is_sentence(paragraphs[i]))
            )
            and captions.has_words(paragraphs[i], 8)
            and _plain_printed(paragraphs[i], page) > paragraphs.count(paragraphs[i])
        ]
        assert captions.pull_quotes(paragraphs) == plain
    assert captions.pull_quotes([one_line, sentence]) == [1]  # printed inside the long line
