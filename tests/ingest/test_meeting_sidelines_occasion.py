"""A bilateral beside a G7 gathering (issue 11): a report whose headline or first sentence
tells the allies' two meeting, calling it no meeting of three or more, is about the
bilateral; the G7 gathering it names further down (why the leader travelled, what the
two discussed) is its occasion and is not linked. A report that opens on the group is
about the group. Invented texts against the reference's G7 Biarritz summit (24-26 August
2019) and the Trump-Abe meeting there on 25 August."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_occasion import OCCASION_REASON, opens_on_pair
from tests.ingest.test_meeting_matching import full_reference, linked, suggest

DAY = date(2019, 8, 25)
G7 = "multilateral-2019-08-24"
PAIR = "summit-2019-08-25"
LEADERS = {"Donald Trump", "Shinzo Abe"}


@pytest.fixture(scope="module")
def index():
    return full_reference().index


def opens(body: str) -> bool:
    return opens_on_pair(body, prefilter.fold(body))


@pytest.mark.parametrize(
    "body",
    [
        # The occasion as a setting, then the two meeting.
        "On August 25, Mr. Shinzo Abe, Prime Minister of Japan, who was visiting France to "
        "attend the G7 Summit, held a Japan-U.S. Summit Meeting with the President of the "
        "United States. The G7 leaders met later.",
        "8月25日、G7サミットに出席するためフランスを訪問中の安倍総理は、米国大統領との間で"
        "日米首脳会談を行いました。",
        "아베 신조 일본 총리는 25일 G7 정상회의 참석차 프랑스를 방문한 계기에 미국 대통령과 만나 "
        "회담했습니다.",
        "日本首相安倍晋三25日在七国集团峰会间隙与美国总统举行会谈。",
        "El primer ministro de Japón se reunió el domingo con el presidente de Estados Unidos "
        "al margen del G7.",
        "Perdana Menteri Jepang bertemu dengan Presiden Amerika Serikat di sela-sela KTT G7.",
        # A State Department headline (the meeting's text ends with it).
        "SECRETARY KERRY: We are glad to be in Hiroshima for the G7 ministers meeting.\n"
        "Secretary of State John Kerry And Japanese Foreign Minister Fumio Kishida Before "
        "Their Meeting",
    ],
    ids=["en", "ja", "ko", "zh", "es", "id", "headline"],
)
def test_an_opening_on_the_two_meeting(body):
    assert opens(body)


@pytest.mark.parametrize(
    "body",
    [
        # The group itself opens the report.
        "The leaders of the G7 met in Biarritz on Sunday, with President Trump and Prime "
        "Minister Abe of Japan at the table.",
        "G7サミットが25日、ビアリッツで開かれ、安倍総理と米国大統領が出席しました。",
        # A meeting of three.
        "Secretary Blinken met Foreign Minister Hayashi of Japan and Foreign Minister Park "
        "for a trilateral meeting on Friday.",
        "미국과 일본, 한국 외교장관이 만나 한미일 외교장관 회의를 열었습니다.",
        # Only one side named, or no word of a meeting.
        "Prime Minister Abe arrived in France on Saturday to attend the G7 summit.",
        "The United States and Japan share a long history of friendship in the region.",
    ],
    ids=["en-group", "ja-group", "en-three", "ko-three", "one-side", "no-meeting"],
)
def test_no_opening_on_the_two_meeting(body):
    assert not opens(body)


def test_a_sentence_runs_past_titles_and_initials():
    # "Mr." and "J." end no sentence: the two are met in the same one as the setting.
    body = (
        "On August 25, commencing at around 11:30 a.m. (local time), Mr. Shinzo Abe, who "
        "was in France to attend the G7 Summit, held a Japan-U.S. Summit Meeting with "
        "Donald J. Trump, President of the United States."
    )
    assert opens(body)


BILATERAL_READOUT = (
    "On August 25, Mr. Shinzo Abe, Prime Minister of Japan, who was visiting Biarritz to "
    "attend the G7 Summit, held a Japan-U.S. Summit Meeting with the Honorable Donald J. "
    "Trump, President of the United States.\n"
    "1. The leaders agreed to cooperate closely on the issues discussed at the G7 Biarritz "
    "Summit and on North Korea."
)
GROUP_REPORT = (
    "The G7 Biarritz Summit opened on Saturday, August 24, in Biarritz, France. President "
    "Trump and Prime Minister Abe joined the other G7 leaders.\n"
    "Prime Minister Abe also held a Japan-U.S. summit meeting with President Trump on "
    "August 25."
)


def test_the_bilateral_readout_leaves_its_occasion_unlinked(index):
    suggestions, best = suggest(index, BILATERAL_READOUT, DAY, LEADERS)
    assert linked(suggestions) == [PAIR]
    assert best == PAIR
    occasion = [s for s in suggestions if s.slug == G7]
    assert occasion and OCCASION_REASON in occasion[0].reasons


def test_a_report_of_the_gathering_may_still_link_it(index):
    suggestions, _ = suggest(index, GROUP_REPORT, DAY, LEADERS)
    assert all(OCCASION_REASON not in s.reasons for s in suggestions)
    assert G7 in linked(suggestions)


OPENING_ON_THE_GROUP = "The G7 leaders gathered in Biarritz on Saturday for their annual summit."


@pytest.mark.parametrize(("words", "read"), [(12, True), (40, False)])
def test_only_a_short_last_line_is_read_as_the_headline(words, read):
    # A headline is a short phrase; a long unpunctuated last line is the body's own.
    headline = "Secretary Pompeo and Foreign Minister Motegi Before Their Meeting" + (
        " in Tokyo" * (words - 9)
    )
    assert (len(headline) <= 160) is read
    assert opens(OPENING_ON_THE_GROUP + "\n" + headline) is read


def test_the_opening_is_the_first_line_long_enough_to_be_a_sentence():
    # A banner and a date over the lead are passed over; the lead is read.
    body = (
        "アメリカ合衆国\n令和元年8月25日\n"
        "安倍総理は、トランプ米国大統領との間で日米首脳会談を行いました。"
    )
    assert opens(body)
    assert not opens("アメリカ合衆国\n" + OPENING_ON_THE_GROUP)
