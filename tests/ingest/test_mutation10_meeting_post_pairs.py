"""A named meeting is no post pair, wherever its post word falls (issue 11's
seed-20261212 mutation run, meeting_post_pairs._matches): "日米外相会談" names the
ministers' meeting (its own kind words count it), so the posts in it are not counted again,
even when the post word ends exactly where the window read around an earlier pair ends
(there the window hides "会談", and the pattern alone would take "日米外相" for a pair)."""

from collections import Counter

import pytest

from archive.ingest.meeting_post_pairs import REACH, post_pair_kinds
from archive.ingest.prefilter import fold


def _pair_then_named_meeting(gap: int) -> str:
    # "両外相" (the two ministers), `gap` characters of the report, then the named meeting.
    filler = ("東京で朝から協議を続けた" * 10)[:gap]
    return f"両外相は{filler}日米外相会談の結果を説明した。"


@pytest.mark.parametrize("gap", [REACH - 7, REACH - 6, REACH - 5, REACH - 4, REACH])
def test_a_named_meeting_near_a_post_pair_adds_no_second_pair(gap):
    # The window around the first "外相" ends REACH characters after it: at REACH - 5 the
    # named meeting's "外相" ends there, at REACH - 6 its "会" does; either way the window
    # shows "日米外相" without "会談".
    assert post_pair_kinds(fold(_pair_then_named_meeting(gap)), Counter()) == Counter(foreign=1)


def test_two_post_pairs_the_same_distance_apart_count_twice():
    filler = ("東京で朝から協議を続けた" * 10)[: REACH - 5]
    text = f"両外相は{filler}日米外相が共同声明を出した。"
    assert post_pair_kinds(fold(text), Counter()) == Counter(foreign=2)
