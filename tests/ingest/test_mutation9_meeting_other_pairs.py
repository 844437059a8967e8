"""A pair of countries inside a longer compound is read with the compound's last pair only
(issue 11's seed-20261211 mutation sample, meeting_other_pairs.py): the Quad's four names in
one run ("印澳日美") hold both allies, so their ministers' meeting stays the allies' kind."""

from dataclasses import replace

import pytest

from archive.ingest.meetings import _read_report
from tests.ingest.reference_data import seed_reference

INDEX = replace(seed_reference(), meetings=()).index


def _foreign(text):
    return _read_report(INDEX, text, None, "unknown")[0].kind_words["foreign"]


@pytest.mark.parametrize("text", ["印澳日美外长会谈在东京举行。", "澳印美日外长会谈在东京举行。"])
def test_a_pair_before_both_allies_in_one_compound_takes_nothing_off(text):
    # _other_pair 4 read the first pair ("印澳") as a compound of its own when it went on
    # with more countries, and took the meeting off as another pair's.
    assert _foreign(text) == 1


def test_the_pair_alone_is_another_pairs_meeting():
    assert _foreign("印澳外长会谈在东京举行。") == 0
