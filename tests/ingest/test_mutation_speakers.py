"""A Latin-script quote after a colon (issue 11's mutation sample, speakers.py): "X said:"
names X, unless a role with its own speech verb ends at or after X ("The Japanese foreign
minister said:" is that role's). A bracketed sound-bite label names the person inside it."""

import pytest

from archive.ingest.results import Mention
from archive.ingest.speakers import _named_before, attribution, bracket_speaker


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Hayashi said: ", ("name-verb-colon-quote", "Hayashi", 0)),
        (
            "The Japanese foreign minister said: ",
            ("role-verb-quote", "The Japanese foreign minister", 0),
        ),
        # The role's verb comes before the name the colon follows: the name's words.
        (
            "The foreign minister said Hayashi told reporters: ",
            ("name-verb-colon-quote", "Hayashi", 26),
        ),
    ],
)
def test_a_colon_after_a_name_or_a_role(before, expected):
    assert attribution("", before) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("블링컨", ("antony-blinken", "블링컨")),  # the known person in the label
        ("기자", None),  # no one known in it, no title: no speaker
    ],
)
def test_a_bracketed_label_names_only_the_person_inside_it(label, expected):
    # The text before the paragraph ends with a known name: it is not the label's.
    body = f"블링컨\n\n[녹취: {label}] “질문이 있습니다”"
    offset = body.index("[")
    paragraph = body[offset:]
    mentions = [Mention("antony-blinken", 0, 3, "블링컨")]
    if label == "블링컨":
        at = body.index(label, offset)
        mentions.append(Mention("antony-blinken", at, at + 3, "블링컨"))
    assert bracket_speaker(paragraph, paragraph.index("“"), offset, mentions) == expected


@pytest.mark.parametrize(
    ("who", "slug"),
    [
        ("Fox spokesperson", "ann-lee-fox"),  # the full name's last word
        ("Lee spokesperson", None),  # its middle word is no surname
        ("Fox", None),  # a surname alone, no title after it
    ],
)
def test_a_surname_with_a_title_is_the_last_word_of_a_full_name_named_before(who, slug):
    # seed-20261207 sample (_named_before 14): a name of three words.
    mentions = [Mention("ann-lee-fox", 0, 11, "Ann Lee Fox")]
    assert _named_before(who, 20, mentions) == slug
    assert _named_before(who, 10, mentions) is None  # named after `at`: not before it
