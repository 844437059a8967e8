"""Head and title rules on ordinary text a reviewer showed them breaking (issue 11): body
lines under the date read as captions, title-case headlines read as a speaker's line,
headlines read as menus, a news paragraph or a caption read as a bracketed heading, a
wire's credit with its date read as a dated headline, a document's kind under a banner
read as the headline, a short headline read as a banner, a transcript's presenter line
read as its title. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.head_lines import is_person_line, is_speaker_line
from archive.ingest.header import extract_title
from archive.ingest.headline_choice import is_menu_line, title_bar_headline
from archive.ingest.headline_shapes import names_event_or_document, titled_date_line
from archive.ingest.layout import is_caption_shaped, layout_around_date
from archive.ingest.pipeline import parse_report

EN_BODY = (
    "Prime Minister Shinzo Abe met President George W. Bush at the White House on Friday. "
    "The two leaders agreed to strengthen the alliance."
)
JA_BODY = (
    "岸田文雄首相は13日、ワシントンでバイデン大統領と会談した。両首脳は日米同盟の強化で一致した。"
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def _dropped(report) -> dict[str, str]:
    return {d.line: d.reason for d in report.dropped}


# 1. The body may start past the fifth line under the date only after a run of captions.


def test_a_readouts_outline_under_the_date_is_no_caption(ref):
    text = "\n\n".join(
        [
            "日米外相会談",
            "2023年1月13日",
            "1 日時・場所",
            "1月13日 ワシントン",
            "2 出席者",
            "林外務大臣",
            "ブリンケン国務長官",
            "3 概要",
            "(1) 冒頭",
            "林大臣から、会談の実現を歓迎する旨述べたのに対し、ブリンケン長官から、日米同盟の重要性を強調しました。",
        ]
    )
    dropped = _dropped(_parse(ref, text))
    for line in ("1月13日 ワシントン", "林外務大臣", "ブリンケン国務長官"):
        assert line not in dropped


def test_a_releases_bullet_lines_under_the_date_are_no_captions():
    bullets = [
        "The leaders affirmed",
        "Deepening defense cooperation with Prime Minister Fumio Kishida",
        "Space cooperation under the Artemis program",
        "Economic security and supply chains",
        "Climate and clean energy",
    ]
    head = ["Joint Statement of the United States and Japan", "January 13, 2023"]
    assert layout_around_date([*head, *bullets, EN_BODY], 1).captions == ()


def test_a_slideshows_run_of_captions_under_the_date_is_read():
    run = [f"Photo {n} of 8: the leaders at the White House" for n in range(1, 9)]
    head = ["Japan-U.S. Summit Meeting", "January 13, 2023"]
    assert layout_around_date([*head, *run, EN_BODY], 1).captions == tuple(range(2, 10))


@pytest.mark.parametrize(
    "line, shaped",
    [
        ("President Bush greets Prime Minister Abe. White House photo by Eric Draper", True),
        ("会談に臨む両首脳（13日、ワシントン）", True),
        ("3 of 10", True),
        ("(AP Photo/Evan Vucci)", True),
        ("林外務大臣", False),
        ("Economic security and supply chains", False),
    ],
)
def test_what_marks_a_caption(line, shaped):
    assert is_caption_shaped(line) is shaped


# 2. A post and two capitalised words, the last a verb, is a headline unless in a speaker's
# block.


@pytest.mark.parametrize(
    "headline",
    [
        "President Bush Discusses Iraq",
        "Prime Minister Abe Addresses Congress",
        "Prime Minister Abe Resigns",
        "Ambassador Schieffer Presents Credentials",
    ],
)
def test_a_title_case_headline_opening_with_a_post_is_the_title(ref, headline):
    report = _parse(ref, f"{headline}\n\nJanuary 13, 2007\n\n{EN_BODY}\n")
    assert report.title == headline


def test_a_speakers_line_over_the_venue_stays_a_speakers_line():
    block = ["Remarks With the Foreign Minister", "Deputy Secretary William Burns", "Treaty Room"]
    assert is_speaker_line(block, 1)
    assert is_speaker_line(["Headline Of The Page", "Secretary Condoleezza Rice"], 1)
    assert not is_speaker_line(["Prime Minister Abe Resigns", "January 13, 2007"], 0)
    assert is_person_line("Prime Minister Abe Resigns")  # alone, the line cannot tell


# 3. Menus hold no particle and no person's title; a bar line ending with a news site's
# name is the page's title bar.


@pytest.mark.parametrize(
    "line",
    [
        "日米首脳会談 岸田首相 バイデン大統領 同盟強化を確認",
        "岸田首相 訪米 バイデン氏と 初会談へ",
        "Biden Meets Kishida | World | Kyodo News",
        "日米首脳会談 | 政治 | NHKニュース",
    ],
)
def test_a_headline_is_no_menu(line):
    assert not is_menu_line(line)


def test_a_menu_is_still_a_menu():
    assert is_menu_line("外務省案内 渡航関連情報 各国・地域情勢 外交政策 ODA")
    assert is_menu_line("アジア | 北米 | 中南米 | 欧州 | 大洋州")
    assert is_menu_line("Home | News | Photos")


def test_the_first_part_of_a_news_sites_title_bar_is_its_headline():
    assert title_bar_headline("Biden Meets Kishida | World | Kyodo News") == "Biden Meets Kishida"
    assert title_bar_headline("日米首脳会談 | 政治 | NHKニュース") == "日米首脳会談"
    assert title_bar_headline("Home | News | Photos") is None


# 4. A credit or a day and a place in the closing bracket: a paragraph of news or a caption.


@pytest.mark.parametrize(
    "line",
    [
        "岸田首相は13日、バイデン大統領と会談し、同盟強化で一致した（共同）",
        "会談に臨む岸田首相（左）とバイデン大統領（13日、ワシントン）",
    ],
)
def test_a_bracketed_credit_or_day_makes_no_headline(ref, line):
    report = _parse(ref, f"2023年1月13日\n\n{line}\n\n両首脳は北朝鮮問題でも連携を確認した。\n")
    assert report.title != line


def test_a_headline_with_its_documents_tag_is_still_read(ref):
    line = "日米首脳会談について（概要）"
    assert _parse(ref, f"{line}\n\n2023年1月13日\n\n{JA_BODY}\n").title == line


# 5. A dated line is a headline only when it names an event or a document.


@pytest.mark.parametrize(
    "line",
    ["Kyodo News, January 13, 2023", "Reuters Staff, January 13, 2023", "2023年1月13日 外務省発表"],
)
def test_a_credit_with_its_date_is_no_dated_headline(line):
    assert not titled_date_line(line)


def test_a_dated_event_is_still_a_dated_headline():
    assert titled_date_line("Press Conference, 28 May 2009")
    assert titled_date_line("日米共同発表（2023年1月13日）")


@pytest.mark.parametrize("line", ["Press Statement", "Media Note", "Readout", "Statement"])
def test_a_documents_kind_alone_names_no_document(line):
    assert not names_event_or_document(line)


def test_a_named_document_still_names_one():
    assert names_event_or_document("United States-Japan Joint Statement")
    assert names_event_or_document("日米首脳会談について")


def test_a_short_headline_naming_a_person_is_no_banner(ref):
    text = f"岸田首相訪米\n\n2023年1月13日\n\n日米首脳会談について\n\n{JA_BODY}\n"
    assert _parse(ref, text).title == "岸田首相訪米"


def test_a_press_statement_under_the_date_is_not_the_title(ref):
    text = (
        "Japan-U.S. Relations\n\nJanuary 13, 2023\n\nPress Statement\n\n"
        f"Kishida, Biden Agree to Deepen Alliance\n\n{EN_BODY}\n"
    )
    assert _parse(ref, text).title != "Press Statement"


# 6. A transcript's presenter line is a field of its record, never its title.


def test_a_presenter_line_is_never_the_title(ref):
    text = (
        "DoD News Briefing\n\nPresenter: Secretary of Defense John H. Sample\n"
        "January 15, 2003\n\nSec. Sample: Good afternoon. It is a pleasure to welcome the "
        "Director General to the Pentagon.\n"
    )
    assert not _parse(ref, text).title.startswith("Presenter:")


def test_a_news_sites_title_bar_gives_its_first_part_when_no_other_line_is_a_headline():
    body = EN_BODY
    assert extract_title(["Biden Meets Kishida | World | Kyodo News", body]).value == (
        "Biden Meets Kishida"
    )
    headline = "Biden, Kishida Agree to Deepen Alliance"
    found = extract_title(["Biden Meets Kishida | World | Kyodo News", headline, body])
    assert found.value == headline
