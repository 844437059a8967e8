"""bilateral_meeting's third-country check (issue 11's seed-20261210 mutation sample,
meeting_kinds.py): a third country that opens the text is in the sentence around
"bilateral" too."""

from archive.ingest.meeting_kinds import bilateral_meeting


def test_a_third_country_opening_the_text_makes_the_meeting_no_bilateral_one():
    # _sentence 6 began the sentence at the text's second character, cutting "australia".
    assert not bilateral_meeting("australia and japan held a bilateral meeting on monday.")
    assert bilateral_meeting("the ministers held a bilateral meeting on monday.")
