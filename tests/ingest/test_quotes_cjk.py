"""Quotes in Chinese, Japanese and Korean, and who said them (cjk_quotes.py)."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import FORMS, find_quotes, quote_spans


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [
        (hit.form, hit.speaker_slug, hit.speaker_name, hit.text)
        for hit in find_quotes(body, mentions, index=ref.index)
    ]


@pytest.mark.parametrize(
    ("paragraph", "spans"),
    [
        ("林外務大臣は「同盟は強固です」と述べた。", [(6, 15)]),
        ("「外は『強い』と言う」と述べた。", [(0, 11)]),  # 『』 inside 「」: one quote
        ("『報告書』を公表した。", [(0, 5)]),
        ("布林肯说：“同盟是基石。”", [(5, 13)]),
        ('블링컨 장관은 "협력은 중요하다"라고 말했다', [(8, 18)]),
        ('布林肯说:"同盟是基石。"', [(5, 13)]),  # straight marks after a colon
        ("「段落をまたぐ引用", [(0, 9)]),  # open at the start: runs over the paragraph
        ("途中で「閉じない", []),
    ],
)
def test_cjk_quote_spans(paragraph, spans):
    assert quote_spans(paragraph) == spans


CASES = [
    # Japanese: name, quote, verb.
    (
        "林外務大臣は「日米同盟はかつてなく強固です。」と述べました。",
        [("name-quote-verb", "yoshimasa-hayashi", "林外務大臣", "日米同盟はかつてなく強固です。")],
    ),
    (
        "岸田総理は「地域の平和を守る」と述べた。",
        [("name-quote-verb", "fumio-kishida", "岸田総理", "地域の平和を守る")],
    ),
    (
        "会談後、岩屋大臣は記者団に「有意義な会談だった」と語った。",
        [("name-quote-verb", "takeshi-iwaya", "岩屋大臣", "有意義な会談だった")],
    ),
    (
        "「同盟を一層強化する」と岸田総理は述べた。",
        [("quote-name-verb", "fumio-kishida", "岸田総理", "同盟を一層強化する")],
    ),
    (
        "岸田首相は「『新しい時代』を切り開く」と強調した。",
        [("name-quote-verb", "fumio-kishida", "岸田首相", "『新しい時代』を切り開く")],
    ),
    (
        "林外務大臣は「協力を続ける」と述べた。同大臣は「北朝鮮の問題も話した」と述べた。",
        [
            ("name-quote-verb", "yoshimasa-hayashi", "林外務大臣", "協力を続ける"),
            ("pronoun-verb-quote", "yoshimasa-hayashi", "林外務大臣", "北朝鮮の問題も話した"),
        ],
    ),
    # A name or slogan in brackets, with no speech verb, is no quote.
    ("岸田総理は「自由で開かれたインド太平洋」の実現に向けて協力を確認した。", []),
    # Korean: "…"라고 말했다, the speaker known or only printed.
    (
        '블링컨 국무장관은 "한미일 협력은 매우 중요하다"라고 말했다.',
        [("name-quote-verb", "antony-blinken", "블링컨 국무장관", "한미일 협력은 매우 중요하다")],
    ),
    (
        '박진 장관은 "북한의 도발을 규탄한다"라고 말했다.',
        [("name-quote-verb", None, "박진 장관", "북한의 도발을 규탄한다")],
    ),
    (
        '"동맹은 굳건하다"고 하야시 외무상은 밝혔다.',
        [("quote-name-verb", "yoshimasa-hayashi", "하야시 외무상", "동맹은 굳건하다")],
    ),
    # Chinese: the verb before the quote, a colon or a comma.
    (
        "布林肯说：“美日同盟是地区和平的基石。”",
        [("name-verb-colon-quote", "antony-blinken", "布林肯", "美日同盟是地区和平的基石。")],
    ),
    (
        "美国国务卿布林肯表示，“我们将与日本密切合作。”",
        [("name-verb-quote", "antony-blinken", "布林肯", "我们将与日本密切合作。")],
    ),
    (
        "“我们将加强合作，”奥斯汀说。",
        [("quote-name-verb", "lloyd-austin", "奥斯汀", "我们将加强合作")],
    ),
    (
        "林外相在记者会上说：“日美同盟坚如磐石。”他说：“我们会继续合作。”",
        [
            ("name-verb-colon-quote", "yoshimasa-hayashi", "林外相", "日美同盟坚如磐石。"),
            ("pronoun-verb-quote", "yoshimasa-hayashi", "林外相", "我们会继续合作。"),
        ],
    ),
    # A long quote with no speaker is kept unattributed; a paragraph that is one quote
    # after an attributed one continues it.
    (
        "「両国は地域の平和と安定のために引き続き緊密に協力していく決意を新たにした」",
        [
            (
                "unattributed",
                None,
                "",
                "両国は地域の平和と安定のために引き続き緊密に協力していく決意を新たにした",
            )
        ],
    ),
    (
        "岸田総理は「同盟を強化する」と述べた。\n\n「地域の平和も守る」",
        [
            ("name-quote-verb", "fumio-kishida", "岸田総理", "同盟を強化する"),
            ("continuation", "fumio-kishida", "岸田総理", "地域の平和も守る"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_cjk_quotes(ref, body, expected):
    assert quotes(body, ref) == expected


def test_every_cjk_form_is_a_known_form(ref):
    forms = {hit[0] for body, expected in CASES for hit in expected}
    assert forms <= set(FORMS)


def test_english_rules_are_unchanged_next_to_cjk(ref):
    body = "“We are launching a new agreement,” Antony Blinken said, after meeting 林芳正."
    assert quotes(body, ref) == [
        ("quote-name-verb", "antony-blinken", "Antony Blinken", "We are launching a new agreement")
    ]


# A paragraph that is one quote, under a paragraph announcing it "as follows".
INTRODUCED = [
    (
        "本日、岸田総理は晩餐会を開催しました。\n\n"
        "最後に、総理は挨拶で次のように述べました。\n\n"
        "「本日、皆様をお迎えでき、大変うれしく思います。日米の絆を深めたいと思います。",
        [
            (
                "introduced",
                "fumio-kishida",
                "岸田総理",
                "本日、皆様をお迎えでき、大変うれしく思います。日米の絆を深めたいと思います。",
            )
        ],
    ),
    (
        "林外務大臣は会見で以下のとおり述べました。\n\n「会談は有意義なものでした。」",
        [("introduced", "yoshimasa-hayashi", "林外務大臣", "会談は有意義なものでした。")],
    ),
    (
        "布林肯国务卿7日在东京举行的联合记者会上发表讲话如下：\n\n"
        "“我们的同盟从未如此强大，我们将继续合作。”",
        [
            (
                "introduced",
                "antony-blinken",
                "布林肯",
                "我们的同盟从未如此强大，我们将继续合作。",
            )
        ],
    ),
    (
        "블링컨 장관은 회견에서 다음과 같이 말했습니다.\n\n"
        '"우리 동맹은 그 어느 때보다 강력하며 앞으로도 협력을 계속할 것입니다."',
        [
            (
                "introduced",
                "antony-blinken",
                "블링컨 장관",
                "우리 동맹은 그 어느 때보다 강력하며 앞으로도 협력을 계속할 것입니다.",
            )
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), INTRODUCED)
def test_a_quote_announced_by_the_paragraph_above(ref, body, expected):
    assert quotes(body, ref) == expected


def test_an_announcement_without_a_known_subject_attributes_nothing(ref):
    body = (
        "会見で、報道官は次のように述べました。\n\n"
        "「本日、皆様をお迎えでき、大変うれしく思います。日米の絆を深めたいと思います。"
    )
    assert [(form, slug) for form, slug, _, _ in quotes(body, ref)] == [("unattributed", None)]


def test_a_paragraph_that_announces_nothing_introduces_no_quote(ref):
    body = (
        "林外務大臣は会談を行いました。\n\n"
        "「本日、皆様をお迎えでき、大変うれしく思います。日米の絆を深めたいと思います。"
    )
    assert [(form, slug) for form, slug, _, _ in quotes(body, ref)] == [("unattributed", None)]


@pytest.mark.parametrize(
    "body",
    [
        "我々は「ブルーパシフィック大陸のための2050年戦略」に整合的な形で協力を進める。",
        "両国は「自由で開かれたインド太平洋を実現するための新たな行動計画」を発表した。",
        "양국은 “인도태평양 지역의 평화와 번영을 위한 새로운 공동 행동 계획”을 발표했다.",
        "双方发表了“实现自由开放的印度太平洋地区的新的共同行动计划”的联合声明。",
    ],
)
def test_a_long_name_in_quote_marks_is_no_quote(ref, body):
    assert quotes(body, ref) == []


def test_long_quoted_words_with_their_own_punctuation_stay_a_quote(ref):
    body = (
        "会談では「地域の平和を守るため、日米はこれからも緊密に協力していく」との認識で一致した。"
    )
    assert [form for form, _, _, _ in quotes(body, ref)] == ["unattributed"]
