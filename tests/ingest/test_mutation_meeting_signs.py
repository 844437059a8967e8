"""Report signs (issue 11's mutation sample, meeting_signs.py): the place printed alone on
one of a report's opening short lines is counted from its first line of text, whatever
blank lines come before it."""

from archive.ingest.meeting_signs import report_signs


def test_a_head_place_is_found_below_leading_blank_lines():
    body = "\n" * 12 + "Remarks by the President\nTokyo, Japan\n\nTHE PRESIDENT: Thank you.\n"
    assert report_signs(body).dateline == "Remarks by the President / Tokyo, Japan"


def test_a_head_place_under_a_first_line_with_no_dateline_is_the_dateline():
    body = "(As Prepared for Delivery)\nTokyo, Japan\n\nTHE PRESIDENT: Thank you.\n"
    assert report_signs(body).dateline == "Tokyo, Japan"
