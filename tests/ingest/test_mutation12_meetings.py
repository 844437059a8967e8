"""A report dated to the day reads no neighbouring meeting: the days its text names date
its own meeting and others by its date, so another meeting of the same people on another
named day adds nothing; an undated report's text still does (issue 11's seed-20261214
mutation sample, meetings.score_meeting: no test scored a dated report naming two days).
Invented calls."""

from dataclasses import replace
from datetime import date

from archive.ingest.meetings import suggest_meetings
from tests.ingest.invented_meetings import LEADERS
from tests.ingest.invented_meetings import leaders_call as _call
from tests.ingest.reference_data import seed_reference

BODY = "두 정상은 29일 통화했습니다. 다음 통화는 3일입니다."
NEIGHBOUR = "the text also dates their meeting of"


def _reasons(**dated) -> dict[str, list[str]]:
    calls = (_call("call-may-29", date(2022, 5, 29)), _call("call-jun-3", date(2022, 6, 3)))
    index = replace(seed_reference(), meetings=calls).index
    ranked, _ = suggest_meetings(index=index, body=BODY, people=set(LEADERS), **dated)
    return {suggestion.slug: suggestion.reasons for suggestion in ranked}


def test_a_report_dated_to_the_day_reads_no_neighbouring_meeting():
    reasons = _reasons(published=date(2022, 5, 29), precision="day")
    assert not [r for rs in reasons.values() for r in rs if r.startswith(NEIGHBOUR)]


def test_an_undated_report_reads_the_neighbouring_meeting():
    reasons = _reasons()
    assert any(r.startswith(NEIGHBOUR) for r in reasons["call-may-29"])
