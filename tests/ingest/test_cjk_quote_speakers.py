"""Chinese, Japanese and Korean quotes whose speaker is not the name right before them
(issue 11): a pronoun as the sentence's topic ("그는 회담 후 “…”고", "同氏は会談後、「…」"),
a pronoun after the quote ("“…”，他说"), a subjectless sentence with no one quoted before
("그러면서 “…”고 밝혔습니다"), the speaker in the next sentence ("「…」。岸田首相は…こう
語った"), Korean "“…”라며/면서", more speech verbs; Korean transcript labels printed in
words ("토니 블링컨 장관:") and an editor's cut ("(전략)"); a transcript speaker's list of
counterparts met. Invented texts, three or more of each family, differing in order,
marks and wording."""

import pytest

from archive.ingest.meeting_signs import _KIND_PATTERNS
from archive.ingest.passing import in_passing
from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

BLINKEN, HAYASHI = "antony-blinken", "yoshimasa-hayashi"
KISHIDA, AUSTIN, HAMADA = "fumio-kishida", "lloyd-austin", "yasukazu-hamada"


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=ref.index)]


# --- a pronoun as the sentence's topic, words between it and the quote ----------------------


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        (
            "하야시 요시마사 일본 외무상은 지난 29일 워싱턴에서 블링컨 국무장관과 만났습니다.\n\n"
            "그는 회담 후 “대만 해협의 평화와 안정이 중요하다”고 강조했습니다.",
            HAYASHI,
            "대만 해협의 평화와 안정이 중요하다",
        ),
        (
            "ブリンケン米国務長官は29日、ワシントンで林芳正外相と会談した。\n\n"
            "同氏は会談後、「北朝鮮の核開発は容認できない」と強調した。",
            BLINKEN,
            "北朝鮮の核開発は容認できない",
        ),
        (
            "美国国务卿布林肯在会谈后的记者会上谈到了台湾问题。\n\n"
            "他还表示，“我们的承诺坚定不移。”",
            BLINKEN,
            "我们的承诺坚定不移。",
        ),
        (
            "日本外相林芳正当地时间29日在华盛顿与美国国务卿布林肯举行会谈。\n\n"
            "他说:“朝鲜的导弹发射是严重威胁。”",
            HAYASHI,
            "朝鲜的导弹发射是严重威胁。",
        ),
    ],
)
def test_a_pronoun_is_the_subject_of_the_sentence_before(ref, body, speaker, text):
    assert quotes(body, ref) == [(speaker, text)]


@pytest.mark.parametrize(
    "body",
    [
        "블링컨 미 국무장관과 하야시 요시마사 일본 외무상이 29일 워싱턴에서 만났습니다.\n\n"
        "그는 회담 후 “대만 해협의 평화와 안정이 중요하다”고 강조했습니다.",
        "美国国务卿布林肯与日本外相林芳正29日在华盛顿举行会谈。\n\n"
        "他说:“朝鲜的导弹发射是严重威胁。”",
        "ブリンケン国務長官と林外相は29日、ワシントンで会談した。\n\n"
        "同氏は会談後、「北朝鮮の核開発は容認できない」と強調した。",
    ],
)
def test_a_pronoun_after_two_subjects_names_no_one(ref, body):
    assert [speaker for speaker, _ in quotes(body, ref)] == [None]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "美国国务卿布林肯29日在华盛顿与日本外相林芳正会谈。\n\n“美日同盟坚如磐石，”他说。",
            BLINKEN,
        ),
        (
            "ブリンケン米国務長官は29日、林芳正外相と会談した。\n\n「同盟は揺るがない」と同長官は述べた。",
            BLINKEN,
        ),
        (
            "하야시 요시마사 일본 외무상은 29일 블링컨 국무장관과 회담했습니다.\n\n"
            "“미국과 협력을 강화하겠다”고 그는 말했습니다.",
            HAYASHI,
        ),
    ],
)
def test_a_pronoun_after_the_quote(ref, body, speaker):
    assert [who for who, _ in quotes(body, ref)] == [speaker]


