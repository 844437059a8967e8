"""The record of a press conference, as ministries print it (invented pages): a section
banner, the headline, a form of fields ("日時 / date / 場所 / place / 備考 / note"), a date
line that carries a weekday, a time and a place, the transcript's section headings and an
interpreter's note."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.dates import extract_date, is_date_line
from archive.ingest.header import is_field_label, is_field_line, is_heading
from archive.ingest.layout import layout_around_date
from archive.ingest.pipeline import parse_report

JA_BODY = "先ほど、米国の国務長官と電話会談を行い、同盟の一層の強化で一致しました。"
KO_BODY = "외교부 장관은 오늘 미국 국무장관과 전화 회담을 갖고 동맹 강화에 의견을 같이했습니다."
EN_BODY = (
    "The minister spoke with the Secretary this morning and the two agreed to deepen the "
    "alliance's cooperation in every domain."
)


@pytest.mark.parametrize(
    "line",
    ["日時", "場所", "備考", "出席者", "일시", "장소", "时间", "地点", "Date", "Venue:", "Lugar"],
)
def test_field_labels(line):
    assert is_field_label(line)


@pytest.mark.parametrize(
    "line", ["日時の調整", "防衛省", "The date of the talks was set on Friday.", "Places"]
)
def test_lines_that_are_no_field_labels(line):
    assert not is_field_label(line)


@pytest.mark.parametrize(
    ("paragraphs", "date_index", "title"),
    [
        (
            [
                "防衛大臣記者会見",
                "日時",
                "令和5年1月6日(金)10:02~10:20",
                "場所",
                "防衛省",
                "備考",
                "日米電話会談後の会見",
                "1 発表事項",
                JA_BODY,
            ],
            2,
            0,
        ),
        (
            [
                "외교부 장관 기자회견",
                "일시",
                "2024년 1월 5일(금) 오후 3시 10분",
                "장소",
                "외교부 브리핑룸",
                "비고",
                "한미 외교장관 통화 후",
                KO_BODY,
            ],
            2,
            0,
        ),
        (
            [
                "Press Conference by the Minister",
                "Date",
                "January 5, 2024",
                "Venue",
                "Ministry briefing room",
                "Note",
                "After the call with the Secretary",
                EN_BODY,
            ],
            2,
            0,
        ),
    ],
    ids=["ja", "ko", "en"],
)
def test_a_form_of_fields_is_the_records_head_not_captions(paragraphs, date_index, title):
    layout = layout_around_date(paragraphs, date_index)
    assert layout.title == title
    assert layout.labels == ()
    assert layout.captions == ()


@pytest.mark.parametrize(
    "line",
    [
        "Place: Conference Room, Ministry of Defense",
        "場所：防衛省A棟",
        "장소: 외교부 브리핑룸",
        "Time & Date: 9:32-9:37 A.M., August 24, 2012",
        "Lugar: Palacio de Santa Cruz",
    ],
)
def test_a_field_and_its_value_on_one_line(line):
    assert is_field_line(line)


@pytest.mark.parametrize(
    "line",
    ["Placement of the troops was discussed: the ministers agreed.", "Place", "日米外相会談"],
)
def test_lines_that_are_no_field_lines(line):
    assert not is_field_line(line)


def test_a_field_line_under_the_date_is_no_caption():
    paragraphs = [
        "Press Conference by the Defense Minister",
        "Time & Date: 9:32-9:37 A.M., August 24, 2012",
        "Place: Conference Room, Ministry of Defense",
        "Minister talks with reporters",
        EN_BODY,
    ]
    assert layout_around_date(paragraphs, 1).captions == (3,)


def test_a_caption_under_a_form_is_still_a_caption():
    paragraphs = ["日米外相会談", "令和5年1月6日", "会談に臨む両外相", JA_BODY]
    assert layout_around_date(paragraphs, 1).captions == (2,)


@pytest.mark.parametrize(
    "line",
    [
        "冒頭発言",
        "質疑応答",
        "発表事項",
        "모두발언",
        "질의응답",
        "开场发言",
        "Opening Remarks",
        "Questions and Answers",
        "Q&A",
    ],
)
def test_transcript_sections_are_headings(line):
    assert is_heading(line)


def test_transcript_sections_under_the_date_are_no_captions():
    paragraphs = ["外務大臣会見記録", "令和6年1月5日", "冒頭発言", f"(大臣){JA_BODY}"]
    assert layout_around_date(paragraphs, 1).captions == ()
    paragraphs = ["Press Conference", "January 5, 2024", "Opening Remarks", EN_BODY]
    assert layout_around_date(paragraphs, 1).captions == ()


@pytest.mark.parametrize(
    "line",
    [
        "(令和6年1月5日(金曜日)10時30分 於:本省会見室)",
        "令和6年1月5日(金)午後3時",
        "2024년 1월 5일(금) 오후 3시 10분",
        "2024年1月5日(星期五)下午3时10分",
    ],
)
def test_a_date_line_with_its_weekday_time_and_place(line):
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Friday, January 5, 2024, 10:30 a.m. Ministry of Foreign Affairs",
        "Monday, September 16, 2019, 9:33 p.m. Central Entrance Hall, Ministry of Foreign",
    ],
)
def test_an_english_record_dates_itself_with_the_time_and_the_room(line):
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "更新日:令和7年12月25日 総理の一日",
        "• 日時:令和2年5月29日(金)19:23~20:08",
        "게시일: 2024년 1월 5일 오후 3시",
        "发布时间:2024年1月5日 15:10",
    ],
)
def test_a_date_line_with_its_label(line):
    assert is_date_line(line)


def test_a_sentence_with_a_time_and_a_place_is_no_date_line():
    line = "At 8:31 a.m. Tokyo time on January 27, 2021, the two ministers spoke by phone."
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "令和6年1月5日午後、両大臣は会談を行い、同盟の強化について幅広く意見交換を行った。",
        "2024년 1월 5일 오후 3시 양국 장관은 회담을 갖고 동맹 강화 방안을 폭넓게 논의했다.",
    ],
)
def test_a_sentence_with_a_date_and_a_time_is_no_date_line(line):
    assert not is_date_line(line)


def test_the_date_line_of_a_record_is_read_from_the_head():
    paragraphs = ["記者会見", "外務大臣会見記録", "(令和6年1月5日(金曜日)10時30分 於:本省会見室)"]
    finding, index = extract_date(paragraphs + [JA_BODY], header_indexes=[0, 1, 2])
    assert (finding.published.isoformat(), index) == ("2024-01-05", 2)


@pytest.mark.parametrize("line", ["記者会見", "기자회견", "Press Conferences"])
def test_a_press_conference_section_banner_is_chrome(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "section label"


@pytest.mark.parametrize("line", ["防衛大臣記者会見", "Press Conference by the Minister"])
def test_a_press_conferences_title_is_no_chrome(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


@pytest.mark.parametrize(
    "line",
    [
        "※国務長官の発言及び英語の質問については、通訳者の発言を記載しています。",
        "※ 장관의 발언은 통역을 거친 것입니다.",
        "※国务卿的发言为口译内容。",
    ],
)
def test_an_interpreters_note_is_chrome(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "translation notice"


def test_a_provisional_translation_note_is_chrome():
    line = "This is a provisional translation by an external company for reference purpose only."
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "translation notice"
    line = "The ministry released a provisional translation of the statement on Friday."
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


@pytest.mark.parametrize(
    "line",
    [
        "(This is a provisional translation of an announcement by the Minister and the Q&A "
        "session at the subsequent press conference for reference purposes only)",
        "The original text is in Japanese.",
        "The original full text is in Japanese.",
    ],
)
def test_notes_on_the_translation_are_chrome(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "translation notice"


def test_a_sentence_about_the_interpreter_stays():
    line = "両大臣は通訳を交えて約30分間会談し、同盟の強化で一致しました。"
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


MOFA_RECORD = "\n\n".join(
    [
        "記者会見",
        "外務大臣臨時会見記録",
        "(令和6年1月5日(金曜日)21時10分 於:本省大臣接見室)",
        "冒頭発言",
        f"(大臣){JA_BODY}",
        "また、地域情勢について意見交換を行い、引き続き緊密に連携していくことを確認しました。",
    ]
)
MOD_RECORD = "\n".join(
    [
        "防衛大臣臨時記者会見",
        "",
        "日時",
        "令和5年1月6日(金)10:02~10:20",
        "場所",
        "防衛省A棟1階エントランス",
        "備考",
        "日米防衛相電話会談後の臨時会見",
        "",
        "※国防長官の発言については、通訳者の発言を記載しています。",
        "",
        "1 発表事項",
        "",
        JA_BODY,
    ]
)


def test_a_ministry_press_conference_record_end_to_end(ref):
    report = parse_report(MOFA_RECORD.encode(), reference=ref)
    assert report.title == "外務大臣臨時会見記録"
    assert report.published.isoformat() == "2024-01-05"
    assert {d.line: d.reason for d in report.dropped}["記者会見"] == "section label"
    assert "冒頭発言" in report.body.split("\n\n")


def test_a_defense_ministry_record_keeps_its_form_and_drops_the_note(ref):
    report = parse_report(MOD_RECORD.encode(), reference=ref)
    assert report.title == "防衛大臣臨時記者会見"
    assert report.published.isoformat() == "2023-01-06"
    kept = report.body.split("\n\n")
    for line in (
        "日時",
        "場所",
        "防衛省A棟1階エントランス",
        "備考",
        "日米防衛相電話会談後の臨時会見",
    ):
        assert line in kept
    dropped = {d.line: d.reason for d in report.dropped}
    assert dropped["※国防長官の発言については、通訳者の発言を記載しています。"] == (
        "translation notice"
    )


EN_RECORD = "\n\n".join(
    [
        "Press Conferences",
        "Press Conference by the Foreign Minister",
        "Friday, January 5, 2024, 10:30 a.m. Ministry of Foreign Affairs",
        "This is a provisional translation by an external company for reference purpose only.",
        "Opening Remarks",
        f"Foreign Minister: {EN_BODY}",
        "Question-and-Answer Session",
        "Reporter: How long did the talk last, and was the situation in the region discussed?",
    ]
)


def test_an_english_press_conference_record_end_to_end(ref):
    report = parse_report(EN_RECORD.encode(), reference=ref)
    assert report.title == "Press Conference by the Foreign Minister"
    assert report.published.isoformat() == "2024-01-05"
    kept = report.body.split("\n\n")
    assert "Opening Remarks" in kept
    assert "Question-and-Answer Session" in kept
    assert not any(line.startswith("This is a provisional translation") for line in kept)
