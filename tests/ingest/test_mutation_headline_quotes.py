"""Quotes in the headline at their edges (issue 11's mutation score): a quote the body's
rules attribute, one attributed to a role on the report's date, a known name right after
the quote, an unknown surname, the headline's people in any order, and which of the
body's quotes make a headline's quote a repeat."""

from datetime import date

import pytest

from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.people import find_people
from archive.ingest.results import QuoteHit

ON = date(2024, 4, 10)


def read(ref, title, body_quotes=(), *, on=ON, reverse=False):
    people = find_people(title, ref.index)[0]
    if reverse:
        people = people[::-1]
    found = headline_quotes(title, people, list(body_quotes), index=ref.index, on=on)
    return [(q.speaker_slug, q.text, q.form, q.speaker_name) for q in found]


def test_a_quote_the_bodys_rules_attribute_is_kept(ref):
    title = "President Joe Biden says the alliance is “a cornerstone”"
    assert read(ref, title) == [("joe-biden", "a cornerstone", "headline", "Joe Biden")]


@pytest.mark.parametrize(
    ("on", "speaker"), [(ON, "yoko-kamikawa"), (date(2022, 1, 7), "yoshimasa-hayashi")]
)
def test_a_quote_of_a_role_is_the_person_holding_it_on_the_reports_date(ref, on, speaker):
    title = "Japan's foreign minister says Japan is “ready to act”"
    assert [hit[:2] for hit in read(ref, title, on=on)] == [(speaker, "ready to act")]
    assert read(ref, title, on=None) == []


def test_a_known_name_right_after_the_quote_is_its_speaker(ref):
    title = "「日米同盟は揺るぎない」岸田首相"
    assert [hit[:3] for hit in read(ref, title)] == [
        ("fumio-kishida", "日米同盟は揺るぎない", "headline")
    ]


def test_an_unknown_surname_before_a_colon_names_no_one(ref):
    assert read(ref, "Smith: “We are ready to act”") == []


@pytest.mark.parametrize("reverse", [False, True])
def test_the_headlines_people_in_any_order(ref, reverse):
    title = "Fumio Kishida welcomes Joe Biden: “The alliance is unbreakable”"
    assert [hit[:2] for hit in read(ref, title, reverse=reverse)] == [
        ("joe-biden", "The alliance is unbreakable")
    ]


TITLE = "Kishida: “The alliance has never been stronger”"


@pytest.mark.parametrize(
    "body_text",
    [
        "The alliance has never been stronger.",  # the same words
        "The alliance has never been stronger, he said, and it will grow",  # holds them
        "never been stronger",  # held by them
    ],
)
def test_a_headline_quote_the_body_holds_or_that_holds_the_bodys_is_a_repeat(ref, body_text):
    body_quote = QuoteHit("fumio-kishida", body_text, 10, 50, "paragraph")
    assert read(ref, TITLE, [body_quote]) == []


@pytest.mark.parametrize("body_text", ["We will act", "…", ""])
def test_other_words_or_none_in_the_body_leave_the_headlines_quote(ref, body_text):
    body_quote = QuoteHit("fumio-kishida", body_text, 10, 50, "paragraph")
    assert [hit[:2] for hit in read(ref, TITLE, [body_quote])] == [
        ("fumio-kishida", "The alliance has never been stronger")
    ]


def test_a_quote_left_out_does_not_end_the_headlines_other_quotes(ref):
    # The first quote has no speaker: the second is still read.
    title = "Japan “concerned”; Kishida: “The alliance has never been stronger”"
    assert [hit[:2] for hit in read(ref, title)] == [
        ("fumio-kishida", "The alliance has never been stronger")
    ]
    # The first is the body's: the second is still the headline's.
    title = "Blinken: “We will act now”; Kishida: “The alliance has never been stronger”"
    body_quote = QuoteHit("antony-blinken", "We will act now", 10, 50, "paragraph")
    assert [hit[:2] for hit in read(ref, title, [body_quote])] == [
        ("fumio-kishida", "The alliance has never been stronger")
    ]


def test_a_headline_quotes_offsets_are_its_marks_in_the_title(ref):
    title = "「日米同盟は揺るぎない」岸田首相"
    people = find_people(title, ref.index)[0]
    [hit] = headline_quotes(title, people, [], index=ref.index, on=ON)
    assert title[hit.start : hit.end] == "「日米同盟は揺るぎない」"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ('미일 외교장관 회담 "동맹 강화 논의했다"', True),
        ('미일 외교장관 회담: "동맹 강화 논의했다"', False),  # a colon, then a space
        ("미일 외교장관 회담：“동맹 강화 논의했다”", False),
        ('"동맹 강화 논의했다"', False),  # the whole headline
        ('미일 회담 "동맹 강화 논의" 발표', False),  # not its closing clause
    ],
)
def test_a_korean_headlines_closing_clause_in_quotes_after_no_colon_is_a_summary(
    ref, title, summary
):
    # a50f3b0 sample: what a colon introduces is someone's words, not the headline's clause.
    expected = [(None, "동맹 강화 논의했다")] if summary else []
    assert [hit[:2] for hit in read(ref, title)] == expected
