"""Telling a week apart by the dates a report gives: ISO dates in running text, a weekday
read in the week of the first date the text gives with its weekday (or of the report's
own date), and a second meeting of another kind linked with the best one when the text
dates it and it leads its own rivals. The reports are invented, in several languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.meeting_context import (
    dates_evidence,
    mentioned_dates,
    report_context,
    weekday_dates,
)
from archive.ingest.meetings import suggest_meetings
from archive.ingest.reference import KnownMeeting, slugify
from tests.ingest.reference_data import seed_reference

# --- ISO dates in the text ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("The ministers met in Tokyo on 2022-05-10, officials said.", date(2022, 5, 10)),
        ("date 2017-09-15 Department of Defense", date(2017, 9, 15)),
        ("2023-01-11、両外相はワシントンで会談した。", date(2023, 1, 11)),
        ("Los ministros se reunieron el 2021-03-16 en Tokio.", date(2021, 3, 16)),
    ],
)
def test_an_iso_date_in_the_text_is_read(body, day):
    assert day in mentioned_dates(body).full


@pytest.mark.parametrize(
    "body",
    [
        "Call the desk at 2022-05-10-1234 for details.",  # a reference code, not a date
        "Order 12022-05-10 was filed.",
        "The form 2022-13-40 is void.",  # no such month
    ],
)
def test_a_run_of_figures_with_dashes_is_no_iso_date(body):
    assert not mentioned_dates(body).full


# --- A weekday in the week of a date the text gives ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hamada mengatakan pada Jumat (6/1) bahwa ia dan Austin akan bertemu pada hari Kamis.",
        "TOKYO, Friday, January 6, 2023 — Hamada said he and Austin would meet on Thursday.",
        "El viernes 6 de enero de 2023, Hamada dijo que se reuniría con Austin el jueves.",
        "Hamada said on 2023-01-06 that he and Austin would meet on Thursday.",
    ],
)
def test_a_weekday_is_read_in_the_week_of_the_first_dated_day(body):
    relative = mentioned_dates(body).relative
    # 6 January 2023 was a Friday: the Thursdays on either side are the 5th and the 12th.
    assert {(1, 5), (1, 12)} <= relative
    assert (1, 11) not in relative and (1, 13) not in relative


def test_a_weekday_without_a_dated_day_stays_a_weekday():
    mentioned = mentioned_dates("Hamada said he and Austin would meet on Thursday.")
    assert mentioned.weekdays == {3}
    assert not mentioned.relative


def test_the_first_dated_day_is_the_anchor():
    # "Selasa (7/11)" comes first: Tuesday 7 November; the Monday of that week is the 6th
    # or the 13th, whatever the later full date says.
    body = "Blinken tiba pada Selasa (7/11). Ia bertemu Senin. Laporan 1 Desember 2023."
    relative = mentioned_dates(body).relative
    assert {(11, 6), (11, 13)} <= relative
    assert (11, 27) not in relative and (12, 4) not in relative


def _meeting(slug: str, kind: str, day: date, *people: str) -> KnownMeeting:
    posts = {
        "antony-blinken": ("United States", "foreign"),
        "lloyd-austin": ("United States", "defense"),
        "yoshimasa-hayashi": ("Japan", "foreign"),
        "yasukazu-hamada": ("Japan", "defense"),
        "joe-biden": ("United States", "head_of_state"),
        "fumio-kishida": ("Japan", "head_of_government"),
    }
    return KnownMeeting(
        slug, slug, day, day, "Washington", tuple(people), (), kind, "in_person",
        participant_posts=tuple((p, *posts[p]) for p in people),
    )  # fmt: skip


MINISTERS = ("antony-blinken", "lloyd-austin", "yoshimasa-hayashi", "yasukazu-hamada")
WEEK = (
    _meeting("scc-w", "scc", date(2023, 1, 11), *MINISTERS),
    # The foreign ministers met on their own after the 2+2, the same day.
    _meeting("fm-w", "foreign_ministers", date(2023, 1, 11), "antony-blinken", "yoshimasa-hayashi"),
    _meeting("dm-w", "defense_ministers", date(2023, 1, 12), "lloyd-austin", "yasukazu-hamada"),
    _meeting("summit-w", "summit", date(2023, 1, 13), "joe-biden", "fumio-kishida"),
    # The same two ministers on another Thursday, months before.
    _meeting("dm-old", "defense_ministers", date(2022, 9, 15), "lloyd-austin", "yasukazu-hamada"),
)


def _index():
    return replace(seed_reference(), meetings=WEEK).index


def _suggest(body: str, people: set[str], published: date | None = None):
    return suggest_meetings(
        index=_index(),
        body=body,
        people={slugify(name) for name in people},
        published=published,
        precision="day" if published else "unknown",
    )


def test_a_dated_report_reads_the_weekday_in_its_own_week():
    context = report_context("Austin and Hamada held defense talks on Thursday.")
    by_slug = {meeting.slug: meeting for meeting in WEEK}
    thursday, wednesday = by_slug["dm-w"], by_slug["scc-w"]
    friday = date(2023, 1, 13)
    points, reasons = dates_evidence(
        thursday, context, dateline_counted=False, dated=True, published=friday
    )
    assert points > 0 and "weekday" in reasons[0]
    assert dates_evidence(
        wednesday, context, dateline_counted=False, dated=True, published=friday
    ) == (0.0, [])
    # Without the report's own date, a lone weekday is weak evidence for both Thursdays.
    undated = dates_evidence(thursday, context, dateline_counted=False, dated=False)
    earlier = by_slug["dm-old"]
    assert undated == dates_evidence(earlier, context, dateline_counted=False, dated=False)


@pytest.mark.parametrize(
    "body",
    [
        "Hamada mengatakan pada Jumat (6/1) bahwa ia dan Austin akan mengadakan pembicaraan"
        " pertahanan bilateral pada hari Kamis.",
        "WASHINGTON, Friday, January 6, 2023 — Defense Minister Hamada said he and Austin will"
        " hold defense talks on Thursday.",
        "El viernes 6 de enero de 2023, Hamada dijo que celebrará una reunión de ministros de"
        " defensa con Austin el jueves.",
    ],
)
def test_an_undated_report_dates_the_defense_talks_by_their_weekday(body):
    suggestions, auto = _suggest(body, {"Lloyd Austin", "Yasukazu Hamada"})
    assert auto == "dm-w", [(s.slug, s.score, s.reasons) for s in suggestions]


def test_without_a_dated_day_the_two_thursdays_stay_open():
    body = "Hamada said he and Austin will hold defense talks on Thursday."
    suggestions, auto = _suggest(body, {"Lloyd Austin", "Yasukazu Hamada"})
    assert auto is None
    assert {s.slug for s in suggestions[:2]} == {"dm-w", "dm-old"}


# --- A second meeting the text dates, linked although a third comes close ---------------------


def test_a_2x2_preview_links_the_summit_and_the_defense_talks_it_dates():
    """The 2+2 is named and its whole table; the summit and the defense talks are named by
    their kinds and dated. The foreign ministers' talks of the 2+2's day come within the
    margin of the defense talks, but the report names them by no word of their own, and
    their ministers sit at the 2+2: they are no rival of the defense talks."""
    body = (
        "Jepang dan AS akan mengadakan pembicaraan keamanan “2+2” di Washington pada hari Rabu,"
        " kata pejabat Jepang, Jumat (6/1). Menteri Pertahanan Yasukazu Hamada dan Menteri Luar"
        " Negeri Yoshimasa Hayashi akan bergabung dengan Lloyd Austin dan Antony Blinken."
        " Hamada dan Austin akan mengadakan pembicaraan pertahanan bilateral pada hari Kamis,"
        " menjelang pertemuan puncak Fumio Kishida dengan Presiden Joe Biden pada 13 Januari."
    )
    people = {
        "Lloyd Austin", "Yasukazu Hamada", "Antony Blinken", "Yoshimasa Hayashi",
        "Joe Biden", "Fumio Kishida",
    }  # fmt: skip
    suggestions, auto = _suggest(body, people)
    linked = [s.slug for s in suggestions if s.linked]
    assert sorted(linked) == ["dm-w", "scc-w", "summit-w"], [(s.slug, s.score) for s in suggestions]
    scores = {s.slug: s.score for s in suggestions}
    assert scores["dm-w"] - scores["fm-w"] < 0.15


def test_a_second_meeting_the_text_does_not_date_is_not_linked():
    """The same report without the summit's date: the summit is not linked."""
    body = (
        "Jepang dan AS akan mengadakan pembicaraan keamanan “2+2” di Washington pada hari Rabu,"
        " kata pejabat Jepang, Jumat (6/1). Menteri Pertahanan Yasukazu Hamada dan Menteri Luar"
        " Negeri Yoshimasa Hayashi akan bergabung dengan Lloyd Austin dan Antony Blinken."
        " Hamada dan Austin akan mengadakan pembicaraan pertahanan bilateral pada hari Kamis,"
        " menjelang pertemuan puncak Fumio Kishida dengan Presiden Joe Biden bulan ini."
    )
    people = {
        "Lloyd Austin", "Yasukazu Hamada", "Antony Blinken", "Yoshimasa Hayashi",
        "Joe Biden", "Fumio Kishida",
    }  # fmt: skip
    suggestions, auto = _suggest(body, people)
    linked = [s.slug for s in suggestions if s.linked]
    assert "scc-w" in linked and "dm-w" in linked
    assert "summit-w" not in linked, [(s.slug, s.score, s.reasons) for s in suggestions]


