"""bilateral_meeting's third-country check (issue 11's seed-20261208 mutation sample,
meeting_kinds.py): it reads the sentence around "bilateral" only as far as its reach."""

from archive.ingest.meeting_kinds import _THIRD_REACH, bilateral_meeting


def test_a_country_named_past_the_reach_of_a_long_sentence_leaves_the_meeting_bilateral():
    # The sentence runs on with no stop for well past the reach: a country named at its
    # far end is no table the bilateral meeting was held at (_sentence 29 read on to the
    # next stop, however far, and took Australia as a third country).
    filler = "on the sidelines of a long day of talks with many delegations in the city "
    text = f"the ministers held a bilateral meeting {filler}{filler}before australia. they left."
    assert text.index("australia") - text.index("bilateral") > 2 * _THIRD_REACH
    assert bilateral_meeting(text)


def test_a_country_named_within_the_reach_makes_the_meeting_no_bilateral_one():
    assert not bilateral_meeting("the ministers held a bilateral meeting with australia.")
