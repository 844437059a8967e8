"""The curator is told which local day the opening gives, in words (issue 11's
seed-20261212 mutation run, meeting_local.local_evidence): a month and day as "4/9", a
day alone (Korean "9일(현지시간)") as "the 9th", never "None/9". Invented texts against
the reference's Biden-Kishida summit of 10 April 2024 in Washington."""

from datetime import date

import pytest

from tests.ingest.test_meeting_matching import full_reference, suggest

SUMMIT = "summit-2024-04-10"


@pytest.fixture(scope="module")
def index():
    return full_reference().index


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "가미카와 요코 외무상은 9일(현지시간) 워싱턴에서 미국 전문가들과 만찬을 갖고, 10일 "
            "미일 정상회담을 앞두고 의견을 나눴습니다.",
            "the 9th",
        ),
        (
            "April 9, 2024\nOn April 9th, commencing at 7 p.m., local time (8 a.m. on April "
            "10th, Japan time), Foreign Minister Kamikawa hosted a dinner with American "
            "experts ahead of the summit meeting in Washington.",
            "4/9",
        ),
    ],
    ids=["day-alone", "month-and-day"],
)
def test_the_reason_names_the_local_day_as_the_opening_gives_it(index, body, said):
    suggestions, _ = suggest(index, body, date(2024, 4, 9), {"Yoko Kamikawa"})
    summit = next(s for s in suggestions if s.slug == SUMMIT)
    assert f"the opening's local date ({said}) is not the meeting's" in summit.reasons
