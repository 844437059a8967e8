"""mojibake.install gives ftfy this module's functions only when ftfy's internals are
those of the pinned version (issue 11's mutation sample, mojibake.py): when any one of
them differs (another ftfy), install returns False and leaves ftfy as it is. And
`anchors`: the characters one of which every match of a pattern holds, or None."""

import re

import ftfy
import ftfy.fixes
import pytest

from archive.ingest import mojibake


def _other(*args, **kwargs):  # another version's function
    raise AssertionError("not to be called")


@pytest.mark.parametrize(
    "change",
    [
        lambda mp: mp.setattr(ftfy, "is_bad", _other),
        lambda mp: mp.setattr(ftfy.fixes, "is_bad", _other),
        lambda mp: mp.setitem(ftfy.FIXERS, "remove_control_chars", _other),
        lambda mp: mp.setattr(ftfy.fixes, "decode_inconsistent_utf8", _other),
        lambda mp: mp.setitem(ftfy.FIXERS, "decode_inconsistent_utf8", _other),
    ],
    ids=["ftfy.is_bad", "fixes.is_bad", "remove_control_chars", "decode", "FIXERS decode"],
)
def test_ftfy_with_other_internals_is_left_as_it_is(monkeypatch, change):
    change(monkeypatch)
    before = (
        ftfy.is_bad,
        ftfy.fixes.is_bad,
        dict(ftfy.FIXERS),
        ftfy.fixes.decode_inconsistent_utf8,
    )
    assert mojibake.install() is False
    after = (ftfy.is_bad, ftfy.fixes.is_bad, dict(ftfy.FIXERS), ftfy.fixes.decode_inconsistent_utf8)
    assert after == before


@pytest.mark.parametrize("module", [ftfy, ftfy.fixes], ids=["ftfy", "ftfy.fixes"])
def test_an_ftfy_without_is_bad_is_left_as_it_is(monkeypatch, module):
    # Another version may not have the function at all: no error, ftfy left as it is.
    monkeypatch.delattr(module, "is_bad")
    assert mojibake.install() is False
    assert not hasattr(module, "is_bad")


def test_the_pinned_ftfy_is_given_this_modules_functions():
    assert mojibake.install() is True
    assert ftfy.fixes.is_bad is mojibake.is_bad
    assert ftfy.FIXERS["decode_inconsistent_utf8"] is mojibake.decode_inconsistent_utf8


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # Each alternative's rarest non-ASCII position: "Ã" and "â" ("€" is typography).
        ("Ã[\x80-\xbf]|â€[\x9c\x9d]", (frozenset("Ãâ"), 3)),
        ("x[éè]y", (frozenset("éè"), 3)),
        # An alternative with no non-ASCII position: no anchor, the pattern searched whole.
        ("Ã[\x80-\xbf]|ab", (None, 2)),
    ],
)
def test_anchors_are_the_characters_every_match_holds(pattern, expected):
    assert mojibake.anchors(re.compile(pattern)) == expected


def test_every_line_of_a_block_longer_than_longest_is_tested():
    # a50f3b0 sample: a long block is not searched for its touched lines, all are tested;
    # a short one in NFC only its lines holding a touched character.
    block = "plain line one\nplain line two\nCafÃ© line\nlast"
    assert list(mojibake._lines_to_test(block, len(block))) == [(30, 41)]
    assert list(mojibake._lines_to_test(block, len(block) - 1)) == [
        (0, 15),
        (15, 30),
        (30, 41),
        (41, 45),
    ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("[“”][éè]", ({"é", "è"}, 2)),  # the position with no typography anchors it
        ("[“”][éè]|ab[àâä]", ({"é", "è", "à", "â", "ä"}, 3)),  # one set per alternative
        ("[“”]x", ({"“", "”"}, 2)),  # typography when there is nothing else
        ("ab", (None, 2)),  # no non-ASCII position: searched everywhere
    ],
)
def test_anchors_prefer_the_position_with_the_fewest_typography_characters(pattern, expected):
    # seed-20261207 sample (anchors 35): the choice among an alternative's positions.
    found, width = mojibake.anchors(re.compile(pattern))
    assert (found, width) == (None if expected[0] is None else frozenset(expected[0]), expected[1])
