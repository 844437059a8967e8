"""Transcript turns under labels in mixed case (issue 11): many sites print "Secretary
Blinken:", "Foreign Minister Hayashi:", "Prime Minister Kishida (via interpreter):" where
the State Department prints "SECRETARY BLINKEN:". A title word and one known surname make
the label a speaker's; a subtitle after such a label (no sentence mark) is no turn.
Invented transcripts."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.transcripts import find_turns


def turns(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_turns(body, ref.index, mentions)]


@pytest.mark.parametrize(
    "first, second, speakers",
    [
        ("Secretary Blinken", "Foreign Minister Hayashi", ["antony-blinken", "yoshimasa-hayashi"]),
        (
            "Prime Minister Kishida (via interpreter)",
            "President Biden",
            ["fumio-kishida", "joe-biden"],
        ),
        ("Secretary of Defense Austin", "Minister Hamada", ["lloyd-austin", "yasukazu-hamada"]),
    ],
)
def test_labels_in_mixed_case_with_a_title_and_a_known_surname(ref, first, second, speakers):
    body = (
        "Joint press conference\n\n"
        f"{first}: Thank you very much. We held a fruitful meeting today.\n\n"
        f"{second}: Thank you. It was a great meeting.\n\n"
        "Moderator: We will take two questions."
    )
    assert turns(body, ref) == [
        (speakers[0], "Thank you very much."),
        (speakers[1], "Thank you."),
        (None, "We will take two questions."),
    ]


def test_a_subtitle_after_a_titled_name_is_no_turn(ref):
    body = (
        "Blinken in Tokyo\n\nSecretary Blinken: A Trip to Deepen the Alliance\n\n"
        "The secretary arrived in Tokyo on Friday for talks with Yoshimasa Hayashi."
    )
    assert turns(body, ref) == []


def test_a_title_with_no_known_surname_is_no_label(ref):
    body = (
        "Notes\n\nSenator Smithers: We met today. It went well.\n\n"
        "Governor Jones: Thank you. It was a great meeting."
    )
    assert turns(body, ref) == []
