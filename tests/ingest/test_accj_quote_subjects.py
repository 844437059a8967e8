"""The speaker of a Chinese, Japanese or Korean quote is the subject of its sentence
(issue 11, review item 2; archive/ingest/cjk_subjects.py): the name phrase carrying the
topic particle at any distance, a country or ministry word between name and title; a
nearer name with a case particle (との, に対し, 에게, 과의, 与, 同) is a partner, not the
speaker. Invented texts, three or more of each family, differing in order, marks, digits,
script and wording."""

import pytest

from archive.ingest.cjk_subjects import name_role
from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

BLINKEN, HAYASHI = "antony-blinken", "yoshimasa-hayashi"


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=ref.index)]


# --- the topic far from the quote, a country or ministry word in the name phrase ----------


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        (
            "토니 블링컨 미국 국무장관은 7일 워싱턴에서 열린 공동 기자회견에서 "
            "“북한의 도발은 용납할 수 없다”라고 말했습니다.",
            BLINKEN,
            "북한의 도발은 용납할 수 없다",
        ),
        (
            "블링컨 미 국무부 장관은 이날 국무부 청사에서 하야시 요시마사 일본 외무상과 "
            '회담한 뒤 "한미일 협력이 그 어느 때보다 중요하다"고 강조했다.',
            BLINKEN,
            "한미일 협력이 그 어느 때보다 중요하다",
        ),
        (
            "하야시 요시마사 일본 외무상은 ７일 오후 도쿄 외무성에서 열린 회견에서 기자들의 "
            "질문에 “대만 해협의 평화와 안정이 중요하다”고 밝혔습니다.",
            HAYASHI,
            "대만 해협의 평화와 안정이 중요하다",
        ),
    ],
)
def test_a_far_topic_with_a_country_word_is_the_speaker(ref, body, speaker, text):
    assert quotes(body, ref) == [(speaker, text)]


# --- a nearer name with a case particle is a partner ---------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        (
            "林外務大臣は7日、ワシントンで行われたブリンケン国務長官との共同記者会見で、"
            "「日米同盟はかつてなく強固だ」と強調した。",
            HAYASHI,
            "日米同盟はかつてなく強固だ",
        ),
        (
            "ブリンケン米国務長官は８日、林芳正外相に対し、『北朝鮮の核開発は容認できない』"
            "と述べた。",
            BLINKEN,
            "北朝鮮の核開発は容認できない",
        ),
        (
            "하야시 요시마사 일본 외무상은 7일 블링컨 국무장관에게 “대만 해협의 평화가 "
            "중요하다”고 말했습니다.",
            HAYASHI,
            "대만 해협의 평화가 중요하다",
        ),
        (
            "하야시 외무상은 블링컨 장관과의 회담 후 기자들에게 “일미 동맹은 흔들림이 "
            "없다”고 밝혔다.",
            HAYASHI,
            "일미 동맹은 흔들림이 없다",
        ),
        (
            "美国国务卿布林肯7日在华盛顿与日本外相林芳正举行会谈后的联合记者会上表示，"
            "“美日同盟坚如磐石。”",
            BLINKEN,
            "美日同盟坚如磐石。",
        ),
        (
            "美國國務卿布林肯7日在華盛頓與日本外相林芳正舉行會談後表示：「美日同盟堅如磐石。」",
            BLINKEN,
            "美日同盟堅如磐石。",
        ),
        (
            "日本外相林芳正８日在东京同美国国务卿布林肯会谈后对记者说："
            '"日美同盟是地区和平的基石。"',
            HAYASHI,
            "日美同盟是地区和平的基石。",
        ),
    ],
)
def test_a_nearer_partner_is_not_the_speaker(ref, body, speaker, text):
    assert quotes(body, ref) == [(speaker, text)]


# --- the nearer name says the words: its own が, or the owner of the words ----------------


@pytest.mark.parametrize(
    "body",
    [
        "林外相は、ブリンケン長官が「日本は最も重要な同盟国だ」と述べたことを歓迎した。",
        "林外相は、ブリンケン長官の「日本は最も重要な同盟国だ」という発言を歓迎した。",
        "林外相は、ブリンケン長官の『日本は最も重要な同盟国だ』との発言を評価した。",
    ],
)
def test_a_nearer_clause_subject_or_owner_says_the_words(ref, body):
    assert [speaker for speaker, _ in quotes(body, ref)] == [BLINKEN]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("林外相は7日", "林外相", "topic"),
        ("블링컨 미국 국무장관은 7일", "블링컨", "topic"),
        ("오스틴 미 국방부 장관이 말했다", "오스틴", "subject"),
        ("블링컨 장관이었던", "블링컨", "plain"),  # 이 inside a longer word
        ("ブリンケン国務長官との会見", "ブリンケン", "other"),
        ("블링컨 장관과의 회담", "블링컨", "other"),
        ("与日本外相林芳正举行会谈", "林芳正", "other"),
        ("同美国国务卿布林肯会谈", "布林肯", "other"),
        ("布林肯的发言人表示", "布林肯", "other"),
        ("美国国务卿布林肯表示", "布林肯", "plain"),
    ],
)
def test_name_role(text, name, role):
    start = text.index(name)
    assert name_role(text, start, start + len(name))[0] == role


# --- the topic reports someone else's words ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "블링컨 장관은 국무부 대변인이 다음 달 예정된 일본 방문에서 "
        "“동맹 협력을 더욱 강화하고 싶다”고 밝혔다고 전했습니다.",
        "林外相は、国務省報道官が会見で「同盟協力をさらに強化したい」と述べたと明らかにした。",
        "ブリンケン長官は、同省の報道官が『日本との協力を深めたい』と語ったという。",
    ],
)
def test_the_topic_does_not_speak_the_words_it_reports(ref, body):
    assert [speaker for speaker, _ in quotes(body, ref)] in ([None], [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("매튜 밀러 국무부 대변인은 18일 보도자료에서", "매튜 밀러"),
        ("베단트 파텔 국무부 수석부대변인은 이날", "베단트 파텔"),
        ("プライス国務省報道官は記者会見で", "プライス"),
        ("王文斌发言人は", "王文斌"),
    ],
)
def test_a_spokespersons_title_before_the_topic_particle(text, name):
    start = text.index(name)
    assert name_role(text, start, start + len(name))[0] == "topic"
