"""Review of 2684f15 (chrome_patterns_notices: a ban on reprinting, a call for tips): the
new "copyright notice" patterns take any line up to about 250 characters that holds the
words "unauthorised" + "reproduction / distribution / use" ("무단 배포", "無断使用",
"未经授权", "未经许可", "版权所有") or ends in "all rights reserved", so a report's own
sentence about leaks, trespass, piracy or an unauthorised survey is dropped as chrome. A
notice is a short closing line that forbids something ("무단전재 및 재배포 금지",
"無断転載を禁じます", "未經授權 請勿轉載"); a sentence that reports an act is not. The
texts are made up."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report

SENTENCES = [
    # Korean: a leak and piracy as the ministers' subject.
    "양국 장관은 군사 기밀의 무단 유출과 무단 배포를 막기 위한 협정의 이행 상황을 점검했다.",
    "두 장관은 지식재산권 침해와 무단 복제 문제에 공동 대응하기로 했다.",
    # Japanese: unauthorised use of photos, diversion of aircraft.
    "防衛相は、自衛隊の写真の無断使用について記者団の質問に答えた。",
    "林外相は、米軍機の無断転用があったとの報道を否定した。",
    # Chinese: a ministry's complaint about acts done without permission.
    "中方强调，日方未经授权在钓鱼岛附近海域开展调查，违反国际法。",
    "美方未经许可向台湾出售武器，严重违反一个中国原则。",
    "外交部发言人说，日方未經同意擅自公布会谈内容。",
    "该国版权所有者联盟呼吁两国加强知识产权保护。",
    # English: the phrase inside a sentence.
    "Both ministers said Tokyo retains all rights reserved.",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_about_unauthorised_acts_is_no_copyright_notice(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_a_headline_about_a_phone_call_is_no_tip_line():
    assert boilerplate_reason("[전화] 미일 외교장관, 30분간 통화", DEFAULT_PATTERNS) is None


def test_a_chinese_complaint_stays_in_the_body(ref):
    text = (
        "中方回应日美防长会谈\n\n2022-01-07\n\n"
        "外交部发言人7日在例行记者会上回应日美防长会谈时表示，中方对此严重关切。\n"
        "发言人指出，日方未经授权在钓鱼岛附近海域开展所谓调查，严重违反国际法。\n"
        "中方敦促美日停止干涉中国内政。\n"
    )
    report = parse_report(text.encode(), reference=ref, hints={"url": "https://example.com/a"})
    assert "日方未经授权在钓鱼岛附近海域开展所谓调查" in report.body


@pytest.mark.parametrize(
    "notice",
    [
        "ⓒ 가나다뉴스 무단전재 및 재배포 금지",
        "記事の無断転載を禁じます",
        "未經授權 請勿轉載",
        "Copyright 2022 Example News. All rights reserved.",
    ],
)
def test_the_notices_themselves_are_still_chrome(notice):
    """Guard: the family the commit reads (made-up outlet names)."""
    assert boilerplate_reason(notice, DEFAULT_PATTERNS) == "copyright notice"
