"""Pages of the 2000s (chrome_patterns_menus.py): a site's menu printed as one line, with
bars or, on a Japanese or Chinese page, with spaces; a breadcrumb spelled out with spaces
or under "You are in:"; a press office's contact block; the page tools of the time; a
photo's "click to enlarge" note and a caption closed by its credit; an archived site's
notice; a news service's page-type labels. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report
from archive.ingest.reference import Reference


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


@pytest.mark.parametrize(
    "line",
    [
        "Photo Gallery|Trip Map|Press Kit",
        "Interactive Map | Speeches | Trip Page | Video",
        "中東 | 欧州 | アジア | 北米",
        "省の紹介 旅行と安全 国・地域 政策 ODA",
        "政府 English リンク集 よくある質問 検索 サイトマップ",
        "アジア 北米 中南米 欧州(NIS諸国を含む) 大洋州",
    ],
)
def test_a_menu_printed_as_one_line(line):
    assert _reason(line) == "site menu"


@pytest.mark.parametrize(
    "line",
    [
        # A table row's two cells, a sentence with a bar, a Korean headline (Korean is
        # written with spaces), a Japanese sentence, a heading of two words and a date.
        "(2) | 議題",
        "The vote was 52 | 48, the clerk said.",
        "한미 외교장관 회담 서울서 열려",
        "両大臣は、日米同盟の強化で一致した。",
        "日米首脳会談 (概要)",
        "平成17年 11月 16日 外務省 発表",
        "Japan US Alliance Talks Continue",
    ],
)
def test_no_menu(line):
    assert _reason(line) != "site menu"


@pytest.mark.parametrize(
    "line",
    [
        "トップページ 外交政策 日米関係",
        "首页 新闻 要闻",
        "You are in: Office of the Secretary > Remarks > 2006 Remarks > May 2006",
        "You are here: Home > Newsroom > Readouts",
    ],
)
def test_a_breadcrumb_spelled_out(line):
    assert _reason(line) == "breadcrumb"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Media contact: +1 (202) 555-0142/555-0143", "contact line"),
        ("Public contact:", "contact line"),
        ("Press inquiries: +1 (202) 555-0199", "contact line"),
        ("or +1 (202) 555-0100 +1", "contact line"),
        ("On the Web:", "link label"),
        ("The minister will call +1 (202) 555-0100 tomorrow.", None),
        ("Growth was +2 percent on the year, the ministry said.", None),
        ("Media contacts in Tokyo said the talks went well.", None),
    ],
)
def test_a_press_offices_contact_block(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Bookmark and Share", "page tools"),
        ("Newsroom Operations Bookmark and Share", "page tools"),
        ("[ Print Friendly Version ]", "page tools"),
        ("Email a Copy", "page tools"),
        ("Print This Page | E-mail This Page", "page tools"),
        ("Send to a Friend", "page tools"),
        ("The ministers agreed to share a friendly bookmark of the treaty.", None),
        ("Both sides will print the statement and email it to embassies.", None),
    ],
)
def test_the_page_tools_of_older_sites(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Click photo for a larger image", "photo tools"),
        (
            "(Click photo for screen-resolution image); a print-quality copy is available.",
            "photo tools",
        ),
        ("Click photographs to enlarge", "photo tools"),
        ("写真をクリックすると大きな写真が表示されます。", "photo tools"),
        (
            "The secretary greets the minister at the ministry, Jan. 9, 2006. Photo by Sam A. Roe",
            "photo caption",
        ),
        (
            "The two ministers shake hands in Tokyo, May 2, 2004. AP/Wide World Photo.",
            "photo caption",
        ),
        ("The ministers at the Pentagon, Oct. 2, 2005. Defense Dept. photo.", "photo caption"),
        ("Reporters were invited to click through the new archive.", None),
        ("The leaders met in Tokyo. They then posed for a photo.", None),
        ("Afterwards the delegations stood together for a group photo.", None),
    ],
)
def test_a_photos_note_and_a_caption_closed_by_its_credit(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "You are viewing ARCHIVED CONTENT released online from May 1, 2001 to May 1, 2005.",
            "archive notice",
        ),
        ("For current information, go to", "archive notice"),
        ("For the latest information, please visit the new site", "archive notice"),
        ("For current information on the talks, officials said, reporters should wait.", None),
        ("DoD News", "section label"),
        ("News Article", "section label"),
        ("News Transcript", "section label"),
        ("Press Operations", "section label"),
        ("News of the talks spread quickly.", None),
    ],
)
def test_archive_notices_and_page_type_labels(line, reason):
    assert _reason(line) == reason


_OLD_TRANSCRIPT = """Skip navigation links
Office of Public Affairs
News Transcript
On the Web:
http://www.example.mil/transcripts/transcript.aspx?id=77
Media contact: +1 (202) 555-0142
Public contact:
http://www.example.mil/faq/comment.html
or +1 (202) 555-0143