# --- A bilateral beside a trilateral of the same ministers ---------------------------------


def test_a_minister_meeting_the_other_names_the_bilateral_beside_a_trilateral():
    """A foreign ministers' bilateral on the 3rd and their trilateral with South Korea on
    the 5th: the report names the trilateral by its words and the bilateral only as one
    minister meeting the other, dated; both are linked. Told in Japanese and Korean."""
    pair = ("antony-blinken", "yoshimasa-hayashi")
    posts = (
        ("antony-blinken", "United States", "foreign"),
        ("yoshimasa-hayashi", "Japan", "foreign"),
    )
    bilateral = KnownMeeting(
        "fm-b", "fm-b", date(2022, 5, 3), date(2022, 5, 3), "London", pair, (),
        "foreign_ministers", "in_person", participant_posts=posts,
    )  # fmt: skip
    trilateral = KnownMeeting(
        "tri-b", "tri-b", date(2022, 5, 5), date(2022, 5, 5), "London", pair, (),
        "multilateral", "in_person", series="us-japan-rok-trilateral",
        other_countries=("South Korea",), participant_posts=posts,
    )  # fmt: skip
    earlier = replace(trilateral, slug="tri-old", start=date(2022, 2, 12), end=date(2022, 2, 12))
    index = replace(seed_reference(), meetings=(bilateral, trilateral, earlier)).index
    bodies = (
        "5月3日、ブリンケン国務長官はロンドンで林外務大臣と会談を行った。また、5日に行われた"
        "韓国外相との日米韓外相会合では、北朝鮮への対応を協議した。",
        "5월 3일 블링컨 국무장관이 런던에서 하야시 외무상과 회담했다. 이어 5일 한국 외교장관과"
        " 함께 미한일 3자 회담을 가졌다.",
    )
    for body in bodies:
        suggestions, _ = suggest_meetings(
            index=index, body=body, people=set(pair), published=None, precision="unknown"
        )
        linked = sorted(s.slug for s in suggestions if s.linked)
        assert linked == ["fm-b", "tri-b"], [(s.slug, s.score, s.reasons) for s in suggestions]


