"""Issue 11: a possessive right before a quote says whose view the words are ("In his view,
“…”", "Pero en su opinión, “…”", "Menurutnya, “…”"): the last speaker's, as after "he
said", or the subject of the sentence before when no one was quoted yet (invented texts)."""

from datetime import date

import pytest

from archive.ingest.loose_speakers import BEFORE_ONES_VIEW
from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    hits = find_quotes(body, mentions, index=ref.index, on=date(2023, 7, 14))
    return [hit.speaker_slug for hit in hits]


@pytest.mark.parametrize(
    "body",
    [
        "Antony Blinken se reunió con Yoshimasa Hayashi.\n\n“Hablamos de muchos temas”, dijo "
        "Hayashi.\n\nPero en su opinión, “la clave es impedir otra provocación”.",
        "Antony Blinken bertemu Yoshimasa Hayashi.\n\n“Kami membahas banyak hal,” kata "
        "Hayashi.\n\nMenurutnya, “aliansi kami tidak pernah sekuat ini.”",
        "Antony Blinken ha incontrato Yoshimasa Hayashi.\n\n“Abbiamo parlato di molti temi”, ha "
        "detto Hayashi.\n\nA suo avviso, “l'alleanza non è mai stata così forte”.",
    ],
)
def test_the_words_of_the_last_speaker(ref, body):
    assert speakers(body, ref) == ["yoshimasa-hayashi", "yoshimasa-hayashi"]


def test_with_no_one_quoted_the_subject_of_the_sentence_before(ref):
    body = (
        "Antony Blinken met Yoshimasa Hayashi on Friday.\n\n"
        "In his view, “the alliance has never been stronger than it is today in the region.”"
    )
    assert speakers(body, ref) == ["antony-blinken"]


@pytest.mark.parametrize(
    ("before", "found"),
    [
        ("In his view, ", True),
        ("Pero en su opinión, ", True),
        ("Menurut beliau, ", True),
        # someone else's view, or the view is not right before the quote
        ("In their view, ", False),
        ("In his view the talks went well and ", False),
        ("Within his view, ", False),
    ],
)
def test_the_possessive_is_right_before_the_quote(before, found):
    assert (BEFORE_ONES_VIEW.search(before) is not None) is found
