"""The edges of the headline's choice rules (headline_choice.py and the structure rules
of head_lines, headline_shapes, layout and header added with it): each limit is tried on
both sides with its number written out (TIME_REACH 3, VENUE_WORDS 3, _BANNER_CHARACTERS
12, JAPANESE_HEADING_CHARACTERS 120, PRESENTER_REACH 20, CJK_LABEL_CHARACTERS 6,
POST_WORDS 12), each rule with and without its condition, so that a changed constant or a
dropped condition shows."""

from __future__ import annotations

import pytest

from archive.ingest.header import extract_title, is_body_paragraph
from archive.ingest.headline_choice import choose_headline, is_book_division, is_menu_line
from archive.ingest.layout import layout_around_date


def _choose(paragraphs, candidates, *, end=None, byline=(), presenter=(), time=()):
    return choose_headline(
        paragraphs,
        candidates,
        is_byline=lambda line: line in byline,
        is_presenter=lambda line: line in presenter,
        is_time=lambda line: line in time,
        end=len(paragraphs) if end is None else end,
    )


def test_menu_items_by_bars_at_their_limits():
    four_words = "One Two Three Four"
    assert is_menu_line(f"{four_words} | News | Photos")
    assert not is_menu_line(f"{four_words} Five | News | Photos")
    assert is_menu_line(f"{'欧' * 14} | 北米 | 中東")
    assert not is_menu_line(f"{'欧' * 15} | 北米 | 中東")
    assert not is_menu_line("News | Photos | The minister spoke.")


def test_spaced_cjk_menu_items_at_their_limits():
    assert is_menu_line("外務省案内 渡航関連 地域情勢 外交政策")
    assert not is_menu_line("外務省案内 渡航関連 地域情勢")  # three items
    assert not is_menu_line("外務省案内 渡航関連情報一覧表 地域情勢 外交政策")  # nine characters
    assert not is_menu_line("外務省案内 渡航関連 地域情勢、 外交政策")  # a sentence's comma
    assert not is_menu_line("외교부 소개 지역 정세 외교 정책")  # Korean spaces its words
    assert not is_menu_line("Home Issues Press Travel Business")  # no CJK, no bars


@pytest.mark.parametrize(
    "line, menu",
    [
        ("ホーム > ニュース", True),
        ("ホーム ニュース", True),
        ("首页 > 新闻", True),
        ("Home > Releases", True),
        ("Home › Releases", True),
        ("Homeland Security Visits Japan", False),
        ("Home", False),
    ],
)
def test_breadcrumbs_from_the_home_page(line, menu):
    assert is_menu_line(line) is menu


@pytest.mark.parametrize(
    "line, division",
    [
        ("第III部 わが国の防衛", True),
        ("第 3 章 地域別に見た外交", True),
        ("第２編 資料", True),
        ("第1巻", True),
        ("第2節 北米", False),
        ("第3回日米外相会談", False),
        ("第III部わが国の防衛", False),  # no space: a run-on name, not a heading
    ],
)
def test_book_divisions(line, division):
    assert is_book_division(line) is division


def test_the_byline_anchor():
    paragraphs = ["Widget Line Here", "The Real Headline Here", "By Jane Sample", "Text."]
    assert _choose(paragraphs, [0, 1], byline={"By Jane Sample"}) == 1
    assert _choose(paragraphs, [0, 1]) == 0
    deck = ["The Real Headline Here", "A deck that ends like a sentence.", "By Jane Sample"]
    assert _choose(deck, [0, 1], byline={"By Jane Sample"}) == 0
    below = ["By Jane Sample", "The Real Headline Here", "Another Line Here"]
    assert _choose(below, [1, 2], byline={"By Jane Sample"}) == 1


def test_only_the_first_byline_counts():
    paragraphs = ["First Headline Here", "By Jane Sample", "Second Line Here", "By Jim Sample"]
    assert _choose(paragraphs, [0, 2], byline={"By Jane Sample", "By Jim Sample"}) == 0


