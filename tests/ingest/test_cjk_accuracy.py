"""Chinese, Japanese and Korean pages read right (issue 11): each rule on invented text of
its family, never a corpus report's words."""

import dataclasses
from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.captions import clip_titles, plain_style_captions
from archive.ingest.dates import extract_date
from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.meeting_context import mentioned_places, report_context
from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes, find_quotes_and_roles
from archive.ingest.reference import KnownPerson, slugify
from archive.ingest.results import QuoteHit
from tests.ingest.reference_data import native_aliases


@pytest.mark.parametrize(
    "line",
    [
        "您的浏览器不支持HTML5",
        "你的浏览器不支持HTML5视频播放",
        "您的瀏覽器不支援HTML5",
        "お使いのブラウザは動画の再生に対応していません。",
        "ブラウザーがHTML5にサポートしていません",
        "브라우저가 HTML5를 지원하지 않습니다.",
        "사용 중인 브라우저는 이 동영상을 지원하지 않습니다",
    ],
)
def test_a_players_fallback_text_in_cjk_script_is_a_player_notice(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "player notice"


@pytest.mark.parametrize(
    "line",
    [
        "您的浏览器不支持HTML5,国务院发言人说,这个问题将在下周的会谈中解决。国务卿明天抵达东京。",
        "外相は、旧式のブラウザは政府の新しいサイトに対応していませんと述べ、更新を呼びかけた。そのうえで会談に臨んだ。",
        "장관은 일부 브라우저가 새 사이트를 지원하지 않습니다라고 말했다. 이어 회담을 열었다.",
    ],
)
def test_a_sentence_about_browsers_stays(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


# --- Korean quotes: surname labels, joined quotes, a sentence's topic -----------------------

ON = date(2014, 3, 10)
SPOKESPERSON = KnownPerson(
    "jen-psaki", "Jen Psaki", "United States", ("젠 사키", "사키", "ジェン・サキ")
)


@pytest.fixture(scope="module")
def ref_with_spokesperson(ref):
    return dataclasses.replace(ref, people=(*ref.people, SPOKESPERSON))


def korean_quotes(body, reference):
    mentions, _ = find_people(body, reference.index)
    return [
        (hit.speaker_slug, hit.text)
        for hit in find_quotes(body, mentions, index=reference.index, on=ON)
    ]


def test_a_sound_bite_label_with_a_surname_is_the_person_named_in_full_before(
    ref_with_spokesperson,
):
    body = (
        "젠 사키 국무부 대변인은 이날 브리핑에서 두 장관의 회담 결과를 설명했습니다.\n\n"
        "[사키 대변인] “Both ministers agreed to keep working closely together.”\n\n"
        "이어 “양국은 긴밀히 협력하기로 했다”고 덧붙였습니다."
    )
    assert korean_quotes(body, ref_with_spokesperson) == [
        ("jen-psaki", "Both ministers agreed to keep working closely together."),
        ("jen-psaki", "양국은 긴밀히 협력하기로 했다"),
    ]


def test_a_sound_bite_label_whose_surname_names_no_one_before_names_no_known_person(
    ref_with_spokesperson,
):
    body = (
        "국무부는 이날 두 장관의 회담 결과를 발표했습니다.\n\n"
        "[사키 대변인] “Both ministers agreed to keep working closely together.”"
    )
    mentions, _ = find_people(body, ref_with_spokesperson.index)
    hits = find_quotes(body, mentions, index=ref_with_spokesperson.index, on=ON)
    assert [(h.speaker_slug, h.speaker_name) for h in hits] == [(None, "사키 대변인")]


@pytest.mark.parametrize(
    "joint",
    ["며, ", "라며 ", "면서 ", "고 밝히고 ", "라고 강조하며 "],
)
def test_korean_quotes_joined_before_one_verb_are_all_the_subjects(ref, joint):
    body = (
        "존 케리 국무장관은 10일 한국 외교장관과 전화통화를 했습니다.\n\n"
        f'케리 장관은 통화에서 "양국 동맹은 어느 때보다 굳건하다"{joint}'
        '"앞으로도 긴밀하게 협력해 나가자"고 말했습니다.'
    )
    assert korean_quotes(body, ref) == [
        ("john-f-kerry", "양국 동맹은 어느 때보다 굳건하다"),
        ("john-f-kerry", "앞으로도 긴밀하게 협력해 나가자"),
    ]


def test_joined_quotes_with_no_verb_after_the_last_are_not_attributed_by_the_join(ref):
    body = (
        "존 케리 국무장관은 10일 한국을 방문했습니다.\n\n"
        '케리 장관은 "양국 동맹은 어느 때보다 굳건하다"며 "새로운 협력의 시대"를 열었습니다.'
    )
    hits = korean_quotes(body, ref)
    assert ("john-f-kerry", "새로운 협력의 시대") not in hits


def test_the_topic_of_a_korean_sentence_speaks_a_quote_far_from_it(ref):
    body = (
        "존 케리 국무장관은 10일 한국 외교장관과 전화통화를 했습니다.\n\n"
        "케리 장관은 다음 달로 예정된 한국과 일본, 중국 순방과 관련해, "
        '"세 나라와의 협력을 더욱 강화하고 싶다"고 밝혔습니다.'
    )
    assert korean_quotes(body, ref) == [("john-f-kerry", "세 나라와의 협력을 더욱 강화하고 싶다")]


def test_a_topic_with_someone_else_named_before_the_quote_does_not_speak_it(ref):
    body = (
        "존 케리 국무장관은 10일 한국 외교장관과 전화통화를 했습니다.\n\n"
        "케리 장관은 척 헤이글 국방장관이 다음 달로 예정된 한국과 일본 순방에서 "
        '"세 나라와의 협력을 더욱 강화하고 싶다"고 밝혔다고 전했습니다.'
    )
    assert ("john-f-kerry", "세 나라와의 협력을 더욱 강화하고 싶다") not in korean_quotes(body, ref)


# --- Korean headlines: the closing clause in double quotes ---------------------------------


def headline(ref, title, body_quotes=()):
    people = find_people(title, ref.index)[0]
    found = headline_quotes(title, people, list(body_quotes), index=ref.index, on=ON)
    return [(q.speaker_slug, q.text, q.form) for q in found]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ('한미 외교장관 통화 "대북 공조 계속 강화"', "대북 공조 계속 강화"),
        ("미일 국방장관 회담…“동맹 억지력 높이기로”", "동맹 억지력 높이기로"),
    ],
)
def test_a_korean_headlines_closing_clause_in_double_quotes_is_a_quote_of_no_one(ref, title, text):
    assert headline(ref, title) == [(None, text, "headline")]


