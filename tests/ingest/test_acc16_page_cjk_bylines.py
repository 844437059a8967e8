"""A reporter's credit line in Chinese or Korean (issue 11, sixteenth session): "記者
林大明 報導" between the headline and the date, "홍길동 기자 hong@example.com" under the
last paragraph, are the byline, never the title nor a line of the body; the headline
above a head's credit stays the title. Lines that only hold the words "記者" or "기자"
(a press room, a press conference, a transcript's label) are no credit. Every text here
is made up."""

from __future__ import annotations

import pytest

from archive.ingest.cjk_bylines import find_cjk_byline, reporter_name
from archive.ingest.pipeline import parse_report

ZH_HEADLINE = "美日外長通話 確認同盟合作"
ZH_TEXT = (
    "美國國務卿米勒周一與日本外務大臣佐藤太郎舉行電話會談,雙方確認將繼續加強同盟合作,"
    "並就地區局勢交換意見。"
)
KO_HEADLINE = "한미 외교장관 통화…동맹 강화 논의"
KO_TEXT = (
    "홍길동 외교부 장관은 10일 존 밀러 미국 국무장관과 전화 통화를 하고 한미 동맹 강화 방안을 "
    "논의했다고 외교부가 밝혔다."
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("記者 林大明 報導", "林大明"),
        ("編輯 王小明 綜合報導", "王小明"),
        ("记者王小明/北京报道", "王小明"),
        ("(记者 王小明)", "王小明"),
        ("文/記者 林大明", "林大明"),
        ("홍길동 기자 hong@example.com", "홍길동"),
        ("/홍길동 기자 hong@example.com", "홍길동"),
        ("홍길동 가나일보 기자 hong@example.com", "홍길동"),
        ("워싱턴=홍길동 특파원", "홍길동"),
        ("홍길동 기자(", "홍길동"),
        ("【ABC 林大明報導】", "林大明"),
        ("【ABC新聞 記者 林大明 綜合報導】", "林大明"),
    ],
)
def test_a_reporters_credit_line_gives_the_name(line, name):
    assert reporter_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "기자실",
        "기자 회견",
        "KBS 기자:",
        "记者会见",
        "记者问",
        "王小明报道",
        "【東京北京時間2024年04月11日訊】",
        "【林大明・特約記者】",
        "美國國務卿和日本外務大臣舉行會談。",
        KO_HEADLINE,
        "홍길동 기자는 이날 회담 결과를 자세히 전하며 양국 장관이 동맹 강화에 합의했다고 설명했다.",
    ],
)
def test_lines_that_only_hold_the_word_are_no_credit(line):
    assert reporter_name(line) is None


def test_a_chinese_credit_under_the_headline_is_the_byline_not_the_title(ref):
    text = "\n".join([ZH_HEADLINE, "", "記者 林大明 報導", "", "2022/05/24 16:07", ZH_TEXT])
    report = _parse(ref, text)
    assert report.title == ZH_HEADLINE
    assert report.byline == "林大明"
    assert "記者 林大明 報導" not in report.body


def test_a_korean_credit_under_the_text_is_the_byline(ref):
    text = "\n".join([KO_HEADLINE, KO_TEXT, "홍길동 기자 hong@example.com", "#한미 #외교장관"])
    report = _parse(ref, text)
    assert report.byline == "홍길동"
    assert report.body == KO_TEXT


def test_a_credit_in_the_middle_of_a_long_text_is_not_looked_for():
    lines = [KO_HEADLINE, *[KO_TEXT] * 5, "홍길동 기자", *[KO_TEXT] * 8]
    assert find_cjk_byline(lines, header_end=1) is None


def test_a_credit_under_a_prompt_in_the_head_is_the_byline(ref):
    prompt = "ABC想聽聽您的意見,看完這篇報導後,請填寫本頁最下面的問卷。"
    text = "\n".join([ZH_HEADLINE, prompt, "【ABC 林大明報導】", ZH_TEXT, ZH_TEXT])
    report = _parse(ref, text)
    assert report.byline == "林大明"
    assert "【ABC 林大明報導】" not in report.body


def test_an_english_byline_is_still_read_first(ref):
    text = "\n".join(["Ministers Meet in Tokyo", "By Jane Doe", "", KO_TEXT, "홍길동 기자"])
    assert _parse(ref, text).byline == "Jane Doe"