# --- Placed in time ---------------------------------------------------------------------------


def _trilaterals():
    posts = (
        ("antony-blinken", "United States", "foreign"),
        ("yoshimasa-hayashi", "Japan", "foreign"),
    )
    return tuple(
        KnownMeeting(
            slug,
            slug,
            day,
            day,
            "Seoul",
            ("antony-blinken", "yoshimasa-hayashi"),
            (),
            "multilateral",
            "in_person",
            series="us-japan-rok-trilateral",
            other_countries=("South Korea",),
            participant_posts=posts,
        )  # fmt: skip
        for slug, day in (("tri-2022", date(2022, 6, 16)), ("tri-2023", date(2023, 2, 23)))
    )


@pytest.mark.parametrize(
    "body",
    [
        # A trilateral the reference does not hold, told on a "Thursday", naming no one of
        # the reference's: kind, place and a weekday alone say nothing of the year.
        "美国国务卿星期四抵达首尔,当天晚上举行美日韩三国外长会谈。",
        "The secretary arrived in Seoul on Thursday for a trilateral meeting with the foreign"
        " ministers of Japan and South Korea.",
        "미국 국무장관은 목요일 서울에서 한미일 3국 외교장관 회담을 가졌다.",
    ],
)
def test_a_report_naming_no_one_and_dating_nothing_links_nothing(body):
    index = replace(seed_reference(), meetings=_trilaterals()).index
    suggestions, auto = suggest_meetings(index=index, body=body, people=set(), published=None)
    assert auto is None, [(s.slug, s.score, s.reasons) for s in suggestions]


def test_the_same_report_dated_by_its_text_links():
    index = replace(seed_reference(), meetings=_trilaterals()).index
    body = "美国国务卿2022年6月16日抵达首尔,当天晚上举行美日韩三国外长会谈。"
    suggestions, auto = suggest_meetings(index=index, body=body, people=set(), published=None)
    assert auto == "tri-2022", [(s.slug, s.score, s.reasons) for s in suggestions]


def _call_and_summit():
    pair = ("joe-biden", "fumio-kishida")
    posts = (
        ("joe-biden", "United States", "head_of_state"),
        ("fumio-kishida", "Japan", "head_of_government"),
    )
    call = KnownMeeting(
        "call-c", "call-c", date(2022, 5, 10), date(2022, 5, 10), "", pair, (), "call",
        "phone", participant_posts=posts,
    )  # fmt: skip
    summit = KnownMeeting(
        "summit-c", "summit-c", date(2022, 5, 12), date(2022, 5, 12), "Saint Petersburg",
        pair, (), "summit", "in_person", participant_posts=posts,
    )  # fmt: skip
    return replace(seed_reference(), meetings=(call, summit)).index