@pytest.mark.parametrize(
    "title",
    [
        "한미 외교장관 통화…‘3자 협력’ 논의",  # single quotes name a thing
        '한미 외교장관 "2+2" 회의 개최',  # not the headline's end
        '한미 외교장관 통화 "공조"',  # one word
        'Ministers hold call, vow "closer ties" ahead',
        'Japan, U.S. ministers "deeply concerned"',  # no Korean clause
    ],
)
def test_other_quoted_words_in_a_headline_are_no_quote_of_no_one(ref, title):
    assert headline(ref, title) == []


def test_a_headline_clause_the_body_quotes_is_one_quote(ref):
    body_quote = QuoteHit(None, "대북 공조 계속 강화하기로 했다", 40, 58, "unattributed", "")
    assert headline(ref, '한미 외교장관 통화 "대북 공조 계속 강화"', [body_quote]) == []


# --- Ministry press-conference records: the host by post, a speaker's name on its line -----

MOD_DAY = date(2023, 1, 12)
ANNOUNCED = (
    "本日、米国のオースティン国防長官と会談を行いました。同盟の抑止力を強化することで一致しました。"
)


def record_quotes(ref, title, body):
    mentions, _ = find_people(body, ref.index)
    hits, _ = find_quotes_and_roles(body, mentions, index=ref.index, on=MOD_DAY, title=title)
    return [(hit.speaker_slug, hit.text) for hit in hits]


def test_a_records_announcements_are_the_minister_its_headline_names_by_post(ref):
    body = (
        "日時\n\n令和5年1月12日(木)10:00~10:20\n\n場所\n\n防衛省会見室\n\n1 発表事項\n\n"
        f" {ANNOUNCED}\n\n2 質疑応答\n\nQ:会談の成果についてお聞かせください。"
    )
    assert record_quotes(ref, "防衛大臣臨時記者会見", body) == [
        ("yasukazu-hamada", "本日、米国のオースティン国防長官と会談を行いました。"),
        (None, "会談の成果についてお聞かせください。"),
    ]


@pytest.mark.parametrize(
    "title",
    ["日米防衛相共同記者会見", "防衛大臣の動静", "日米防衛相会談"],
)
def test_a_joint_or_other_headline_names_no_host(ref, title):
    body = f"1 発表事項\n\n{ANNOUNCED}"
    assert [slug for slug, _ in record_quotes(ref, title, body)] == []


def test_a_speakers_name_on_its_own_line_speaks_the_paragraph_below(ref):
    body = (
        "1 冒頭発言\n\nオースティン国防長官\n\n"
        "浜田大臣、本日はお招きいただき光栄です。同盟はかつてなく強固です。\n\n"
        "浜田防衛大臣\n\n長官、ようこそ。日米同盟の抑止力を一層強化してまいります。"
    )
    assert record_quotes(ref, "日米防衛相共同記者会見", body) == [
        ("lloyd-austin", "浜田大臣、本日はお招きいただき光栄です。"),
        ("yasukazu-hamada", "長官、ようこそ。"),
    ]


