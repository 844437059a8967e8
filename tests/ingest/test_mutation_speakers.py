"""A Latin-script quote after a colon (issue 11's mutation sample, speakers.py): "X said:"
names X, unless a role with its own speech verb ends at or after X ("The Japanese foreign
minister said:" is that role's)."""

import pytest

from archive.ingest.speakers import attribution


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
