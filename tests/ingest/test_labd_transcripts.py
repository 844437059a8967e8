"""An interpreter's note opening a transcript turn is no part of the speaker's first
sentence, however the page words it: "(As interpreted.)" (the White House archives),
"(Via interpreter)", "(Vía intérprete)", "(tramite interprete)", "(melalui penerjemah)",
"（通訳）"; and "(AS INTERPRETED)" inside the label. Invented pages."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.transcripts import NOTE, find_turns


def turns(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(h.speaker_slug, h.text) for h in find_turns(body, ref.index, mentions)]


WHITE_HOUSE = (
    "Akasaka Palace\nTokyo, Japan\n\n"
    "PRIME MINISTER KISHIDA:\u00a0 (As interpreted.)\u00a0 It is a great pleasure to welcome"
    " you.\u00a0 We had a good talk.\n\n"
    "PRESIDENT BIDEN:\u00a0 Thank you, Fumio.\u00a0 The alliance has never been stronger."
)


def test_the_white_house_note_and_its_no_break_spaces_are_left_out(ref):
    assert turns(WHITE_HOUSE, ref) == [
        ("fumio-kishida", "It is a great pleasure to welcome you."),
        ("joe-biden", "Thank you, Fumio."),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "(As interpreted.)",
        "(As interpreted)",
        "(Via interpreter)",
        "(Through an interpreter)",
        "(Through interpretation)",
        "(In Japanese)",
        "(Vía intérprete)",
        "(A través de un intérprete)",
        "(Según interpretación)",
        "(tramite interprete)",
        "(Tramite l'interprete)",
        "(melalui penerjemah)",
        "(Melalui juru bahasa)",
        "（通訳）",
    ],
)
def test_each_languages_note_opens_the_turn_and_is_dropped(ref, note):
    body = (
        f"MINISTER HAYASHI: {note} We agreed to work closely. Thank you.\n\n"
        "SECRETARY BLINKEN: Thank you, Yoshimasa. It is good to be here."
    )
    assert turns(body, ref)[0] == ("yoshimasa-hayashi", "We agreed to work closely.")


def test_the_note_in_the_label_is_part_of_the_label(ref):
    body = (
        "FOREIGN MINISTER HAYASHI (AS INTERPRETED): Welcome to Tokyo. We meet often.\n\n"
        "SECRETARY BLINKEN: Thank you. It is good to be back."
    )
    assert turns(body, ref) == [
        ("yoshimasa-hayashi", "Welcome to Tokyo."),
        ("antony-blinken", "Thank you."),
    ]


@pytest.mark.parametrize(
    "words",
    [
        "(Inaudible.) We agreed.",  # a transcriber's note, not an interpreter's
        "(Laughter.) Thank you.",
        "(Applause.)",
        "(In the interpreter's absence the minister spoke English.)",
    ],
)
def test_other_notes_in_brackets_are_not_interpreters_notes(words):
    assert NOTE.match(words) is None


def test_a_sentence_in_brackets_that_only_mentions_interpreting_stays(ref):
    body = (
        "SECRETARY BLINKEN: (Interpreted remarks follow below.) Good evening. Thank you.\n\n"
        "MINISTER HAYASHI: Thank you, Tony. Welcome."
    )
    assert turns(body, ref)[0] == ("antony-blinken", "(Interpreted remarks follow below.)")


SPANISH = (
    "El secretario Antony Blinken y el canciller japonés Hayashi ante la prensa\n\n"
    "TOKIO, JAPÓN\n\n"
    "SECRETARIO BLINKEN: Buenas tardes a todos. Gracias por venir.\n\n"
    "CANCILLER HAYASHI: (Vía intérprete) Bienvenido a Tokio. Es un honor.\n\n"
    "PREGUNTA: Gracias. Una pregunta para ambos.\n\n"
    "EL SECRETARIO: Gracias por la pregunta. Creo que la alianza es fuerte."
)


def test_a_spanish_translation_of_a_transcript(ref):
    assert turns(SPANISH, ref) == [
        ("antony-blinken", "Buenas tardes a todos."),
        ("yoshimasa-hayashi", "Bienvenido a Tokio."),
        (None, "Gracias."),
        ("antony-blinken", "Gracias por la pregunta."),
    ]


def test_italian_and_indonesian_labels(ref):
    italian = (
        "SEGRETARIO BLINKEN: Buonasera a tutti. Grazie.\n\n"
        "DOMANDA: Grazie, signor Segretario. Una domanda.\n\n"
        "MINISTRO HAYASHI: (tramite interprete) Grazie. Siamo d'accordo."
    )
    assert turns(italian, ref) == [
        ("antony-blinken", "Buonasera a tutti."),
        (None, "Grazie, signor Segretario."),
        ("yoshimasa-hayashi", "Grazie."),
    ]
    indonesian = (
        "MENTERI LUAR NEGERI HAYASHI: (melalui penerjemah) Selamat datang. Terima kasih.\n\n"
        "PERTANYAAN: Terima kasih. Pertanyaan saya untuk Menteri Blinken.\n\n"
        "MENTERI LUAR NEGERI BLINKEN: Terima kasih. Aliansi kita kuat."
    )
    assert turns(indonesian, ref) == [
        ("yoshimasa-hayashi", "Selamat datang."),
        (None, "Terima kasih."),
        ("antony-blinken", "Terima kasih."),
    ]


def test_an_accented_capital_label_is_read_and_links_in_capitals_are_no_turns(ref):
    body = (
        "INTÉRPRETE: Gracias. Traduzco al ministro.\n\n"
        "SECRETARIO BLINKEN: Gracias. Es un placer.\n\n"
        "LEA TAMBIÉN: Blinken visita Japón por segunda vez.\n\n"
        "BACA JUGA: Blinken dan Hayashi bertemu di Tokyo."
    )
    assert turns(body, ref) == [(None, "Gracias."), ("antony-blinken", "Gracias.")]