@pytest.mark.parametrize("line", ["記者", "大臣", "日米防衛相会談の概要"])
def test_a_role_a_bare_title_or_a_heading_on_its_line_is_no_speaker(ref, line):
    body = f"{line}\n\n{ANNOUNCED}"
    assert record_quotes(ref, "防衛省の発表", body) == []


@pytest.mark.parametrize(
    "line",
    [
        "国防長官の発言及び英語の質問については、通訳者の適宜発言を引用",
        "米国務長官の発言については通訳者の発言を記載しています。",
    ],
)
def test_a_records_unmarked_note_on_interpreted_words_is_a_translation_notice(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "translation notice"


def test_a_sentence_about_an_interpreter_stays():
    line = "この点については、通訳者の発言を引用したい。外相はそう述べ、同盟国との連携を確認した。"
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


# --- A page's byline and date between bars, run into the text ------------------------------


@pytest.mark.parametrize(
    ("page", "language", "published"),
    [
        (
            "国防長官が来日し、防衛相と会談しました。 By U.S. Mission Japan | 2021年3月17日 | "
            "トピックス: ニュース, 日米関係 お勧めの記事 大使館の新しい取り組み",
            "ja",
            date(2021, 3, 17),
        ),
        (
            "국무장관이 외교장관과 회담했습니다. By U.S. Embassy Seoul | 2021년 3월 18일 | "
            "토픽: 뉴스",
            "ko",
            date(2021, 3, 18),
        ),
        (
            "The Secretary met the Foreign Minister. By U.S. Embassy Tokyo | 17 March, 2021 | "
            "Topics: News, U.S. & Japan",
            "en",
            date(2021, 3, 17),
        ),
    ],
)
def test_a_byline_and_date_between_bars_inside_a_line_date_the_page(page, language, published):
    finding, line = extract_date([page], header_indexes=[0], body_indexes=[], language=language)
    assert (finding.published, line) == (published, None)


def test_a_date_in_a_sentence_without_the_bars_does_not_date_the_page():
    page = "国防長官は2021年3月17日に来日し、防衛相と会談しました。両氏は同盟の強化で一致しました。"
    finding, _ = extract_date([page], header_indexes=[0], body_indexes=[], language="ja")
    assert finding.published is None


# --- Native-script aliases: traditional characters, Western surnames alone ----------------


def with_native_names(ref, *names):
    people = [KnownPerson(slugify(name), name, "", native_aliases()[name]) for name in names]
    return dataclasses.replace(ref, people=(*ref.people, *people))


def test_a_japanese_leaders_name_in_traditional_characters_is_found(ref):
    reference = with_native_names(ref, "Shinzo Abe")
    mentions, _ = find_people("日本首相安倍晉三星期三將在國會發表演講。", reference.index)
    assert {m.slug for m in mentions} == {"shinzo-abe"}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("エスパー国防長官は会見で同盟の強化を訴えた。", "mark-esper"),
        ("会談後、ミラー長官は記者団に語った。", "christopher-miller"),
        ("페인 장관은 회견에서 협력을 강조했다.", "marise-payne"),
    ],
)
def test_a_western_surname_alone_next_to_a_title_is_found(ref, text, slug):
    reference = with_native_names(ref, "Mark Esper", "Christopher Miller", "Marise Payne")
    mentions, _ = find_people(text, reference.index)
    assert {m.slug for m in mentions} == {slug}


# --- Places: the President's Florida club, and newspapers named after a city ---------------


@pytest.mark.parametrize(
    "text",
    [
        "安倍首相在海湖庄园与总统会谈。",
        "두 정상은 마라라고 리조트에서 만났다.",
        "talks at Mar-a-Lago",
    ],
)
def test_mar_a_lago_is_palm_beach(text):
    assert "Palm Beach" in mentioned_places(prefilter.fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "据华盛顿邮报报道,两国领导人将举行会谈。",
        "워싱턴포스트에 따르면 두 정상은 회담할 예정이다.",
        "ワシントン・ポストによると、両首脳は会談する。",
        "The Washington Post reported that the leaders would meet.",
    ],
)
def test_a_newspaper_named_after_a_city_names_no_place(text):
    assert "Washington" not in report_context(text).places


def test_the_city_itself_beside_its_newspaper_is_still_named():
    text = "据华盛顿邮报报道,两国领导人将在华盛顿举行会谈。"
    assert "Washington" in report_context(text).places


# --- Korean captions that only say who stands where ----------------------------------------

