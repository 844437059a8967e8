"""kind_evidence's reason (issue 11's mutation sample, meeting_kinds.py): the reason shown
with a suggested meeting says whether the report's words for it fit its kind, mostly or
not, in the sentence's own lower case."""

from collections import Counter
from datetime import date

import pytest

from archive.ingest.meeting_kinds import kind_evidence
from archive.ingest.meetings import ReportSigns
from archive.ingest.reference import KnownMeeting

SUMMIT = KnownMeeting(
    slug="summit-x", title="Summit", start=date(2024, 4, 10), end=date(2024, 4, 10), kind="summit"
)


@pytest.mark.parametrize(
    ("words", "points", "reason"),
    [
        (
            Counter(summit=1, foreign=2),
            0.0,
            "the report's words for the meeting mostly do not fit its kind (foreign, summit)",
        ),
        (
            Counter(summit=2, foreign=1),
            0.15,
            "the report's words for the meeting fit its kind (foreign, summit)",
        ),
    ],
)
def test_the_reason_says_how_far_the_words_fit(words, points, reason):
    got_points, reasons = kind_evidence(SUMMIT, ReportSigns(kind_words=words))
    assert got_points == pytest.approx(points)
    assert reasons == [reason]
