"""The G7's own meetings in the reference data (its summits and foreign ministers'
meetings, 2011-2025, as `multilateral` rows) and the words that name them: a report of a
G7 session links to the G7 meeting, a bilateral held on its margins to the bilateral."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_words import KIND_WORDS
from archive.ingest.meetings import report_signs
from tests.ingest.reference_data import REFERENCE_DIR
from tests.ingest.test_meeting_matching import full_reference, linked, suggest

G7_SERIES = {"g7-summit", "g7-foreign-ministers", "g8-summit", "g8-foreign-ministers"}
MEMBERS = {"Canada", "France", "Germany", "Italy", "United Kingdom", "European Union"}

with open(REFERENCE_DIR / "us_japan_meetings.csv", newline="", encoding="utf-8") as handle:
    ROWS = list(csv.DictReader(handle))
G7_ROWS = [row for row in ROWS if row["series"] in G7_SERIES]


@pytest.fixture(scope="module")
def index():
    return full_reference().index


# --- The rows ------------------------------------------------------------------------------


def test_every_g7_summit_of_the_period_is_in_once_a_year_with_the_2020_video_ones():
    summits = [row for row in G7_ROWS if row["series"].endswith("-summit")]
    in_person = {int(row["date_start"][:4]) for row in summits if row["format"] == "in_person"}
    # the G8 summits of 2001-2010 were added in issue 11's seventeenth session
    assert in_person == set(range(2001, 2026)) - {2020}  # 2020's was held by video only
    video = [row["date_start"] for row in summits if row["format"] == "video"]
    # the later ones are the G7 leaders' video conferences found in REF4, and in issue 8's
    # fifth round those of February and August 2021, April 2024 and February 2025
    assert video == [
        "2020-03-16",
        "2020-04-16",
        "2021-02-19",
        "2021-08-24",
        "2022-02-24",
        "2022-10-11",
        "2022-12-13",
        "2023-02-24",
        "2023-12-06",
        "2024-02-25",
        "2024-04-14",
        "2025-02-24",
    ]
    assert all(row["city"] == "" for row in summits if row["format"] == "video")


def test_each_g7_row_is_a_multilateral_meeting_of_the_members_with_both_allies_and_a_source():
    # 31, 7 foreign ministers' meetings found later (REF3), and in REF4 Brussels 2022
    # (leaders and foreign ministers) and six leaders' video conferences; Weissenhaus
    # 2022 (Under Secretary Nuland for the United States) in issue 8's third round; in its
    # fifth round four leaders' video conferences and five foreign ministers' meetings (two by
    # video, Munich 2022 and 2025, New York 2025); in its sixth round the leaders' telephone
    # conference of 2 October 2024; in issue 11 the ten G8 summits of 2001-2010
    assert len(G7_ROWS) == 67
    for row in G7_ROWS:
        others = set(row["other_countries"].split("; "))
        g8 = row["series"].startswith("g8-")
        assert row["kind"] == "multilateral", row["slug"]
        assert others == MEMBERS | ({"Russia"} if g8 else set()), row["slug"]
        assert g8 == (row["date_start"] < "2014"), row["slug"]  # Russia out from 2014
        assert row["us_participants"] and row["jp_participants"], row["slug"]
        assert row["source_url"].startswith("http") and row["source_title"], row["slug"]
        assert row["date_start"] <= row["date_end"], row["slug"]
        leaders = row["series"].endswith("-summit")
        posts = "(head_of_state)" if leaders else "(foreign)"
        # a foreign ministers' meeting: the Secretary of State (an acting one included), or
        # the official the note names as the one who represented the United States
        stand_in = not leaders and "represented the United States" in row["date_note"]
        assert row["us_participants"].endswith(posts) or stand_in, row["slug"]


def test_the_san_francisco_trilateral_of_foreign_ministers_is_in():
    row = next(row for row in ROWS if row["slug"] == "multilateral-2023-11-14")
    assert (row["series"], row["city"], row["other_countries"]) == (
        "us-japan-rok-trilateral",
        "San Francisco",
        "South Korea",
    )
    assert row["us_participants"] == "Antony Blinken (foreign)"
    assert row["jp_participants"] == "Yoko Kamikawa (foreign)"


# --- The words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the G7 summit",
        "G-7 foreign ministers",
        "the Group of Seven",
        "the G8 summit at Camp David",
        "la Riunione Ministeriale Esteri del G7",
        "el Grupo de los Siete",
        "kelompok tujuh negara industri",
        "G7外相会合",
        "Ｇ７首脳会合",
        "主要7か国首脳会議",
        "주요 7개국 정상회의",
        "七国集团外长会",
    ],
)
def test_the_g7_by_its_name_is_a_meeting_of_the_g7_not_of_three(text):
    signs = report_signs(text)
    assert (signs.kind_words["g7"], signs.kind_words["multi"]) == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        "the G20 summit",
        "the G77 and China",
        "see page 7",
        "a 4G7 modem",
        "on the sidelines of the G7 summit",
        "on the eve of the Group of Seven summit",
        "ahead of the G7 summit",
        "al margen de la cumbre del G7",
        "a margine del G7",
        "di sela-sela KTT G7",
        "G7サミット出席のため訪問中の総理",
        "G7外相会合の機会に",
        "先進7カ国外相会合前の5月3日",
        "G7 정상회의 참석차",
        "七国集团峰会间隙",
        "G7や日米の連携が重要",
        "G7として結束する",
    ],
)
def test_other_groups_and_a_g7_meeting_named_as_the_setting_are_not_its_words(text):
    assert report_signs(text).kind_words["g7"] == 0


def test_the_g7_words_are_found_alike_by_the_scan_and_by_the_pattern():
    pattern = prefilter.folded_pattern(KIND_WORDS["g7"])
    text = prefilter.fold("G7 talks; Ｇ７首脳; group of eight; G20; 주요7개국; 七國集團; three-way")
    scan = prefilter.pattern_scan((pattern,))
    assert scan.count(pattern, text) == len(pattern.findall(text)) == 5


# --- Reports of a G7 session, in six languages ------------------------------------------------

G7_SESSIONS = [
    (
        "CAPRI, Italy (Kyodo) — Foreign Minister Yoko Kamikawa joined her Group of Seven "
        "counterparts on Thursday for a session on the Middle East, as the G7 foreign "
        "ministers' meeting entered its second day.",
        date(2024, 4, 18),
        {"Yoko Kamikawa"},
        "multilateral-2024-04-17",
    ),
    (
        "Capri, 18 aprile 2024 – La Ministra degli Affari Esteri del Giappone, Kamikawa Yoko, "
        "ha partecipato alla sessione di lavoro sul Mar Rosso della Riunione Ministeriale "
        "Esteri del G7. I Ministri degli Esteri G7 hanno discusso della sicurezza marittima.",
        date(2024, 4, 18),
        {"Yoko Kamikawa"},
        "multilateral-2024-04-17",
    ),
    (
        "G7外相会合（「インド太平洋」セッション）\n令和6年11月26日\n11月26日、G7外相会合出席"
        "のためイタリアを訪問中の岩屋外務大臣は、G7外相会合の「インド太平洋」セッションに"
        "出席しました。",
        date(2024, 11, 26),
        {"Takeshi Iwaya"},
        "multilateral-2024-11-25",
    ),
    (
        "七国集团外长会在意大利菲乌吉举行\n2024年11月26日，七国集团（G7）外长会在意大利菲乌吉"
        "闭幕。美国国务卿布林肯与各国外长讨论了中东局势。",
        date(2024, 11, 26),
        {"Antony Blinken"},
        "multilateral-2024-11-25",
    ),
    (
        "KTT G7 di Kananaskis dibuka\nPara pemimpin kelompok tujuh negara industri (G7) "
        "memulai KTT di Kananaskis, Kanada, Senin (16/6). Presiden AS Donald Trump dan PM "
        "Jepang Shigeru Ishiba menghadiri sesi pertama KTT G7 tentang ekonomi global.",
        date(2025, 6, 16),
        {"Donald Trump", "Shigeru Ishiba"},
        "multilateral-2025-06-15",
    ),
    (
        "G7 정상회의 히로시마에서 개막\n주요 7개국(G7) 정상회의가 19일 일본 히로시마에서 "
        "개막했다. 바이든 대통령과 기시다 총리 등 G7 정상들은 우크라이나 정세를 논의했다.",
        date(2023, 5, 19),
        {"Joe Biden", "Fumio Kishida"},
        "multilateral-2023-05-19",
    ),
]


@pytest.mark.parametrize(("body", "published", "people", "slug"), G7_SESSIONS)
def test_a_report_of_a_g7_session_links_to_the_g7_meeting(index, body, published, people, slug):
    suggestions, auto = suggest(index, body, published, people)
    assert auto == slug, [(s.slug, s.score, s.reasons) for s in suggestions]
    assert linked(suggestions) == [slug]


def test_a_g7_session_the_report_names_only_as_a_setting_is_not_linked(index):
    """Without its words (a report that names the G7 only as the setting), the G7
    meeting of the day is not linked, even with the minister and the city named."""
    body = (
        "CAPRI, Italy (Kyodo) — Foreign Minister Yoko Kamikawa spoke to reporters on "
        "Thursday on the sidelines of the G7 meeting about the Middle East."
    )
    suggestions, _ = suggest(index, body, date(2024, 4, 18), {"Yoko Kamikawa"})
    assert "multilateral-2024-04-17" not in linked(suggestions)


# --- A bilateral on the margins of a G7 meeting ----------------------------------------------

BILATERALS = [
    (
        "HIROSHIMA, Japan (AP) — President Joe Biden and Prime Minister Fumio Kishida held a "
        "bilateral meeting on Thursday, on the eve of the Group of Seven summit. The two "
        "leaders discussed extended deterrence.",
        date(2023, 5, 18),
        {"Joe Biden", "Fumio Kishida"},
        "summit-2023-05-18",
    ),
    (
        "日米首脳会談\n令和7年6月16日\nG7サミット出席のためカナダを訪問中の石破総理大臣は、"
        "トランプ大統領と日米首脳会談を行いました。両首脳は関税措置について意見交換しました。",
        date(2025, 6, 16),
        {"Donald Trump", "Shigeru Ishiba"},
        "summit-2025-06-16",
    ),
    (
        "Biden y Kishida se reúnen al margen del G7\nEl presidente Joe Biden y el primer "
        "ministro Fumio Kishida mantuvieron una breve reunión bilateral al margen de la cumbre "
        "del G7 en Apulia. Ambos líderes hablaron de Ucrania.",
        date(2024, 6, 14),
        {"Joe Biden", "Fumio Kishida"},
        "summit-2024-06-14",
    ),
    (
        "KARUIZAWA, Japan — Secretary of State Antony Blinken met Foreign Minister Yoshimasa "
        "Hayashi on Monday on the sidelines of the G7 foreign ministers' meeting. The two "
        "ministers discussed China in a bilateral meeting.",
        date(2023, 4, 17),
        {"Antony Blinken", "Yoshimasa Hayashi"},
        "foreign_ministers-2023-04-17",
    ),
]


@pytest.mark.parametrize(("body", "published", "people", "slug"), BILATERALS)
def test_a_bilateral_on_the_margins_of_a_g7_meeting_links_to_the_bilateral_alone(
    index, body, published, people, slug
):
    suggestions, auto = suggest(index, body, published, people)
    assert auto == slug, [(s.slug, s.score, s.reasons) for s in suggestions]
    assert linked(suggestions) == [slug]


def test_a_trilateral_named_beside_the_g7_meeting_links_to_the_trilateral(index):
    """Words for three (日米韓, 三者) name a trilateral, not the G7: a report of a Japan-U.S.
    bilateral and a trilateral held in the days of a G7 meeting does not draw the G7 row."""
    body = (
        "ブリンケン国務長官が茂木外相とロンドンで会談\n"
        "先進7カ国外相会合前の5月3日、ブリンケン国務長官はロンドンで茂木外務大臣と会談しました。"
        "また、5日に行われた茂木外相および鄭義溶・韓国外相との三者会談では、日米韓の協調を"
        "再確認しました。"
    )
    suggestions, _ = suggest(index, body, None, {"Antony Blinken", "Toshimitsu Motegi"})
    assert "multilateral-2021-05-03" not in linked(suggestions)
    assert suggestions[0].slug == "multilateral-2021-05-05"