SUMMIT_RECALLING_A_CALL = (
    "President Biden's Bilateral Meeting with Prime Minister Kishida\n"
    "Remarks before a bilateral meeting at the G20 Summit in St. Petersburg.\n"
    "PRIME MINISTER KISHIDA: It is my great pleasure to have a bilateral meeting today. It "
    "was also meaningful for both of us to have a telephone conversation on the situation."
)


def test_a_summit_readout_recalling_the_leaders_call_links_the_summit_alone():
    suggestions, auto = suggest_meetings(
        index=_call_and_summit(),
        body=SUMMIT_RECALLING_A_CALL,
        people={"joe-biden", "fumio-kishida"},
        published=date(2022, 5, 12),
        precision="day",
    )
    assert auto == "summit-c"
    assert [s.slug for s in suggestions if s.linked] == ["summit-c"]


# --- An era named -----------------------------------------------------------------------------


def _two_tokyo_summits():
    pair = ("joe-biden", "fumio-kishida")
    posts = (
        ("joe-biden", "United States", "head_of_state"),
        ("fumio-kishida", "Japan", "head_of_government"),
    )
    return replace(
        seed_reference(),
        meetings=tuple(
            KnownMeeting(
                slug,
                slug,
                day,
                day,
                "Tokyo",
                pair,
                (),
                "summit",
                "in_person",
                participant_posts=posts,
            )  # fmt: skip
            for slug, day in (
                ("summit-2017", date(2017, 11, 6)),
                ("summit-2022", date(2022, 5, 23)),
            )
        ),
    ).index


@pytest.mark.parametrize(
    "body",
    [
        "TOKYO — In the new era of Reiwa, Biden and Kishida held a summit at Akasaka Palace.",
        "令和の新しい時代に、バイデン大統領と岸田総理は東京で首脳会談を行った。",
        "레이와 시대의 첫 국빈으로 바이든 대통령과 기시다 총리가 도쿄에서 정상회담을 했다.",
    ],
)
def test_a_text_naming_the_reiwa_era_is_not_about_a_meeting_before_it(body):
    suggestions, auto = suggest_meetings(
        index=_two_tokyo_summits(), body=body, people={"joe-biden", "fumio-kishida"}
    )
    assert auto == "summit-2022", [(s.slug, s.score, s.reasons) for s in suggestions]


def test_without_an_era_the_two_tokyo_summits_stay_open():
    body = "TOKYO — Biden and Kishida held a summit at Akasaka Palace."
    suggestions, auto = suggest_meetings(
        index=_two_tokyo_summits(), body=body, people={"joe-biden", "fumio-kishida"}
    )
    assert auto is None
    assert suggestions[0].score == suggestions[1].score


# --- The arithmetic of the week -----------------------------------------------------------------


def test_a_weekday_is_read_six_days_either_side_across_months_and_years():
    monday = date(2023, 1, 2)
    # Friday: the 30 December before and the 6 January after; Monday: the day itself.
    assert weekday_dates({4}, monday) == {date(2022, 12, 30), date(2023, 1, 6)}
    assert weekday_dates({0}, monday) == {monday}
    # Tuesday: the 3rd after (one day on) and 27 December before (six days back).
    assert weekday_dates({1}, monday) == {date(2022, 12, 27), date(2023, 1, 3)}


def test_a_yearless_anchor_on_29_february_falls_in_a_leap_year():
    # "Kamis (29/2)": 29 February 2024 was a Thursday; the Monday of that week is the 26th,
    # the next one 4 March.
    relative = mentioned_dates("Kamis (29/2) ia mengatakan mereka bertemu Senin.").relative
    assert {(2, 26), (3, 4)} <= relative


def test_an_era_does_not_move_a_dated_report():
    body = "TOKYO — In the new era of Reiwa, Biden and Kishida held a summit at Akasaka Palace."
    suggestions, _ = suggest_meetings(
        index=_two_tokyo_summits(),
        body=body,
        people={"joe-biden", "fumio-kishida"},
        published=date(2017, 11, 6),
        precision="day",
    )
    assert suggestions[0].slug == "summit-2017"
    assert not any("era" in reason for s in suggestions for reason in s.reasons)


def test_a_yearless_anchor_that_is_no_day_anchors_nothing():
    assert not mentioned_dates("Kamis (31/2) ia mengatakan mereka bertemu Senin.").relative