# --- a sentence with no subject, no one quoted before ---------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "하마다 야스카즈 일본 방위상은 9일 기자회견에서 로이드 오스틴 미 국방장관과 14일 회담할"
            " 예정이라고 말했습니다.\n\n그러면서 “미일 간 협력을 강화하고 싶다”고 밝혔습니다.",
            "미일 간 협력을 강화하고 싶다",
        ),
        (
            "浜田靖一防衛相は9日の記者会見で、オースティン米国防長官と14日に会談すると発表した。"
            "また、「同盟の抑止力を高めたい」と述べた。",
            "同盟の抑止力を高めたい",
        ),
        (
            "하마다 방위상은 9일 오스틴 장관과 회담할 예정이라고 밝혔습니다.\n\n"
            "“구체적인 방안을 논의하겠다”고 설명했습니다.",
            "구체적인 방안을 논의하겠다",
        ),
    ],
)
def test_a_subjectless_sentence_is_the_last_sentence_subjects(ref, body, text):
    assert quotes(body, ref) == [(HAMADA, text)]


# --- the speaker in the next sentence ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "岸田文雄首相は13日、ワシントンでバイデン大統領と会談した。\n\n"
        "「日米で緊密に連携していく」。岸田首相は会談後、記者団にこう語った。",
        "岸田首相は13日、バイデン大統領と会談した。\n\n"
        "「日米で緊密に連携していく」。岸田首相は記者団にこのように述べた。",
        "拜登总统13日在白宫会见日本首相岸田文雄。\n\n“日米将紧密合作。”岸田首相这样说。",
    ],
)
def test_a_quote_standing_alone_is_the_next_sentences_speakers(ref, body):
    assert [who for who, _ in quotes(body, ref)] == [KISHIDA]


def test_a_quote_standing_alone_before_a_sentence_that_does_not_say_so_has_no_speaker(ref):
    body = (
        "岸田首相は13日、バイデン大統領と会談した。\n\n"
        "「日米で緊密に連携していく」。岸田首相はその後、議会を訪れた。"
    )
    assert [who for who, _ in quotes(body, ref)] != [KISHIDA]


# --- Korean "saying", and more speech verbs ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        (
            "블링컨 장관은 “한반도 비핵화 목표에 변함이 없다”며 북한에 대화를 촉구했습니다.",
            BLINKEN,
            "한반도 비핵화 목표에 변함이 없다",
        ),
        (
            "기시다 후미오 일본 총리는 “방위력을 근본적으로 강화하겠다”면서 미국의 지지에 감사를"
            " 표했습니다.",
            KISHIDA,
            "방위력을 근본적으로 강화하겠다",
        ),
        (
            "오스틴 장관은 “동맹의 억지력은 굳건하다”라고 했습니다.",
            AUSTIN,
            "동맹의 억지력은 굳건하다",
        ),
        (
            "浜田氏は会談後、「日米の抑止力を一層強化する」とした。",
            HAMADA,
            "日米の抑止力を一層強化する",
        ),
        (
            "奥斯汀告诉记者:“我们反对任何改变台湾海峡现状的行为。”",
            AUSTIN,
            "我们反对任何改变台湾海峡现状的行为。",
        ),
        (
            "布林肯重申，“美国对日本的防卫承诺坚定不移。”",
            BLINKEN,
            "美国对日本的防卫承诺坚定不移。",
        ),
    ],
)
def test_more_ways_of_saying(ref, body, speaker, text):
    assert quotes(body, ref) == [(speaker, text)]


def test_a_name_in_marks_after_a_chain_of_saying_is_no_quote_of_the_speaker(ref):
    body = '케리 장관은 "양국 동맹은 어느 때보다 굳건하다"며 "새로운 협력의 시대"를 열었습니다.'
    assert ("john-f-kerry", "새로운 협력의 시대") not in quotes(body, ref)


