"""meeting_names: one automaton pass reads what the newspaper regex, the landmark search,
the places' and titles' automata, the president-elect's regex and the allies' pair search
read on their own (issue #10)."""

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_compounds import compound_countries
from archive.ingest.meeting_context import report_context
from archive.ingest.meeting_elect import _elect_matches
from archive.ingest.meeting_landmarks import without_speaking_landmarks
from archive.ingest.meeting_mentions import mentioned_places
from archive.ingest.meeting_names import NEWSPAPERS, ReadNames, apostrophes, names_automaton

WORDS = ("security consultative committee", "foreign ministers' meeting", "tokyo", "lima")

TEXTS = (
    "The White House said the Security Consultative Committee met in Tokyo.",
    "The Washington Post reported that the ministers met at the White House.",
    "The Foreign Ministers’ Meeting, as The New York Times put it, was held in New York.",
    "Foreign ministers' meeting at the Pentagon; a Pentagon official said so.",
    "워싱턴포스트는 백악관이 밝혔다고 전했다. 백악관에서 회담이 열렸다. 도쿄.",
    "华盛顿邮报报道，白宫表示，双方在白宫会谈。",
    "Xtokyo and tokyoX name no Tokyo; white house said",  # a name inside a word
    "at the white house said. white housewhite house said tokyo",
)


def _old_reading(folded: str, words):
    """What the readers read before `meeting_names`: the text with its newspapers and
    speaking landmarks blanked, its places, and each word searched for."""
    blanked = without_speaking_landmarks(NEWSPAPERS.sub(" ", folded))
    plain = blanked.replace("’", "'")
    return blanked, mentioned_places(blanked), {word: word in plain for word in words}


@pytest.mark.parametrize("text", TEXTS)
def test_one_pass_reads_what_the_separate_readers_read(text):
    folded = prefilter.fold(text)
    read = ReadNames(folded, names_automaton(WORDS), WORDS)
    blanked, places, said = _old_reading(folded, WORDS)
    assert (read.blanked, read.places, read.said) == (blanked, places, said)


def test_a_speaking_landmark_is_no_place_but_one_met_at_is():
    said = ReadNames(prefilter.fold("The White House said so."), names_automaton())
    held = ReadNames(prefilter.fold("They met at the White House."), names_automaton())
    assert "Washington" not in said.places and "Washington" in held.places


def test_a_newspaper_named_after_a_city_names_no_city():
    read = ReadNames(prefilter.fold("The Washington Post said so."), names_automaton())
    assert "Washington" not in read.places
    assert read.blanked == "the   said so."  # the name is one space


def test_a_title_is_said_with_its_apostrophe_printed_either_way():
    assert apostrophes("ministers' meeting") == ["ministers' meeting", "ministers’ meeting"]
    words = ("foreign ministers' meeting",)
    for printed in ("Foreign Ministers’ Meeting", "Foreign Ministers' Meeting"):
        read = ReadNames(prefilter.fold(printed), names_automaton(words), words)
        assert read.said == {"foreign ministers' meeting": True}


def test_report_context_answers_says_from_its_one_pass():
    body = "The Washington Post: the Security Consultative Committee met in Lima."
    words = frozenset(WORDS)
    context = report_context(body, names=names_automaton(words), words=words)
    assert context._said == {word: word in context.plain for word in words}
    assert context._said["lima"] and "Washington" not in context.places


ELECT_TEXTS = (
    "President-elect Trump met Prime Minister Abe in New York.",
    "El presidente electo Biden habló con Suga. President elect Biden, again.",
    "트럼프 대통령 당선인은 아베 총리와 만났다. 바이든 당선인도. 대통령당선인.",
    "トランプ次期大統領と安倍首相が会談した。候任总统特朗普与安倍会晤。",
    "No one here is elected: the election of a president.",
)


@pytest.mark.parametrize("text", ELECT_TEXTS)
def test_the_president_elect_is_found_where_the_pass_puts_him(text):
    folded = prefilter.fold(text)
    names = names_automaton()
    names.table(folded)
    expected = [m.span() for m in _elect_matches(folded, None)]
    assert [m.span() for m in _elect_matches(folded, names)] == expected


@pytest.mark.parametrize(
    "text", ["日米豪防衛相会談", "美日印澳外长会谈与日美韩", "日米比較と日米印", "no pair here"]
)
def test_the_allies_pair_is_read_from_the_same_pass(text):
    table = names_automaton().table(prefilter.fold(text))
    assert compound_countries(text, table) == compound_countries(text)
