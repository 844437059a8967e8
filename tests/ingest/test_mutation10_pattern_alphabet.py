"""A pattern with a conditional group ("(?(1)…|…)", as a label closing the bracket it
opened) has its refused characters read through both branches (issue 11's seed-20261212
mutation run, pattern_alphabet._collect)."""

import re

import pytest

from archive.ingest.pattern_alphabet import refused_characters


@pytest.mark.parametrize(
    ("source", "refused"),
    [
        (r"(\()?[^.:]+(?(1)\))", {".", ":"}),
        (r"(\[)?[^.:]+(?(1)\]|:)", {"."}),  # the "no" branch matches ":"
        (r"(\()?[^.)]+(?(1)\))", {"."}),  # the "yes" branch matches ")"
    ],
)
def test_both_branches_of_a_conditional_group_are_read(source, refused):
    assert refused_characters(re.compile(source)) == refused
