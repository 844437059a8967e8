"""A quote that runs over two paragraphs (issue 11): the first paragraph's part has no
closing mark and the next paragraph opens with a quote mark, the convention of English
copy, though the quote began mid-paragraph ("Blinken said, “We are committed…"). Invented
texts."""

from datetime import date

from archive.ingest.people import find_people
from archive.ingest.quote_marks import opens_with_quote, quote_spans
from archive.ingest.quotes import find_quotes

INTRO = "Secretary of State Antony Blinken met Foreign Minister Yoshimasa Hayashi on Tuesday.\n\n"


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    hits = find_quotes(body, mentions, index=ref.index, on=date(2023, 1, 10))
    return [(hit.speaker_slug, hit.text) for hit in hits]


def test_a_quote_begun_mid_paragraph_runs_on_into_the_next(ref):
    body = INTRO + (
        "Blinken said, “We are committed to the alliance. We will work with Japan on every"
        " issue that matters\n\n"
        "“We will not let anyone divide us,” he added."
    )
    assert quotes(body, ref) == [
        (
            "antony-blinken",
            "We are committed to the alliance. We will work with Japan on every issue that matters",
        ),
        ("antony-blinken", "We will not let anyone divide us"),
    ]


def test_an_unclosed_mark_before_a_paragraph_without_a_quote_is_ignored(ref):
    body = INTRO + (
        "Blinken said, “We are committed to the alliance. We will work with Japan on every"
        " issue that matters\n\n"
        "The two ministers then met the press."
    )
    assert quotes(body, ref) == []


def test_the_spans():
    paragraph = "He said, “We are committed. We will work"
    assert quote_spans(paragraph) == []
    assert quote_spans(paragraph, continued=True) == [(9, len(paragraph))]
    assert opens_with_quote("“We will") and opens_with_quote(' "We will')
    assert opens_with_quote("「日米") and not opens_with_quote("We “will”")


def test_a_stray_unclosed_mark_no_one_speaks_is_no_quote(ref):
    body = INTRO + (
        "The “2+2'' talks are expected to focus on their new national security strategies"
        " and how the two allies plan to deal with China and North Korea.\n\n"
        "“We will discuss the new strategies in depth,” Blinken said."
    )
    assert quotes(body, ref) == [("antony-blinken", "We will discuss the new strategies in depth")]


def test_a_line_signing_the_quote_above_names_its_speaker(ref):
    body = INTRO + "“We will stand together against coercion in the region.”\n\n— Antony Blinken"
    assert quotes(body, ref) == [
        ("antony-blinken", "We will stand together against coercion in the region.")
    ]


def test_a_signature_under_an_attributed_quote_or_a_sentence_changes_nothing(ref):
    attributed = (
        INTRO + "“We will stand together against coercion,” Hayashi said.\n\n— Antony Blinken"
    )
    assert quotes(attributed, ref) == [
        ("yoshimasa-hayashi", "We will stand together against coercion")
    ]
    sentence = (
        INTRO + "The ministers said “they will stand together against coercion in the"
        " region” and left.\n\n— Antony Blinken"
    )
    assert "antony-blinken" not in [slug for slug, _ in quotes(sentence, ref)]
