"""People in passing wherever they stand, the lead included (archive/ingest/passing.py,
`aside`): a succession, and a leader in his own minister's words. Invented reports in
Chinese, Japanese, Korean, English, Spanish and Indonesian."""

from datetime import date

import pytest

from archive.ingest.passing import SUCCESSION
from archive.ingest.people import find_people, in_the_news
from archive.ingest.quotes import find_quotes_and_roles

ON = date(2022, 1, 21)


def subjects(body, ref, on=ON):
    mentions, _ = find_people(body, ref.index)
    quotes, roles = find_quotes_and_roles(body, mentions, index=ref.index, on=on)
    return {m.slug for m in in_the_news(body, [*mentions, *roles], quotes, ref.index, on)}


MEETING = {
    "zh": "美国国务卿布林肯和日本防卫大臣岸信夫星期五在东京举行会谈。",
    "ja": "ブリンケン国務長官は本日、岸信夫防衛大臣と電話会談を行った。",
    "en": "Secretary Antony Blinken met Defense Minister Nobuo Kishi in Tokyo.",
    "es": "El secretario Antony Blinken se reunió con el ministro Nobuo Kishi en Tokio.",
    "id": "Menteri Antony Blinken bertemu Menteri Nobuo Kishi di Tokyo.",
}
# Hayashi's predecessor as foreign minister, named once in a sentence about the post, and
# the same sentence with the succession taken out (then he is one of the report's people).
SUCCESSIONS = [
    ("zh", "外相林芳正的前任茂木敏充出席了晚宴。", "外相茂木敏充出席了晚宴。"),
    ("ja", "林外務大臣の前任の茂木敏充氏も同席した。", "茂木敏充外務大臣も同席した。"),
    (
        "en",
        "Hayashi's predecessor, Toshimitsu Motegi, joined the dinner.",
        "Foreign Minister Toshimitsu Motegi joined the dinner.",
    ),
    (
        "es",
        "El predecesor de Hayashi, Toshimitsu Motegi, asistió a la cena.",
        "El canciller Toshimitsu Motegi asistió a la cena.",
    ),
    (
        "id",
        "Pendahulu Hayashi, Toshimitsu Motegi, hadir dalam jamuan makan malam.",
        "Menteri Toshimitsu Motegi hadir dalam jamuan makan malam.",
    ),
]


@pytest.mark.parametrize("language, succession, plain", SUCCESSIONS)
def test_a_predecessor_named_in_the_lead_is_in_passing(ref, language, succession, plain):
    space = " " if language in ("en", "es", "id") else ""
    found = subjects(f"{MEETING[language]}{space}{succession}", ref)
    assert "toshimitsu-motegi" not in found
    assert {"antony-blinken", "nobuo-kishi"} <= found
    assert "toshimitsu-motegi" in subjects(f"{MEETING[language]}{space}{plain}", ref)


def test_a_successor_named_once_is_in_passing_and_the_meeting_is_not(ref):
    body = (
        "日本外相茂木敏充和美国国务卿布林肯举行了会谈。茂木敏充定于下星期完成外相任期。"
        "新外相林芳正将接替他的职位。"
    )
    assert subjects(body, ref) == {"toshimitsu-motegi", "antony-blinken"}
    plain = body.replace("将接替他的职位", "将出席晚宴")
    assert "yoshimasa-hayashi" in subjects(plain, ref)


def test_a_succession_sentence_that_names_a_meeting_keeps_its_people(ref):
    body = "Yoshimasa Hayashi, who succeeded Toshimitsu Motegi in November, met Antony Blinken."
    assert {"yoshimasa-hayashi", "antony-blinken"} <= subjects(body, ref)


def test_the_words_of_succession_in_each_language():
    for text in ("succeeded", "successor", "sucesor", "后任", "接替", "後任", "후임", "pendahulu"):
        assert SUCCESSION.search(f"x {text} y"), text
    for text in ("success", "successful", "previous", "前回"):
        assert not SUCCESSION.search(f"x {text} y"), text