# --- Korean transcripts -------------------------------------------------------------------------

TURNS = [
    "토니 블링컨 장관: (전략) 이번 금요일, 대통령은 캠프 데이비드에서 정상들을 맞이합니다."
    " 오늘 오전 회담했습니다.\n\n기자: 질문이 있습니다. 북한 문제는요?\n\n"
    "블링컨 장관: 좋은 질문입니다. 우리는 긴밀히 협력하고 있습니다.",
    "로이드 오스틴 국방장관: 감사합니다. 오늘 회담은 매우 생산적이었습니다.\n\n"
    "기자: 중국에 대해서는요?\n\n오스틴 장관: 우리는 현상 변경에 반대합니다.",
    "하야시 요시마사 외무상: (중략) 일본은 미국과 협력하겠습니다.\n\n"
    "사회자: 다음 질문 받겠습니다.\n\n하야시 외무상: 네, 그렇습니다.",
]


@pytest.mark.parametrize(
    ("body", "speaker", "first"),
    [
        (TURNS[0], BLINKEN, "이번 금요일, 대통령은 캠프 데이비드에서 정상들을 맞이합니다."),
        (TURNS[1], AUSTIN, "감사합니다."),
        (TURNS[2], HAYASHI, "일본은 미국과 협력하겠습니다."),
    ],
)
def test_a_korean_label_with_a_full_name_opens_a_turn_and_an_editors_cut_is_dropped(
    ref, body, speaker, first
):
    assert quotes(body, ref)[0] == (speaker, first)


# --- a transcript speaker's counterparts, listed --------------------------------------------


@pytest.mark.parametrize(
    ("body", "met"),
    [
        (
            "블링컨 장관: 감사합니다. 오늘 오전 제 카운터파트 하야시 외무상, 박진 외교장관과"
            " 회담했습니다.\n\n기자: 질문 있습니다.\n\n블링컨 장관: 네.",
            HAYASHI,
        ),
        (
            "ブリンケン国務長官:本日、林外務大臣、朴振外交部長官と会談しました。\n\n"
            "記者:質問です。\n\nブリンケン国務長官:はい。",
            HAYASHI,
        ),
        (
            "블링컨 장관: 감사합니다. 이번 주 대통령은 기시다 일본 총리를 맞이합니다.\n\n"
            "기자: 질문 있습니다.\n\n블링컨 장관: 네.",
            KISHIDA,
        ),
    ],
)
def test_people_a_speaker_met_in_a_list_or_hosts_are_not_in_passing(ref, body, met):
    mentions, _ = find_people(body, ref.index)
    said = find_quotes(body, mentions, index=ref.index)
    assert met in {m.slug for m in mentions}
    assert met not in in_passing(body, mentions, said, ref.index)


# --- "外长防长“2+2”": the 2+2, not the foreign ministers' meeting ------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("美日双方当地时间11日在华盛顿举行外长防长“2+2”会谈。", set()),
        ("美日兩國11日在華盛頓舉行外長防長「2+2」會談。", set()),
        ("美日外长和防长举行“2+2”会谈。", set()),
        (
            "美国国务卿布林肯、国防部长奥斯汀与日本外相林芳正、防卫大臣滨田靖一举行外长防长“2+2”会谈。",
            set(),
        ),
        ("美國國務卿布林肯與日本外相林芳正等舉行外長防長「2+2」會談。", set()),
        ("美国国务卿布林肯与日本外相林芳正举行会谈。", {"foreign"}),
        ("美国国防部长奥斯汀与日本防卫大臣滨田靖一在五角大楼举行会谈。", {"defense"}),
        ("美日外长11日在华盛顿举行会谈。", {"foreign"}),
        ("美日防长11日在五角大楼举行会谈。", {"defense"}),
    ],
)
def test_foreign_and_defense_ministers_together_are_no_ministers_meeting(text, kinds):
    found = {kind for kind in ("foreign", "defense") if _KIND_PATTERNS[kind].search(text)}
    assert found == kinds
