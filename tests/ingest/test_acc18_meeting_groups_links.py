"""The larger gatherings' own meetings and the allies' tables held at them (issue 11),
against the reference's APEC leaders' meeting in Yokohama (13-14 November 2010, the
Obama-Kan summit there on 13 November, the G20 in Seoul two days before) and the
Nuclear Security Summit in Seoul (26-27 March 2012, the Noda-Obama informal talks at its
venue on 27 March). A report of the gathering links it; a report of the allies' talks
held there links their talks, the gathering named as their setting or occasion; a
gathering named in a report that names neither ally's leader links nothing. Invented texts."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.meeting_counterparts import stand_in
from archive.ingest.meeting_kinds import kind_share
from archive.ingest.meeting_signs import report_signs
from archive.ingest.meeting_tables import gathering_trip_evidence, third_seat_evidence
from tests.ingest.test_meeting_matching import full_reference, linked, slugify, suggest

APEC = "multilateral-2010-11-13"
G20 = "multilateral-2010-11-11"
SUMMIT = "summit-2010-11-13"
NSS = "multilateral-2012-03-26"
INFORMAL = "summit-2012-03-27"
EAS = "multilateral-2015-11-22"
OBAMA_KAN = {"Barack Obama", "Naoto Kan"}


@pytest.fixture(scope="module")
def index():
    return full_reference().index


GATHERING_REPORT = (
    "Los líderes de 21 economías comienzan este sábado la cumbre del Foro de Cooperación "
    "Económica Asia-Pacífico (APEC) en Yokohama. El presidente Barack Obama llegó desde Seúl, "
    "donde asistió a la reunión del Grupo de los 20. Los países de APEC buscan una zona de "
    "libre comercio, y el primer ministro Naoto Kan preside la cumbre de APEC."
)


def test_a_report_of_the_gathering_links_it(index):
    suggestions, best = suggest(index, GATHERING_REPORT, None, OBAMA_KAN)
    assert best == APEC
    assert linked(suggestions) == [APEC]


def test_the_gathering_of_the_trip_it_names_gains(index):
    signs = report_signs(GATHERING_REPORT)
    apec, seoul = index.meetings[APEC], index.meetings[G20]
    people = {slugify(name) for name in OBAMA_KAN}
    assert third_seat_evidence(apec, index, people, signs)[0] > 0
    # The report names APEC three times and the G20 once: the summit words both answer
    # to are shared between them by that part (the G20's would be a half without it).
    assert kind_share(apec, signs) > 0.5
    assert kind_share(seoul, signs) < 0.25
    # A gathering of another year has no gathering named beside it within days.
    assert gathering_trip_evidence(index.meetings["multilateral-2009-11-14"], index, signs)[0] == 0


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Naoto Kan met President Barack Obama on the sidelines of the APEC "
        "summit in Yokohama on Saturday, November 13. The two leaders agreed to deepen the "
        "alliance and discussed the Senkaku Islands.",
        "菅直人首相は13日午前、アジア太平洋経済協力会議(APEC)首脳会議の開幕に先立ち、オバマ米"
        "大統領と横浜市内で会談した。両首脳は同盟深化のための協議を加速させることを確認した。"
        "首相はAPECの議長を務める。",
    ],
    ids=["en-sidelines", "ja-before-the-opening"],
)
def test_the_allies_talks_at_the_gathering_link_the_talks(index, body):
    suggestions, best = suggest(index, body, date(2010, 11, 13), OBAMA_KAN)
    assert best == SUMMIT
    assert linked(suggestions) == [SUMMIT]


def test_the_gathering_in_the_talks_city_is_not_their_second_meeting(index):
    # The talks in Yokohama on the morning the prime minister opened APEC there: the
    # gathering is the talks' occasion, not a second meeting the report covers.
    body = (
        "Prime Minister Naoto Kan held talks with President Barack Obama in Yokohama on "
        "Saturday morning, November 13. The two leaders agreed to deepen the alliance.\n"
        "Later that day Kan, as chair, opened the APEC leaders' meeting, which runs in "
        "Yokohama until Sunday."
    )
    suggestions, best = suggest(index, body, date(2010, 11, 13), OBAMA_KAN)
    assert best == SUMMIT
    assert linked(suggestions) == [SUMMIT]


def test_a_gathering_the_day_after_the_allies_summit_is_not_its_second_meeting(index):
    # The president in Tokyo on his way to APEC in Singapore the next day.
    body = (
        "米大統領が初来日\nオバマ大統領は13日夕方、政府専用機で東京に着いた。今回のアジア訪問は、"
        "シンガポールで行われるAPEC(アジア太平洋経済協力会議)首脳会議への出席にあわせたもので、"
        "日本が最初の訪問地となる。\n大統領は同日夜、首相官邸で鳩山総理大臣と日米首脳会談を行う"
        "予定で、両首脳は同盟の意義を確かめ合う見通しだ。\n"
        "大統領は翌14日、APEC首脳会議が開かれるシンガポールへ向けて出発する予定。"
    )
    suggestions, best = suggest(index, body, date(2009, 11, 13), {"Barack Obama", "Yukio Hatoyama"})
    assert best == "summit-2009-11-13"
    assert linked(suggestions) == ["summit-2009-11-13"]


def test_informal_talks_at_the_gatherings_venue_link_the_talks(index):
    body = (
        "野田首相が米大統領と懇談\n"
        "野田佳彦首相は27日午前、ソウルで開催中の核安全保障サミットの会場で米国のオバマ大統領"
        "と懇談し、北朝鮮のミサイル発射について日米で連携して自制を求めたいと述べた。"
    )
    suggestions, _ = suggest(index, body, date(2012, 3, 27), {"Yoshihiko Noda", "Barack Obama"})
    assert linked(suggestions) == [INFORMAL]


def test_a_gathering_named_without_either_allys_leader_is_not_linked(index):
    # Another pair's ministers meet on the day of the East Asia Summit and speak of it.
    body = (
        "The foreign and defence ministers of Japan and Australia met in Sydney on 22 "
        "November and discussed cooperation in the East Asia Summit and other regional bodies."
    )
    suggestions, _ = suggest(index, body, date(2015, 11, 22), {"Fumio Kishida"})
    assert EAS not in linked(suggestions)


def test_no_minister_stands_in_for_a_side_of_a_gathering(index):
    # Japan's foreign minister named beside the president is one of many at APEC, not the
    # prime minister's stand-in (as he would be at a summit of two).
    people = {slugify("Barack Obama"), slugify("Seiji Maehara")}
    assert stand_in(index.meetings[APEC], index, people) == ""
    assert stand_in(index.meetings[SUMMIT], index, people) == "Seiji Maehara"