@pytest.mark.parametrize(
    "body",
    [
        "アントニー・ブリンケン国務長官は本日、林芳正外務大臣と電話会談を行った。"
        "ブリンケン国務長官は、日米同盟の重要性を強調し、ジョー・バイデン大統領が同盟関係を"
        "強化すると約束したことも強調した。",
        "블링컨 국무장관과 하야시 요시마사 외무상이 도쿄에서 회담했다. 블링컨 장관은 "
        "조 바이든 대통령이 동맹을 강화하겠다고 약속했다고 강조했다.",
        "Secretary Antony Blinken met Foreign Minister Yoshimasa Hayashi in Tokyo. Blinken"
        " stressed that President Joe Biden had committed to strengthening the alliance.",
        "El secretario Antony Blinken se reunió con el canciller Yoshimasa Hayashi en Tokio."
        " Blinken subrayó que el presidente Joe Biden se ha comprometido con la alianza.",
        "美国国务卿布林肯和日本外相林芳正星期五在东京举行会谈。布林肯强调，拜登总统承诺加强同盟。",
    ],
)
def test_a_leader_in_his_own_ministers_words_is_in_passing(ref, body):
    found = subjects(body, ref)
    assert "joe-biden" not in found
    assert {"antony-blinken", "yoshimasa-hayashi"} <= found


def test_the_other_allys_leader_in_a_ministers_words_stays(ref):
    body = (
        "Secretary Antony Blinken met Foreign Minister Yoshimasa Hayashi in Tokyo. Blinken"
        " stressed that Prime Minister Fumio Kishida had committed to the alliance."
    )
    assert "fumio-kishida" in subjects(body, ref)


def test_a_leader_his_minister_thanked_or_met_stays(ref):
    for said in (
        "Blinken stressed that he thanked President Joe Biden for his support.",
        "Blinken said that he will meet President Joe Biden on Monday.",
    ):
        body = f"Secretary Antony Blinken met Foreign Minister Yoshimasa Hayashi. {said}"
        assert "joe-biden" in subjects(body, ref), said


def test_a_leader_named_elsewhere_too_stays(ref):
    body = (
        "Secretary Antony Blinken met Foreign Minister Yoshimasa Hayashi in Tokyo. Blinken"
        " stressed that President Joe Biden had committed to the alliance.\n\n"
        "President Joe Biden will host Prime Minister Fumio Kishida in Washington."
    )
    assert "joe-biden" in subjects(body, ref)


# A first paragraph long enough that what follows is past the lead.
LEAD = {
    "en": "Secretary Antony Blinken met Defense Minister Nobuo Kishi in Tokyo on Friday. "
    + "The two discussed the regional security situation at length. " * 5,
    "es": "El secretario Antony Blinken se reunió con el ministro Nobuo Kishi en Tokio. "
    + "Ambos conversaron largamente sobre la situación de seguridad regional. " * 5,
    "id": "Menteri Antony Blinken bertemu Menteri Nobuo Kishi di Tokyo pada hari Jumat. "
    + "Keduanya membahas situasi keamanan kawasan secara panjang lebar. " * 5,
    "ja": "ブリンケン国務長官は本日、東京で岸信夫防衛大臣と会談を行った。"
    + "両者は地域の安全保障情勢について長時間にわたり意見交換を行った。" * 10,
}
OTHER_TIMES = [
    (
        "en",
        "The trip follows a visit by President Joe Biden to Asia in May. At the time, Biden "
        "said: “The bond between our two countries is very, very deep.”",
    ),
    (
        "es",
        "El viaje sigue a la visita del presidente Joe Biden a Asia en mayo. En aquél "
        "momento, Biden expresó: “El vínculo entre nuestros dos países es muy profundo”.",
    ),
    (
        "id",
        "Perjalanan ini menyusul kunjungan Presiden Joe Biden ke Asia pada bulan Mei. Saat "
        "itu, Biden mengatakan: “Ikatan antara kedua negara kita sangat, sangat dalam.”",
    ),
    ("ja", "当時、ジョー・バイデン大統領は「両国の絆は非常に深い」と述べた。"),
]


@pytest.mark.parametrize("language, other_time", OTHER_TIMES)
def test_a_name_and_its_words_in_a_sentence_about_another_time_are_in_passing(
    ref, language, other_time
):
    body = f"{LEAD[language]}\n\n{other_time}"
    mentions, _ = find_people(body, ref.index)
    quotes, _ = find_quotes_and_roles(body, mentions, index=ref.index, on=ON)
    assert [q.speaker_slug for q in quotes if q.speaker_slug == "joe-biden"] == ["joe-biden"]
    found = subjects(body, ref)
    assert "joe-biden" not in found
    assert {"antony-blinken", "nobuo-kishi"} <= found


def test_the_same_words_said_today_make_a_subject(ref):
    body = (
        f"{LEAD['en']}\n\nThe trip comes after a call. On Friday, President Joe Biden said: "
        "“The bond between our two countries is very, very deep.”"
    )
    assert "joe-biden" in subjects(body, ref)
    body = f"{LEAD['en']}\n\nAt the time of the meeting, President Joe Biden was in Delaware."
    assert "joe-biden" in subjects(body, ref)