Joint Press Availability with the Secretary and the Minister in Tokyo

SECRETARY ROE: Good afternoon. The minister and I had a very good discussion on the alliance today.

MINISTER DOE: Thank you. We agreed to deepen our cooperation on missile defense.
"""


def test_an_older_transcripts_contact_block_leaves_the_body():
    report = parse_report(_OLD_TRANSCRIPT.encode(), reference=Reference())
    for chrome in ("On the Web:", "Media contact:", "Public contact:", "+1 (202) 555-0143"):
        assert chrome not in report.body
    assert "We agreed to deepen our cooperation on missile defense." in report.body


_OLD_MINISTRY_PAGE = """省の紹介 旅行と安全 国・地域 政策 ODA
トップページ 会談・訪問 外務大臣
外務大臣

日米外相会談の概要

平成18年4月3日

 3日、外務大臣は来日中の国務長官と会談を行ったところ、概要以下のとおり。
 両大臣は、日米同盟の強化で一致した。
このページのトップへ戻る
"""


def test_an_older_ministry_pages_menu_and_breadcrumb_leave_the_body():
    report = parse_report(_OLD_MINISTRY_PAGE.encode(), reference=Reference())
    assert "省の紹介" not in report.body
    assert "トップページ" not in report.body
    assert "両大臣は、日米同盟の強化で一致した。" in report.body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("(3) |", "table leftover"),
        ("(ハ) |", "table leftover"),
        ("(2) | |", "table leftover"),
        ("(58KB)", "file size"),
        ("（1.2MB）", "file size"),
        ("*****", "separator"),
        ("* * *", "separator"),
        ("[text; audio]", "link list"),
        ("Seal of the Department of the Navy U.S. Department of the Navy", "image alt text"),
        ("Related Sites", "related links"),
        ("Related Resources", "related links"),
        ("(2)日米共同声明和文(PDF)別ウィンドウで開く英文(PDF)別ウィンドウで開く", "document link"),
        ("Joint Statement (opens in new window)", "document link"),
        # The report's own lines: a table row with its cell, a year, a sentence.
        ("(1) | 日米関係", None),
        ("2024", None),
        ("Seal of approval was given by the U.S. Senate.", None),
        ("Related talks will be held in Tokyo next month.", None),
        ("The ministers opened the new window for trade talks.", None),
    ],
)
def test_a_flattened_tables_leftovers_and_document_links(line, reason):
    assert _reason(line) == reason


_OLD_RECORD_WITH_A_TABLE = """日米防衛相会談の概要

平成19年5月2日

(1) |
 両大臣は、同盟の強化について意見交換を行った。
(2) |
 両大臣は、地域情勢について意見交換を行った。
(80KB)
"""


def test_a_flattened_tables_markers_leave_the_body():
    report = parse_report(_OLD_RECORD_WITH_A_TABLE.encode(), reference=Reference())
    assert "|" not in report.body
    assert "(80KB)" not in report.body
    assert "両大臣は、地域情勢について意見交換を行った。" in report.body
