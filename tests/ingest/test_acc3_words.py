"""What a report calls its meeting when it names no meeting word: one side's foreign or
defense minister met the other's, by their posts, in one sentence ("国務長官が…外相と
ロンドンで会談", "국방장관이 … 방위상과 만나", "Secretary Austin welcomed Defense Minister
Kihara"), and talks named by defense alone ("defense talks", "pembicaraan pertahanan").
The sentences are invented, in several languages."""

from __future__ import annotations

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_context import mentioned_places
from archive.ingest.meetings import report_signs


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("ブリンケン国務長官が林外相とワシントンで会談", "foreign"),
        ("アントニー・ブリンケン国務長官はニューヨークで林芳正外務大臣と会談を行った。", "foreign"),
        ("林外務大臣は、ブリンケン国務長官と会談を行った。", "foreign"),
        ("블링컨 국무장관이 하야시 외무상과 회담했습니다.", "foreign"),
        ("美国国务卿布林肯与日本外相林芳正举行会谈。", "foreign"),
        ("Secretary of State Blinken met Foreign Minister Hayashi in Tokyo.", "foreign"),
        ("浜田防衛大臣は、オースティン国防長官と会談を行った。", "defense"),
        (
            "로이드 오스틴 국방장관이 일본의 하마다 야스카즈 방위상과 만나 협력을 논의했다.",
            "defense",
        ),
        ("Secretary of Defense Lloyd Austin welcomed Japanese Defense Minister Hamada.", "defense"),
        ("Defense Secretary Austin met his Japanese counterpart at the Pentagon.", "defense"),
        (
            "El secretario de Estado Tillerson se reunió con el ministro de Asuntos Exteriores"
            " Kishida de Japón.",
            "foreign",
        ),
        ("Menteri Luar Negeri AS Blinken bertemu Menteri Luar Negeri Jepang Kamikawa.", "foreign"),
        (
            "Il Segretario di Stato Blinken ha incontrato il Ministro degli Esteri Kamikawa.",
            "foreign",
        ),
        ("Menteri Pertahanan AS Lloyd Austin bertemu sejawatnya dari Jepang.", "defense"),
        (
            "El secretario de Defensa Austin recibió a su homólogo japonés en el Pentágono.",
            "defense",
        ),
        (
            "“Nuestra alianza”, dijo Tillerson, el máximo diplomático de Estados Unidos, en una"
            " rueda de prensa conjunta con el ministro de Asuntos Exteriores japonés, en Tokio.",
            "foreign",
        ),
        (
            "The top U.S. diplomat held a joint press conference with Japanese Foreign Minister"
            " Hayashi.",
            "foreign",
        ),
    ],
)
def test_one_sides_minister_meeting_the_others_names_the_kind(body, kind):
    words = report_signs(body).kind_words
    assert words[kind] == 1 and words["pair"] == 1, dict(words)


@pytest.mark.parametrize(
    "body",
    [
        # A leader receiving a minister is no ministers' meeting.
        "岸田総理はブリンケン国務長官と会談した。",
        "The Secretary of State met the President at the White House.",
        # The two posts in different sentences.
        "Blinken is the secretary of state. The foreign minister met the press.",
        "El secretario de Estado se reunió con el presidente.",
        "The top U.S. diplomat spoke to reporters about the foreign minister's remarks.",
        "Menteri Luar Negeri AS Antony Blinken dijadwalkan berada di Jepang pada Selasa.",
        # Both US secretaries with their counterparts are a 2+2, not a defense meeting.
        "Secretary of State Kerry and Secretary of Defense Carter were meeting with their"
        " Japanese counterparts in New York.",
    ],
)
def test_posts_without_a_ministers_meeting_name_neither_kind(body):
    words = report_signs(body).kind_words
    assert not words["foreign"] and not words["defense"], dict(words)


def test_the_two_secretaries_with_their_counterparts_stay_a_2_plus_2():
    body = (
        "Secretary of State Kerry and Secretary of Defense Carter were meeting with their"
        " Japanese counterparts in New York."
    )
    assert report_signs(body).kind_words["scc"] == 1


@pytest.mark.parametrize(
    "body",
    [
        "They stressed U.S.-Japan-ROK trilateral cooperation.",
        "양측은 미한일 3각 협력의 중요성을 강조했습니다.",
        "日米韓協力の重要性を確認した。",
        "双方强调美日韩三边合作的重要性。",
        "They welcomed trilateral security cooperation with Australia.",
    ],
)
def test_trilateral_cooperation_is_no_meeting_of_three(body):
    assert not report_signs(body).kind_words["multi"]


@pytest.mark.parametrize(
    "body",
    [
        "The leaders held a trilateral summit.",
        "한미일 정상회의가 열렸다.",
        "美日韩三边会谈在东京举行。",
    ],
)
def test_a_trilateral_meeting_is_still_one(body):
    assert report_signs(body).kind_words["multi"]


def test_a_trilateral_of_leaders_in_korean_is_not_a_bilateral():
    assert not report_signs("한미일 정상회의가 열렸다.").kind_words["bilateral"]
    assert report_signs("미일 정상회담이 열렸다.").kind_words["bilateral"]


