"""The phone format's count (issue 11's seed-20261208 mutation sample, meeting_signs.py):
a call the report dates before the meeting it covers ("上周…通电话", last week's call) is
no sign that this meeting was a call. Invented text."""

from archive.ingest.meeting_signs import report_signs


def test_a_call_dated_last_week_just_before_it_is_not_this_meetings_format():
    # _format_counts 24 looked for the past-call word from the call on, not before it.
    body = "两国外长今天在东京举行会谈。上周两人曾通电话。双方讨论了地区局势。"
    assert report_signs(body).format_words["phone"] == 0


def test_a_call_with_no_past_word_before_it_is_a_phone_sign():
    assert report_signs("两国外长今天通电话。双方讨论了地区局势。").format_words["phone"] == 1
