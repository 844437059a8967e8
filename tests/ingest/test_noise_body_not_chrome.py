"""Body text that older layouts' chrome patterns (chrome_patterns_menus.py) must leave in
the report: a headline or a sentence that opens like an emblem's alt text, a paragraph
whose end carries a document link, a line of names spaced like a Japanese menu, a
paragraph whose last words mention a photo. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


@pytest.mark.parametrize(
    "line",
    [
        # A headline in title case, a caption's sentence in lower case.
        "Seal of Approval for Japan-US Chip Pact",
        "Logo of the new Japan-US trade council, shown by the two ministers on Monday",
        "logo of the new council was shown to reporters in Tokyo",
        # A paragraph whose last sentence is followed by its document's link.
        "両首脳は会談後、共同声明を発表した。共同声明（PDF）別ウィンドウで開く",
        "The ministers issued a joint statement. Joint Statement (opens in new window)",
        # Names and posts spaced as a menu is, a headline spaced the same way.
        "出席者 山田外務大臣 スミス国務長官 ジョーンズ駐日大使",
        "日米外相会談 山田外相 スミス長官 協力強化を確認",
        "日米首脳会談 山田首相 スミス大統領 同盟強化で一致",
        # A paragraph whose last words are about a photo, with sentences before them.
        "The minister met the secretary in Tokyo on Monday. The two later posed for the"
        " cameras. Official photo.",
        "The secretary arrived in Tokyo on May 2, 2004. He met the minister. Embassy photo.",
    ],
)
def test_body_text_is_no_chrome(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Seal of the Department of the Navy U.S. Department of the Navy", "image alt text"),
        ("Logo of the Embassy of the United States", "image alt text"),
        ("SEAL OF THE DEPARTMENT OF STATE", "image alt text"),
        ("(2)日米共同声明和文(PDF)別ウィンドウで開く英文(PDF)別ウィンドウで開く", "document link"),
        ("U.S.-Japan Joint Statement (opens in new window)", "document link"),
        ("省の紹介 旅行と安全 国・地域 政策 ODA", "site menu"),
        ("アジア 北米 中南米 欧州(NIS諸国を含む) 大洋州", "site menu"),
        ("トップページ 会談・訪問 外務大臣", "breadcrumb"),
        (
            "The secretary greets the minister at the ministry, Jan. 9, 2006. Photo by Sam A. Roe",
            "photo caption",
        ),
        (
            "The president and Mrs. Roe greet the prime minister Friday, June 3, 2005, as they"
            " arrive at the residence. Embassy photo by Pat Q. Lane",
            "photo caption",
        ),
        ("The ministers at the Pentagon, Oct. 2, 2005. Defense Dept. photo.", "photo caption"),
    ],
)
def test_the_chrome_these_patterns_are_for(line, reason):
    assert _reason(line) == reason
