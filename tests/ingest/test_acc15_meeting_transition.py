"""A report without a date of its own that names a president-elect is of the transition
(`meeting_elect.outside_transition`): a meeting of the same leaders held years later,
however well its day, place and kind fit, is offered to the curator, never linked
automatically. Invented texts and meetings."""

from __future__ import annotations

from tests.ingest.invented_meetings import transition_suggested as _suggest


def test_a_meeting_outside_the_transition_is_not_linked():
    body = (
        "Prime Minister Kei Sato held a summit with President-elect Pat Doe in New York on "
        "the 17th, the first leader to meet him since the election."
    )
    ranked, auto = _suggest(body)
    assert auto is None
    assert ranked and ranked[0].slug == "summit-later" and not ranked[0].linked


def test_the_same_report_without_a_president_elect_links_it():
    body = (
        "Prime Minister Kei Sato held a summit with President Pat Doe in New York on the "
        "17th, on the sidelines of the General Assembly."
    )
    assert _suggest(body)[1] == "summit-later"
