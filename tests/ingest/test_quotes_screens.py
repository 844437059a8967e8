"""The cheap screens in front of the quote readers' patterns (issue #10: parse time) give
the answers of the patterns alone: each is checked against the bare pattern on sentences
that match, that nearly match, and on text past ASCII."""

from __future__ import annotations

import random

from archive.ingest import (
    cjk,
    loose_speakers,
    quote_marks,
    quote_names,
    quote_speakers,
    transcripts,
)
from archive.ingest.results import Mention

_ENDINGS = [
    "the so-called ",
    "what Beijing calls ",
    "what one official described as ",
    "a plan dubbed ",
    "lo que se conoce como ",
    "il cosiddetto ",
    "apa yang disebut ",
    "what Tokyo termed ",
    "THE SO-CALLED ",
    "the ſo-called ",  # re.I folds "ſ" to "s": only past ASCII
    "Blinken said, a la que respondió que ",
    "Gates, y añadió que: ",
    "e ha detto che ",
    "In his view, ",
    "IN HER OPINION ,",
    "Pero en su opinión, ",
    "según él ",
    "Menurutnya, ",
    "menurut beliau ",
    "with Obama warning that ",
    "Obama diciendo que: ",
    "Biden noting ",
    "Kishida saying , ",
    "Austin said ",
    "the ministers agreed that ",
    "",
    " ",
    ", ",
    "It was called off, and ",
]


def _sentences(count: int = 600) -> list[str]:
    draw = random.Random(13)
    words = ["Blinken", "said", "the", "alliance", "Tokyo", "café", "林", "that", ",", ":"]
    found = list(_ENDINGS)
    for _ in range(count):
        found.append(
            " ".join(draw.choice(words) for _ in range(draw.randint(0, 8)))
            + " "
            + draw.choice(_ENDINGS)
        )
    return found


def test_naming_screen_answers_as_the_pattern():
    for before in _sentences():
        for text in ("Asia Pivot", "a quote long enough to be someone's own words here"):
            expected = len(text.split()) < quote_names.FAR_QUOTE_WORDS and bool(
                quote_names.NAMED_AS.search(before)
            )
            assert quote_names.names_a_thing(text, before) is expected, before


def test_loose_screens_answer_as_the_patterns(monkeypatch):
    def unscreened(after: str, before: str):
        monkeypatch.setattr(loose_speakers, "_last_word_end", lambda before: "que")
        monkeypatch.setattr(loose_speakers, "_may_end_ones_view", lambda tail: True)
        monkeypatch.setattr(loose_speakers, "_GERUND_ENDS", ("",))
        try:
            return loose_speakers.loose_attribution(after, before)
        finally:
            monkeypatch.undo()

    seen = set()
    for before in _sentences():
        expected = unscreened("", before)
        assert loose_speakers.loose_attribution("", before) == expected, before
        seen.add(expected[0])
    assert "name-verb-quote" in seen and "" in seen  # both answers were asked for


def test_quote_mark_screen_answers_as_the_pattern():
    for paragraph in ["plain words", 'he said "yes"', "café", "“yes”", "「はい」", "«oui»", ""]:
        expected = quote_marks._QUOTE_MARK.search(paragraph) is not None
        assert quote_marks.has_quote_mark(paragraph) is expected


def test_cjk_screens_answer_as_the_pattern():
    for text in ["Hayashi", "café", "met 林芳正", "블링컨", "", "—"]:
        assert cjk.has_cjk(text) is (cjk._CJK_CHAR.search(text) is not None)
        assert cjk.cjk_count(text) == sum(map(len, cjk.CJK_RUN.findall(text)))


def test_a_speaker_line_ends_in_no_sentence_mark():
    blinken = Mention("antony-blinken", 0, 14, "Antony Blinken")
    for line, expected in [
        ("Antony Blinken, Secretary of State", ("antony-blinken", "Antony Blinken")),
        ("Antony Blinken, Secretary of State.", None),
        ("Antony Blinken, Secretary of State。  ", None),
        ("Antony Blinken said so!\n", None),
        ("", None),
    ]:
        assert quote_speakers.speaker_line(0, line, [blinken]) == expected


def test_a_long_line_is_an_announcement_heading_only_when_it_ends_as_one():
    for line in ["1" * 90 + " 発表事項", "1" * 90 + "冒頭発言", "1" * 90 + "모두 발언", "1" * 95]:
        ends = line[-1] in transcripts._ANNOUNCEMENT_ENDS
        assert ends is bool(transcripts.ANNOUNCEMENT.fullmatch(line))
