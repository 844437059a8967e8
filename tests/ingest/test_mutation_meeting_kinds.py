"""kind_evidence's reason (issue 11's mutation sample, meeting_kinds.py): the reason shown
with a suggested meeting says whether the report's words for it fit its kind, mostly or
not, in the sentence's own lower case."""

from collections import Counter
from datetime import date

import pytest

from archive.ingest.meeting_context import ReportContext, report_context
from archive.ingest.meeting_kinds import (
    accepted_kind_words,
    clear_second,
    dated_by_text,
    format_evidence,
    kind_evidence,
    kind_share,
    named_kind,
)
from archive.ingest.meetings import AUTO_MIN_MARGIN, ReportSigns
from archive.ingest.reference import KnownMeeting, Reference
from archive.ingest.results import MeetingSuggestion

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


CALL = KnownMeeting(  # a Thursday
    slug="call-x", title="Call", start=date(2024, 4, 11), end=date(2024, 4, 11), kind="call"
)
THURSDAY = report_context("The two ministers spoke by phone on Thursday.")


def test_a_weekday_dates_a_call_only_in_the_week_of_the_reports_date():
    # dated_by_text: a weekday in the week of the report's date dates the call; a weekday
    # alone (the report dated weeks later, or not at all) is not enough.
    assert dated_by_text(CALL, THURSDAY, date(2024, 4, 12))
    assert not dated_by_text(CALL, THURSDAY, date(2024, 5, 20))
    assert not dated_by_text(CALL, THURSDAY)


def test_a_call_answers_to_the_words_for_a_meeting_of_those_on_it():
    # A call between the two foreign ministers is what their meeting would be, by phone:
    # every word their meeting answers to, one minister meeting the other included.
    posts = (
        ("pat-doe", "United States", "foreign"),
        ("kim-roe", "Japan", "foreign"),
    )
    day = date(2024, 4, 10)
    call = KnownMeeting("call-x", "Call", day, day, kind="call", participant_posts=posts)
    talks = KnownMeeting(
        "talks-x", "Talks", day, day, kind="foreign_ministers", participant_posts=posts
    )
    assert accepted_kind_words(talks) <= accepted_kind_words(call)


@pytest.mark.parametrize(("video", "points"), [(1, -0.10), (2, -0.20), (3, -0.20)])
def test_words_of_a_video_meeting_count_against_one_held_in_person(video, points):
    day = date(2024, 4, 10)
    met = KnownMeeting("talks-x", "Talks", day, day, kind="summit", format="in_person")
    signs = ReportSigns(format_words=Counter(video=video))
    assert format_evidence(met, signs) == (
        points,
        ["the report speaks of a video meeting; this one was held in person"],
    )


@pytest.mark.parametrize(
    ("kind", "series", "post", "expected"),
    [
        ("call", "", "head_of_government", {"summit", "bilateral", "pair"}),
        ("call", "", "head_of_state", {"summit", "bilateral", "pair"}),
        ("call", "", "foreign", {"foreign", "bilateral", "pair"}),
        ("call", "", "defense", {"defense", "bilateral", "pair"}),
        ("multilateral", "", "defense", {"multi", "defense"}),
        ("multilateral", "g7-summit", "head_of_state", {"g7", "summit"}),
        ("multilateral", "", "other", {"multi"}),
        ("defense_ministers", "", "defense", {"defense", "bilateral", "pair"}),
    ],
)
def test_a_call_or_a_multilateral_meeting_answers_to_the_posts_of_the_allies_on_it(
    kind, series, post, expected
):
    # Each ally's participant's post adds its word; another country's post adds none.
    day = date(2024, 4, 10)
    posts = (("pat-doe", "United States", post), ("lee-roe", "Korea", "foreign"))
    meeting = KnownMeeting("m-x", "M", day, day, kind=kind, series=series, participant_posts=posts)
    assert accepted_kind_words(meeting) == expected


_LEADERS = (
    ("pat-doe", "United States", "head_of_state"),
    ("kim-roe", "Japan", "head_of_government"),
)