def test_the_presenter_anchor():
    presenter = "Presenter: Secretary Sample"
    paragraphs = ["Line Above Here", presenter, "Line Below Here", "Text."]
    assert _choose(paragraphs, [0, 2], presenter={presenter}) == 2
    assert _choose(paragraphs, [0], presenter={presenter}) == 0
    assert _choose(["First Line Here", "Other Line Here", presenter], [0, 1], end=3,
                   presenter={presenter}) == 1  # fmt: skip
    above_only = ["First Line Here", "", "Line Above Here", presenter]
    assert _choose(above_only, [0, 2], presenter={presenter}) == 2
    # Only the first presenter line is read.
    second = "Presenter: Minister Example"
    two = [presenter, "", "First Line Here", second, "Line Under Here"]
    assert _choose(two, [2, 4], presenter={presenter, second}) == 2
    far = ["First Line Here", presenter, "", "Far Line Here"]
    assert _choose(far, [0, 3], presenter={presenter}) == 0
    # Past the head zone only the presenter's neighbour may be chosen.
    beyond = ["Menu Line Here", presenter, "Headline Past The Zone"]
    assert _choose(beyond, [0, 2], end=1, presenter={presenter}) == 2
    assert _choose(beyond, [0, 2], end=1) == 0
    assert _choose(beyond, [2], end=1) is None
    assert _choose(["Menu Line Here", "Line At The End"], [1], end=1) is None


def test_the_time_anchor_at_its_reach():
    def page(gap):
        return ["Page Label Here Now", "The Headline Of The Transcript", *[""] * gap, "11:09 A.M."]

    within = page(3)
    assert _choose(within, [0, 1], time={"11:09 A.M."}) == 1
    beyond = page(4)
    assert _choose(beyond, [0, 1], time={"11:09 A.M."}) == 0


def test_the_time_anchor_passes_over_a_venue():
    venue = " ".join(["Room"] * 3)
    longer = " ".join(["Room"] * 4)
    paragraphs = ["Page Label Here Now", "The Headline Of The Transcript", venue, "11:09 A.M."]
    assert _choose(paragraphs, [0, 1, 2], time={"11:09 A.M."}) == 1
    paragraphs[2] = longer
    assert _choose(paragraphs, [0, 1, 2], time={"11:09 A.M."}) == 2
    assert _choose(paragraphs, [0, 1, 2]) == 0


def test_a_banner_over_an_event_at_its_length():
    short = "ア" * 12
    assert _choose([short, "日米外相会談"], [0, 1]) == 1
    assert _choose([short + "ア", "日米外相会談"], [0, 1]) == 0
    assert _choose(["日米首脳会談", "日米外相会談"], [0, 1]) == 0  # the first names one
    assert _choose([short, "握手をする両外相"], [0, 1]) == 0  # the second names none
    assert _choose(["Banner", "日米外相会談"], [0, 1]) == 0  # no CJK banner
    assert _choose([short], [0]) == 0
    # The event's name further down is a subheading, not the headline under a banner.
    assert _choose([short, "握手をする両外相", "日米外相会談"], [0, 2]) == 0


def test_japanese_heading_length():
    tagged = "あ" * 116 + "(概要)"
    assert len(tagged) == 120
    assert not is_body_paragraph(tagged)
    assert is_body_paragraph("あ" + tagged)
    assert is_body_paragraph("日" * 30 + "(路透社)")  # no kana, no document's kind
    assert not is_body_paragraph("日" * 30 + "（仮訳）")


def test_the_presenter_is_read_down_to_its_reach():
    def page(lines_above):
        return [
            *[f"Contact line number {n} here" for n in range(lines_above)],
            "Presenter: Secretary of Defense John H. Sample",
            "Press Availability with the Secretary and the Minister",
            "SAMPLE: Well, the Minister and I had a very useful discussion about our two "
            "countries and the cooperation between them in the defense field.",
        ]

    within = page(18)
    assert extract_title(within).index == 19
    beyond = page(21)
    assert extract_title(beyond).index == 0


def test_a_short_cjk_label_over_the_date_at_its_length():
    def layout(label):
        paragraphs = [
            label,
            "平成18年6月29日",
            "日米首脳会談",
            "総理は大統領と首脳会談を行いました。" * 2,
        ]
        return layout_around_date(paragraphs, 1)

    assert layout("ア" * 6).title == 2
    assert layout("ア" * 7).title == 0


def test_a_speaker_post_at_its_length():
    def layout(post_words):
        post = "Assistant Secretary, " + " ".join(["Bureau"] * (post_words - 2))
        paragraphs = [
            "Remarks at the Ministry of Foreign Affairs",
            "Kurt M. Example",
            post,
            "November 5, 2009",
            "EXAMPLE: Good afternoon. I have just come from very good meetings at the ministry.",
        ]
        return layout_around_date(paragraphs, 3)

    assert layout(12).title == 0
    assert layout(13).title != 0
