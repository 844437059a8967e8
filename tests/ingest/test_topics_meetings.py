"""find_topics and suggest_meetings."""

from datetime import date

import pytest

from archive.ingest.meetings import suggest_meetings
from archive.ingest.topics import find_topics


def test_topics_whole_words_any_case_most_mentioned_first(ref):
    body = "Hypersonic missiles. North Korea fired a hypersonic missile. China watched."
    assert find_topics(body, ref.index) == ["hypersonic-weapons", "china", "north-korea"]


def test_no_topic_from_part_of_a_word(ref):
    assert find_topics("Chinaware and Okinawans.", ref.index) == []


def suggest(ref, body="", people=(), **kwargs):
    return suggest_meetings(index=ref.index, body=body, people=set(people), **kwargs)


MINISTERS_2022 = ("antony-blinken", "lloyd-austin", "yoshimasa-hayashi", "nobuo-kishi")


def test_published_on_the_day_with_its_ministers(ref):
    suggestions, auto = suggest(
        ref, people=MINISTERS_2022, published=date(2022, 1, 7), precision="day"
    )
    assert auto == "scc-2022-01-07"
    # On the day (0.45), all four participants (0.40), everyone at the table (0.10).
    assert suggestions[0].score == pytest.approx(0.95)
    assert "names everyone at the table" in suggestions[0].reasons


def test_a_day_early_in_washington_time_still_counts(ref):
    _, auto = suggest(ref, people=MINISTERS_2022, published=date(2022, 1, 6), precision="day")
    assert auto == "scc-2022-01-07"


def test_yearless_dateline(ref):
    suggestions, auto = suggest(ref, people=MINISTERS_2022, month_day=(1, 7))
    assert auto == "scc-2022-01-07"
    assert "the dateline's day and month match the meeting's" in suggestions[0].reasons


def test_minister_out_of_office_counts_against(ref):
    suggestions, auto = suggest(
        ref, people=("antony-blinken", "yoshimasa-hayashi", "yasukazu-hamada")
    )
    by_slug = {s.slug: s for s in suggestions}
    assert auto == "scc-2023-01-11"
    assert "names Yasukazu Hamada, not in office on 2022-01-07" in by_slug["scc-2022-01-07"].reasons


def test_ambiguous_report_gets_suggestions_but_no_automatic_pick(ref):
    """Blinken and Austin attended four meetings: nothing tells which one."""
    suggestions, auto = suggest(ref, people=("antony-blinken", "lloyd-austin"))
    assert auto is None
    assert {s.slug for s in suggestions} >= {"scc-2022-01-07", "scc-2023-01-11"}


def test_a_keyword_true_of_one_meeting_decides(ref):
    body = "The ministers met virtually."
    suggestions, auto = suggest(ref, body=body, people=("antony-blinken", "yoshimasa-hayashi"))
    assert auto == "scc-2022-01-07"
    assert "keywords: virtually" in suggestions[0].reasons


def test_far_away_publication_rules_a_meeting_out(ref):
    suggestions, auto = suggest(
        ref, people=MINISTERS_2022, published=date(2023, 1, 11), precision="day"
    )
    assert "scc-2022-01-07" not in {s.slug for s in suggestions}


def test_suggestions_are_sorted_and_bounded(ref):
    suggestions, _ = suggest(ref, people=("antony-blinken",), limit=3)
    assert len(suggestions) <= 3
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)
    assert all(0 < s.score <= 1 for s in suggestions)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "両外相は北朝鮮の核・ミサイル問題と台湾海峡の平和について協議した。",
            ["north-korea", "taiwan-strait"],
        ),
        ("双方讨论了朝鲜问题和台湾海峡局势。", ["north-korea", "taiwan-strait"]),
        ("雙方討論了台灣海峽的和平。", ["taiwan-strait"]),
        ("양국은 북한의 극초음속 미사일 발사를 규탄했다.", ["hypersonic-weapons", "north-korea"]),
        (
            "Los ministros hablaron de Corea del Norte y de los misiles hipersónicos.",
            ["hypersonic-weapons", "north-korea"],
        ),
        ("Para menteri membahas ancaman Korea Utara dan Tiongkok.", ["china", "north-korea"]),
        ("I ministri hanno parlato della Corea del Nord e della Cina.", ["china", "north-korea"]),
        ("沖縄の基地負担の軽減について議論した。", ["okinawa"]),
    ],
)
def test_topics_in_every_language(ref, body, expected):
    """Keywords from topic_keywords_multilingual.json; CJK ones match inside words."""
    assert find_topics(body, ref.index) == expected


def test_latin_keywords_still_need_whole_words(ref):
    assert find_topics("Los cinesiólogos y la Cinacittà.", ref.index) == []