KO_POLITE = [
    "미국과 일본 정상이 전화 통화를 하고 북한 문제를 논의했습니다.",
    "백악관은 이날 보도자료에서 두 정상이 긴밀히 협력하기로 했다고 밝혔습니다.",
    "두 정상은 지난주에도 통화했습니다.",
]


def test_a_caption_placing_people_in_the_picture_under_a_korean_headline():
    caption = "미국 대통령(왼쪽)과 일본 총리."
    paragraphs = ["미일 정상 통화", caption, *KO_POLITE]
    assert plain_style_captions(paragraphs, {0: "title"}) == [1]


def test_a_polite_lead_that_places_people_stays():
    lead = "미국 대통령(왼쪽)과 일본 총리가 통화했습니다."
    paragraphs = ["미일 정상 통화", lead, *KO_POLITE]
    assert plain_style_captions(paragraphs, {0: "title"}) == []


# --- A video clip's title above its player, and leaders counted under a headline ---------


def test_a_clip_title_above_its_player_and_its_copy_below_are_captions():
    title = "VOA连线(记者):两国外长举行会谈"
    paragraphs = [
        "美日外长会谈",
        title,
        "请稍等",
        "没有媒体可用资源",
        "0:00 0:03:12 0:00",
        title,
        "美国国务卿星期二在东京与日本外相举行会谈。",
    ]
    reasons = {0: "title", 2: "player notice", 3: "player notice", 4: "player notice"}
    assert clip_titles(paragraphs, reasons) == [1, 5]


@pytest.mark.parametrize(
    "line",
    [
        "美国国务卿星期二在东京与日本外相举行会谈,双方同意加强合作。",  # a sentence
        "華盛頓 —",  # a dateline
        "美国国务卿星期二在东京与日本外相举行会谈 双方同意在印太地区加强安全合作 并讨论朝鲜核问题"
        " 以及经济安全和供应链问题 还谈到了台湾海峡的和平稳定"
        " 两国外长还宣布将在年内举行经济版二加二会议",  # too long for a title
    ],
)
def test_a_sentence_a_dateline_or_a_long_line_above_a_player_stays(line):
    paragraphs = ["标题", line, "请稍等", "正文第一段。"]
    assert clip_titles(paragraphs, {0: "title", 2: "player notice"}) == []


def test_leaders_counted_in_the_body_are_of_the_countries_the_headline_names(ref):
    title = "日美澳领导人将举行视频峰会"
    body = "三国领导人将在星期五举行线上会谈。这是三国首次举行此类会谈。"
    mentions, _ = find_people(body, ref.index)
    _, roles = find_quotes_and_roles(
        body, mentions, index=ref.index, on=date(2022, 5, 20), title=title
    )
    assert {m.slug for m in roles} == {"joe-biden", "fumio-kishida", "scott-morrison"}
    assert all(body[m.start : m.end] == m.form for m in roles)


def test_leaders_counted_under_a_headline_naming_no_countries_are_no_one(ref):
    body = "三国领导人将在星期五举行线上会谈。"
    mentions, _ = find_people(body, ref.index)
    _, roles = find_quotes_and_roles(
        body, mentions, index=ref.index, on=date(2022, 5, 20), title="领导人将举行视频峰会"
    )
    assert roles == []


@pytest.mark.parametrize("line", ["발표문", "보도자료", "성명서"])
def test_a_korean_release_type_alone_on_its_line_is_a_section_label(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "section label"


def test_a_sentence_naming_a_release_stays():
    line = "국무부는 발표문에서 두 장관이 회담했다고 밝혔다."
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


# --- A Chinese "he said:" with words between the pronoun and the verb ---------------------


def zh_quotes(body, reference):
    mentions, _ = find_people(body, reference.index)
    hits = find_quotes(body, mentions, index=reference.index, on=date(2022, 5, 20))
    return [(hit.speaker_slug, hit.text) for hit in hits]


def test_he_then_when_and_where_then_said_is_the_one_person_named_before(ref):
    body = (
        "拜登总统已经在星期一抵达东京。"
        "他星期二一早在社交媒体上说:“我期待与日本首相的会谈取得成果。”"
    )
    assert zh_quotes(body, ref) == [("joe-biden", "我期待与日本首相的会谈取得成果。")]


def test_he_said_after_a_sentence_naming_two_people_names_no_one(ref):
    body = (
        "拜登总统和岸田首相星期一在东京会面。他星期二一早在社交媒体上说:“我期待会谈取得更多成果。”"
    )
    assert [slug for slug, _ in zh_quotes(body, ref)] == [None]


def test_they_said_is_no_one_in_particular(ref):
    body = "拜登总统已经在星期一抵达东京。他们星期二在记者会上说:“我们期待会谈取得更多成果。”"
    assert [slug for slug, _ in zh_quotes(body, ref)] != ["joe-biden"]
