"""People in the news on long reports (issue #10, thirteenth session): a person's
mentions are read for the genitive only until one of them says they act, and never once
they are out; the sentence holding a position is read around it, not from the whole
text's split. Invented reports."""

import random
from bisect import bisect_right

import pytest

from archive.ingest import news_subjects, passing
from archive.ingest.people import find_people, in_the_news


def _counting_genitive(monkeypatch):
    calls = []
    genitive = news_subjects._genitive
    monkeypatch.setattr(
        news_subjects, "_genitive", lambda body, m: calls.append(m.form) or genitive(body, m)
    )
    return calls


def test_a_person_who_acts_is_not_read_again(ref, monkeypatch):
    calls = _counting_genitive(monkeypatch)
    body = "Fumio Kishida met Antony Blinken. " * 30
    mentions, _ = find_people(body, ref.index)
    kept = {m.slug for m in in_the_news(body, mentions, [], ref.index, None)}
    assert kept == {"fumio-kishida", "antony-blinken"}
    assert sorted(calls) == ["Antony Blinken", "Fumio Kishida"]


def test_a_genitive_mention_before_an_acting_one_still_keeps_the_person(ref, monkeypatch):
    calls = _counting_genitive(monkeypatch)
    body = (
        "Antony Blinken praised the recent visit by Prime Minister Fumio Kishida. "
        "Later, Fumio Kishida met Antony Blinken. Fumio Kishida spoke."
    )
    mentions, _ = find_people(body, ref.index)
    kept = {m.slug for m in in_the_news(body, mentions, [], ref.index, None)}
    assert kept == {"fumio-kishida", "antony-blinken"}
    # Blinken once; Kishida until his second mention, not his third.
    assert calls.count("Fumio Kishida") == 2 and calls.count("Antony Blinken") == 1


def test_a_person_only_in_the_genitive_is_read_at_every_mention(ref, monkeypatch):
    calls = _counting_genitive(monkeypatch)
    body = "Antony Blinken praised the visit by Fumio Kishida. " * 3
    mentions, _ = find_people(body, ref.index)
    kept = {m.slug for m in in_the_news(body, mentions, [], ref.index, None)}
    assert kept == {"antony-blinken"}
    assert calls.count("Fumio Kishida") == 3


def test_a_person_once_former_drops_out_whatever_their_other_mentions_say(ref):
    body = "Fumio Kishida met Joe Biden. Biden praised former Prime Minister Fumio Kishida."
    mentions, _ = find_people(body, ref.index)
    kept = {m.slug for m in in_the_news(body, mentions, [], ref.index, None)}
    assert [m.slug for m in mentions].count("fumio-kishida") == 2
    assert kept == {"joe-biden"}


def _whole_text_sentence(body: str, at: int) -> tuple[int, int]:
    """The sentence holding `at`, from every sentence end of the text (the plain way)."""
    starts = [0, *(m.end() for m in passing._SENTENCE_END.finditer(body))]
    i = bisect_right(starts, at) - 1
    return starts[i], starts[i + 1] if i + 1 < len(starts) else len(body)


@pytest.mark.parametrize("near", [passing.NEAR, 64, 7])
def test_a_sentence_read_around_a_position_is_the_whole_texts_sentence(near, monkeypatch):
    # A small reach makes the window give up and the whole text be split, as a text with
    # no sentence end for NEAR characters is.
    monkeypatch.setattr(passing, "NEAR", near)
    rng = random.Random(13)
    pieces = [
        "Kishida met Biden",
        " ",
        "  ",
        ".",
        ". ",
        "?”",
        "!) ",
        "”’ ",
        "U.S. ",
        "Mr. Abe",
        " A. ",
        "\n",
        "。",
        "岸田総理は",
        "x" * 300,
        "word " * 60,
    ]
    for _ in range(300):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        for at in range(0, len(body), max(1, len(body) // 40)):
            assert passing._sentence(body, at) == _whole_text_sentence(body, at), (body, at)


def test_titles_as_subjects_found_title_first_are_the_delimited_patterns_matches():
    from archive.ingest.cjk import CJK_TITLES

    rng = random.Random(131)
    others = ["は", "が", "은", "는", " ", "、", "。", "\n", "林", "外", "大"]
    for _ in range(600):
        pieces = [*rng.sample(sorted(CJK_TITLES), 6), *others]
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        plain = [
            (m.start("title"), m.end("title"), m["title"])
            for m in news_subjects._TITLE_SUBJECT.finditer(body)
        ]
        assert news_subjects._title_subjects(body) == plain, body


def test_no_former_title_is_read_before_a_name_printed_after_a_non_space(ref, monkeypatch):
    calls = []
    monkeypatch.setattr(news_subjects, "_may_be_former", lambda body, at: calls.append(at))
    body = "元外務大臣の岸田文雄氏は、林芳正外務大臣と会談した。"
    mentions, _ = find_people(body, ref.index)
    in_the_news(body, mentions, [], ref.index, None)
    assert mentions and calls == []
