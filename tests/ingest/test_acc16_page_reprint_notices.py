"""A news site's ban on reprinting and a broadcaster's call for tips (issue 11, sixteenth
session): the closing lines of Korean, Japanese and Chinese news pages ("무단전재 및 재배포
금지", "無断転載を禁じます", "未經授權 請勿轉載", "… All rights reserved."), a news agency's
terms ("This material may not be published, broadcast, rewritten, or redistributed"), a
broadcaster's tip prompt and its bracketed contact lines, an e-mail address the host hid
from the copy, and a photo's credit with "courtesy" alone ("Courtesy of Foreign
Ministry") are page chrome; sentences that talk of copying, tips or rights stay. Every
text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report

KO_TEXT = (
    "홍길동 외교부 장관은 10일 존 밀러 미국 국무장관과 전화 통화를 하고 한미 동맹 강화 방안을 "
    "논의했다고 외교부가 밝혔다."
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[저작권자(c) 가나방송 무단전재, 재배포 및 AI 데이터 활용 금지]", "copyright notice"),
        ("< 저작권자 ⓒ 다라일보, 무단 전재 및 재배포 금지 >", "copyright notice"),
        ("ⓒ 마바경제, 무단복제 및 재배포 금지", "copyright notice"),
        ("記事・写真の無断転載を禁じます。", "copyright notice"),
        ("本記事の無断複製・転載を禁止します", "copyright notice"),
        ("未經授權 請勿轉載", "copyright notice"),
        ("未经许可不得转载", "copyright notice"),
        ("版權所有 翻印必究", "copyright notice"),
        ("The Example Herald 2022. All rights reserved.", "copyright notice"),
        (
            "(Copyright 2021 ABC. All Rights Reserved. This material may not be published, "
            "broadcast, rewritten, or redistributed. The Wire contributed to this report.)",
            "copyright notice",
        ),
        ("Courtesy of Foreign Ministry", "photo credit"),
        ("Courtesy: Cabinet Public Relations Office", "photo credit"),
        ("※ '여러분의 제보를 기다립니다'", "tip line"),
        ("가나TV 기사문의 및 제보 : 카톡/라인 tips00", "tip line"),
        ("[전화] 02-000-0000", "tip line"),
        ("[메일] desk@example.com", "tip line"),
        ("[카카오톡] 가나뉴스 검색해 채널 추가", "tip line"),
        ("[email protected])", "hidden e-mail address"),
    ],
)
def test_reprint_bans_and_tip_lines_are_chrome(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line",
    [
        "정부는 방송사의 무단 전재 관행에 대한 조사 결과를 다음 달 발표하고 관련 업계와 협의할 "
        "방침이라고 밝혔으며, 외교부는 미국 측에도 이 사실을 설명하고 협조를 요청했다고 전했다. "
        "이는 그동안 여러 차례 지적돼 온 문제로, 관련 부처는 제도 개선안을 마련해 국회에 보고할 "
        "예정이며 업계의 의견도 충분히 수렴하겠다는 입장을 거듭 밝혔다고 관계자가 말했다.",
        "경찰은 시민 제보를 받아 사건을 조사하고 있다고 밝혔다.",
        "両外相は、著作権の保護について意見交換を行った。",
        "Both leaders said the treaty reserves all rights of the parties to self-defense, and "
        "they agreed to meet again in the autumn to review the alliance's plans together.",
        "The minister's e-mail was protected by the ministry's new system, officials said.",
        "[전화 통화] 한미 외교장관, 북한 문제 논의",
        "Courtesy of the host, the two ministers toured the base before the talks.",
        "The statement may not be published before the talks end, officials said.",
    ],
)
def test_sentences_about_copying_tips_and_rights_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def test_a_korean_broadcasts_closing_lines_leave_the_body(ref):
    text = "\n".join(
        [
            "한미 외교장관 통화…동맹 강화 논의",
            KO_TEXT,
            "※ '여러분의 제보를 기다립니다'",
            "[전화] 02-000-0000",
            "[저작권자(c) 가나방송 무단전재, 재배포 금지]",
        ]
    )
    report = parse_report(text.encode(), reference=ref, filename="page.txt")
    assert report.body == KO_TEXT