@pytest.mark.parametrize(
    "body",
    [
        # The G7 meeting as the place's setting: "where the G7 meeting was held".
        "주요 7개국 외교장관 회담이 열린 일본 가루이자와에서 회담했다.",
        "G7外相会合が開かれた軽井沢で会談した。",
        "G7外相会合が開催中のロンドンで会談した。",
        # The group, not a meeting of it.
        "The Secretary congratulated the Foreign Minister on Japan's G7 Presidency.",
        "He stressed the importance of the G7 and the alliance.",
        "주요 7개국(G7)과 철통같은 미일 동맹이 중요하다.",
        "G7 members condemned the launch.",
        # One still to come, or the one a minister travels to.
        "The Secretary is looking forward to the G7 Leaders Summit in Hiroshima.",
        "Blinken is in Tokyo to attend the G7 foreign ministers' meeting.",
        "Blinken akan berada di Jepang untuk menghadiri KTT G7.",
    ],
)
def test_the_g7_as_a_setting_or_as_the_group_names_no_g7_meeting(body):
    assert not report_signs(body).kind_words["g7"], body


@pytest.mark.parametrize(
    "body",
    [
        "G7 foreign ministers met in Karuizawa.",
        "G7外相会合を開催した。",
        "G7 외교장관회의가 개막했다.",
    ],
)
def test_a_g7_meeting_is_still_one(body):
    assert report_signs(body).kind_words["g7"], body


@pytest.mark.parametrize(
    "body",
    [
        "Austin and Hamada will hold defense talks on Thursday.",
        "Hamada dan Austin akan mengadakan pembicaraan pertahanan bilateral.",
    ],
)
def test_talks_named_by_defense_alone_are_a_defense_meeting(body):
    words = report_signs(body).kind_words
    assert words["defense"] == 1 and not words["pair"], dict(words)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("블링컨 국무장관과 하야시 외무상이 가루이자와에서 회담했다.", "Karuizawa"),
        ("G7外相会合が開かれた軽井沢で会談した。", "Karuizawa"),
        ("ブリンケン国務長官が茂木外相とロンドンで会談", "London"),
        ("美日韩三方会谈在旧金山举行。", "San Francisco"),
        ("Los ministros se reunieron en Londres.", "London"),
        ("日米首脳会談はパリで行われた。", "Paris"),
        ("Kishida bertemu Biden di Bali.", "Bali"),
    ],
)
def test_a_meeting_city_is_named_in_any_script(body, place):
    assert place in mentioned_places(prefilter.fold(body))


@pytest.mark.parametrize("body", ["バリアフリーの会場", "the parish council", "Parisian cafés"])
def test_a_city_name_inside_another_word_is_no_place(body):
    assert not mentioned_places(prefilter.fold(body)) & {"Bali", "Paris"}


@pytest.mark.parametrize(
    ("body", "scc"),
    [
        ("Dialog 2+2 AS India dimulai pada 2018.", False),
        ("The U.S.-India 2+2 dialogue opened in New Delhi.", False),
        ("日豪2+2を開催した。", False),
        ("Japan-Australia 2+2 talks were held in Tokyo.", False),
        ("The U.S.-Japan 2+2 was held in Washington.", True),
        ("日米2+2を開催した。", True),
        (
            "Secretary of State Antony J. Blinken, Secretary of Defense Lloyd J. Austin III,"
            " Japanese Foreign Minister Hayashi Yoshimasa and Japanese Defense Minister Hamada"
            " Yasukazu at a Joint Press Availability",
            True,
        ),
        (
            "ブリンケン国務長官、オースティン国防長官、林外務大臣、浜田防衛大臣による共同記者会見",
            True,
        ),
    ],
)
def test_a_2_plus_2_of_the_two_allies_not_with_a_third_country(body, scc):
    assert bool(report_signs(body).kind_words["scc"]) is scc


@pytest.mark.parametrize(
    ("body", "multi"),
    [
        ("Mereka membahas kerja sama trilateral dengan Korea Selatan.", False),
        ("Destacaron la cooperación trilateral con Corea del Sur.", False),
        ("Mereka mengadakan pertemuan trilateral di Tokyo.", True),
    ],
)
def test_cooperation_named_before_the_word_for_three_is_no_meeting(body, multi):
    assert bool(report_signs(body).kind_words["multi"]) is multi


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("pertemuan dua hari para menteri luar negeri kelompok tujuh di Tokyo", "foreign"),
        ("pembicaraan bilateral para menteri luar negeri di Jakarta", "foreign"),
        ("pembicaraan keamanan antara para menteri luar negeri dan menteri pertahanan", "scc"),
        ("la reunión de ministros de Exteriores y de Defensa de Japón y EE.UU.", "scc"),
        ("la riunione dei ministri degli esteri e della difesa", "scc"),
    ],
)
def test_foreign_and_defense_ministers_together_are_a_2_plus_2(body, kind):
    words = report_signs(body).kind_words
    assert words[kind] == 1, dict(words)
    if kind == "scc":
        assert not words["foreign"], dict(words)
