"""The larger gatherings by their names (issue 11): APEC, the G20, the East Asia Summit and
the Nuclear Security Summit, in every language the archive reads, counted as the words
of their own meetings; not when the name is the setting, the venue or the time of
another meeting, nor when it names the gathering's members. The summit words that are
part of a gathering's name, and the video of a briefing. Invented texts."""

from __future__ import annotations

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_gathering_summits import gathering_summits
from archive.ingest.meeting_signs import report_signs


def words(text: str) -> dict:
    return dict(report_signs(text).kind_words)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Leaders of the Pacific Rim gathered for the APEC summit in the port city.", "apec"),
        ("The Asia-Pacific Economic Cooperation forum opened on Saturday.", "apec"),
        ("アジア太平洋経済協力会議の首脳会議が13日に開幕した。", "apec"),
        ("에이펙 정상들이 13일 공동선언을 채택했다.", "apec"),
        ("아태경제협력체 정상회의가 13일 폐막했다.", "apec"),
        ("亚太经合组织领导人非正式会议13日开幕。", "apec"),
        ("亞太經合組織領袖會議13日開幕。", "apec"),
        ("Para pemimpin Kerja Sama Ekonomi Asia Pasifik berkumpul hari Sabtu.", "apec"),
        ("El Foro de Cooperación Económica Asia-Pacífico se reunió el sábado.", "apec"),
        ("The G20 leaders agreed on a communiqué on Sunday.", "g20"),
        ("The Group of 20 opened its summit on Friday.", "g20"),
        ("金融・世界経済に関する首脳会合が開幕した。", "g20"),
        ("主要20カ国・地域の首脳が宣言を採択した。", "g20"),
        ("주요 20개국 정상들이 공동선언을 채택했다.", "g20"),
        ("二十国集团领导人第十一次峰会4日开幕。", "g20"),
        ("El Grupo de los 20 cerró su cumbre el domingo.", "g20"),
        ("The East Asia Summit opened in the capital on Thursday.", "eas"),
        ("東アジア首脳会議が22日に開かれた。", "eas"),
        ("동아시아정상회의가 22일 열렸다.", "eas"),
        ("第十届东亚峰会22日举行。", "eas"),
        ("KTT Asia Timur dibuka hari Minggu.", "eas"),
        ("The Nuclear Security Summit opened with a working dinner.", "nss"),
        ("核セキュリティ・サミットが開幕した。", "nss"),
        ("核セキュリティーサミットが開幕した。", "nss"),
        ("핵안보정상회의가 26일 개막했다.", "nss"),
        ("第二届核安全峰会26日开幕。", "nss"),
        ("La Cumbre de Seguridad Nuclear concluyó el martes.", "nss"),
    ],
)
def test_a_gathering_is_named(text, kind):
    assert words(text).get(kind, 0) >= 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two leaders met on the sidelines of the APEC summit.", "apec"),
        ("The prime minister, in the city to attend the APEC meeting, met the president.", "apec"),
        ("Los mandatarios se reunieron al margen de la cumbre del G20.", "g20"),
        ("Kedua pemimpin bertemu di sela-sela KTT G20.", "g20"),
        ("首相はG20サミット出席のため訪問中の大統領と会談した。", "g20"),
        ("首相は20カ国・地域(G20)首脳会議(サミット)に合わせて来日した大統領と会談した。", "g20"),
        ("대통령은 주요 20개국 정상회의 참석 차 방문한 총리와 회담했다.", "g20"),
        ("두 정상은 5일 주요 20개국 G20 정상회의에 앞서 회담했다.", "g20"),
        ("两国领导人在二十国集团峰会期间举行会晤。", "g20"),
        ("두 정상은 APEC 정상회의가 열리는 도시에서 만났다.", "apec"),
        ("首相は核安全保障サミットの会場で大統領と懇談した。", "nss"),
        ("首相は核セキュリティ・サミットのワーキングディナーの席上、大統領と意見交換した。", "nss"),
        # The gathering's members, not a meeting of it.
        ("Trade among APEC economies grew last year.", "apec"),
        ("東アジア首脳会議（EAS）や地域の枠組みにおける協力について議論した。", "eas"),
        # Numbers that name no gathering.
        ("More than 20 countries signed; the G200 engine; the 20か国以上 list.", "g20"),
    ],
)
def test_a_setting_or_the_members_is_no_word_of_the_gathering(text, kind):
    assert words(text).get(kind, 0) == 0


def test_the_short_name_in_brackets_is_counted_once():
    text = "The Asia-Pacific Economic Cooperation (APEC) leaders met on Saturday."
    assert words(text)["apec"] == 1
    # ... and left out with the long name when that is the setting.
    setting = "He was visiting Lima to attend the Asia-Pacific Economic Cooperation (APEC) meeting."
    assert words(setting).get("apec", 0) == 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The APEC summit opened. Later the two leaders held a summit of their own.", 1),
        ("G20首脳会議が開幕した。その日の朝には、日米首脳会談も行われた。", 1),
        ("The leaders held a summit in the capital.", 0),
    ],
)
def test_summit_words_that_are_part_of_a_gathering_name(text, count):
    assert gathering_summits(prefilter.fold(text)) == count


@pytest.mark.parametrize(
    ("text", "video"),
    [
        ("We will post a transcript and video of this briefing later today.", False),
        ("We will post the transcript and video on our website.", False),
        ("A video of the President's remarks is on the website.", False),
        ("The two leaders held a video conference on Tuesday.", True),
        ("The leaders met by video on Tuesday.", True),
    ],
)
def test_the_video_of_a_briefing_is_no_video_meeting(text, video):
    assert bool(report_signs(text).format_words["video"]) is video
