"""Report signs (issue 11's mutation sample, meeting_signs.py): the place printed alone on
one of a report's opening short lines is counted from its first line of text, whatever
blank lines come before it."""

from archive.ingest.meeting_signs import _head_place, report_signs


def test_a_head_place_is_found_below_leading_blank_lines():
    body = "\n" * 12 + "Remarks by the President\nTokyo, Japan\n\nTHE PRESIDENT: Thank you.\n"
    assert report_signs(body).dateline == "Remarks by the President / Tokyo, Japan"


def test_a_head_place_under_a_first_line_with_no_dateline_is_the_dateline():
    body = "(As Prepared for Delivery)\nTokyo, Japan\n\nTHE PRESIDENT: Thank you.\n"
    assert report_signs(body).dateline == "Tokyo, Japan"


def test_a_hyphen_ending_the_first_line_stays_in_the_dateline():
    # Decision on report_signs 8 (45fd687 and a50f3b0 samples): the dateline is read from
    # the first line alone, so "WASHINGTON -" with the text on the next line keeps its
    # hyphen (a dash needs a space after it, and the line ends first), where the mutant,
    # reading past the line break, gives "WASHINGTON". The tidier reading changes nothing
    # downstream: the dateline is only searched for a city or a month and day, which the
    # hyphen does not hide. Left as the code reads it; a dash at the end of the line
    # (`\s[–—-]+(?:\s|$)` in _DATELINE_END) would give the tidier one.
    assert report_signs("WASHINGTON -\nPresident Biden met Kishida.").dateline == "WASHINGTON -"
    assert report_signs("TOKYO --\nThe talks ended.").dateline == "TOKYO --"
    # A dash with a space after it, or an em dash, ends the dateline on any line.
    assert report_signs("WASHINGTON - President Biden met Kishida.").dateline == "WASHINGTON"
    assert report_signs("WASHINGTON —\nPresident Biden met Kishida.").dateline == "WASHINGTON"


def test_a_head_place_is_looked_for_above_the_first_line_longer_than_sixty():
    # a50f3b0 sample: a line of 61 characters or more is the text, and ends the search.
    sixty = "Remarks by the Secretary and the Foreign Minister in Tokyo ok"[:60]
    assert len(sixty) == 60
    assert _head_place(f"{sixty}\nTokyo, Japan\nThe text.") == "Tokyo, Japan"
    assert _head_place(f"{sixty}x\nTokyo, Japan\nThe text.") == ""