@pytest.mark.parametrize(
    ("series", "words", "share"),
    [
        ("", Counter(summit=2), 0.0),  # leaders' words, but no word for three or more
        ("", Counter(summit=2, multi=1), 1.0),
        ("", Counter(summit=1, g7=1), 0.0),  # the G7's word for a meeting not the G7's
        ("g7-summit", Counter(summit=2, multi=1), 0.0),
        ("g7-summit", Counter(summit=1, g7=1), 1.0),
    ],
)
def test_a_multilateral_meetings_share_needs_its_word_for_the_table(series, words, share):
    # a50f3b0 sample: who sits at it counts only once the report calls it one of three
    # or more ("multi"), or the G7's ("g7") for the G7's own meetings.
    day = date(2024, 4, 10)
    meeting = KnownMeeting(
        "m-x", "M", day, day, kind="multilateral", series=series, participant_posts=_LEADERS
    )
    assert kind_share(meeting, ReportSigns(kind_words=words)) == share


@pytest.mark.parametrize(
    ("words", "share"),
    [
        (Counter(foreign=1, pair=1), 1.0),
        (Counter(foreign=1, summit=1, pair=2), 0.5),
        (Counter(pair=2), None),  # only one minister meeting the other: no kind named
    ],
)
def test_one_minister_meeting_the_other_counts_in_no_share(words, share):
    # a50f3b0 sample: "pair" words tell two from three; they are no kind's words.
    day = date(2024, 4, 10)
    talks = KnownMeeting("fm-x", "Talks", day, day, kind="foreign_ministers")
    assert kind_share(talks, ReportSigns(kind_words=words)) == share


@pytest.mark.parametrize("phone", [1, 2])
def test_words_of_a_call_count_against_a_meeting_held_in_person(phone):
    # a50f3b0 sample: a call is no meeting in person; its words cost 0.10.
    day = date(2024, 4, 10)
    met = KnownMeeting("talks-x", "Talks", day, day, kind="summit", format="in_person")
    assert format_evidence(met, ReportSigns(format_words=Counter(phone=phone))) == (
        -0.10,
        ["the report speaks of a call; this meeting was held in person"],
    )


# --- the seed-20261207 sample (named_kind 6): one minister meeting the other ("pair")
# fits a ministers' meeting but names no kind of its own; only "bilateral" is as weak.

FOREIGN_MINISTERS = KnownMeeting(
    slug="fm-x", title="Talks", start=date(2024, 4, 10), end=date(2024, 4, 10),
    kind="foreign_ministers",
)  # fmt: skip


@pytest.mark.parametrize(
    ("words", "named"),
    [
        (Counter(pair=2), False),
        (Counter(bilateral=1), False),
        (Counter(pair=1, bilateral=1), False),
        (Counter(foreign=1), True),
        (Counter(pair=1, foreign=1), True),
    ],
)
def test_a_ministers_meeting_is_named_by_its_kind_not_by_one_minister_meeting_another(words, named):
    assert named_kind(FOREIGN_MINISTERS, ReportSigns(kind_words=words)) is named


# --- the seed-20261207 sample (clear_second 60): a second meeting held on the best one's
# days stays linked when it leads every meeting left out by the margin, exactly the margin
# included (scores are rounded to three places).

_DAY = date(2024, 4, 10)
_TWO = Reference(
    meetings=(
        KnownMeeting("best-x", "Summit", _DAY, _DAY, kind="summit"),
        KnownMeeting("second-x", "Talks", _DAY, _DAY, kind="foreign_ministers"),
    )
).index


@pytest.mark.parametrize(("behind", "kept"), [(0.001, True), (0.0, True), (-0.001, False)])
def test_a_second_meeting_leading_by_the_margin_exactly_is_kept(behind, kept):
    second = MeetingSuggestion("second-x", 0.8)
    rival_score = round(0.8 - AUTO_MIN_MARGIN - behind, 3)  # three places, as scores are
    left_out = [MeetingSuggestion("elsewhere-x", rival_score)]  # unknown: a rival near by
    got = clear_second(
        second, left_out, _TWO, ReportSigns(), ReportContext(),
        margin=AUTO_MIN_MARGIN, linked=["best-x"],
    )  # fmt: skip
    assert got is kept
