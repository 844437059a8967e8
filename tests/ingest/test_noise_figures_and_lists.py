"""More page furniture (issue #11): a release's number, a list's label alone, a figure's
caption without its figure, a player's note on its video, a Korean photo caption with
its credit; under a transcript's date, the speaker's name and post, the venue and the
place are the report's own, and so is a line opening with the release's own date."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.captions import position_captions
from archive.ingest.layout import layout_around_date


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("PRN: 2024/0312", "release number"),
        ("Release No: NR-045-24", "release number"),
        ("Press Release No. 45", "release number"),
        ("Filed Under", "section label"),
        ("Categories:", "section label"),
        ("Advanced Search of the Archives", "menu button"),
        ("Figure 3: Defense spending by year", "figure caption"),
        ("Table 1. Meetings of the ministers", "figure caption"),
        ("図表II-1-2 日米首脳会談の実績", "figure caption"),
        ("图3 美日外长会谈", "figure caption"),
        ("The video above has closed captions in English.", "player notice"),
        ("This video below is available with captions.", "player notice"),
        (
            "한미 외교장관이 3일 서울에서 회담했다. "
            "블링컨 국무장관(왼쪽)과 박진 장관. 사진 = 외교부 제공.",
            "photo caption",
        ),
        (
            "외교부 제공 사진. (왼쪽부터) 블링컨 국무장관, 박진 장관이 악수하고 있다.",
            "photo caption",
        ),
    ],
)
def test_furniture_lines_are_chrome(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Table 2 shows that spending rose in every year.",
        "Figure skating was on the agenda too.",
        "表明した内容は次のとおり。",
        "Category 5 storms hit the coast on Monday.",
        "The video showed the two leaders shaking hands.",
        "The release of the statement was delayed by a day.",
        "블링컨 장관은 사진 촬영 뒤 회담을 시작했다.",
        # Sentences about a figure or a video, their full stop lost in the page's markup.
        "Table 2 shows the increase in defense spending agreed by both sides",
        "Figure 3 illustrates the new command structure in Japan",
        "The video above shows the two ministers shaking hands before their talks",
    ],
)
def test_sentences_with_the_same_words_stay(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


_BODY = (
    "SECRETARY BLINKEN: Well, good afternoon, everyone. It is wonderful to be with you "
    "again in this format, and to welcome both of you here today."
)


def test_the_speaker_venue_and_place_under_the_date_are_no_captions():
    paragraphs = [
        "Secretary Blinken and Foreign Minister Sato Before Their Meeting",
        "March 3, 2024",
        "Antony J. Blinken, Secretary of State",
        "Grand Hotel",
        "Geneva, Switzerland",
        _BODY,
    ]
    assert layout_around_date(paragraphs, 1).captions == ()


def test_a_line_opening_with_the_releases_date_is_no_caption():
    paragraphs = [
        "美日外长会谈",
        "十二月 21, 2020",
        "2020年12月18日 美国东部标准时间下午12:27",
        "握手的两位外长",
        "美国国务卿和日本外务大臣今天在华盛顿举行了会谈，双方讨论了同盟关系和地区局势。",
    ]
    assert layout_around_date(paragraphs, 1).captions == (3,)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("President Biden and Prime Minister Fumio Kishida of Japan", True),
        ("Secretary Blinken, Foreign Minister Hayashi and Foreign Minister Park", True),
        ("Antony J. Blinken, Secretary of State", False),  # a speaker's name and post
        ("Japan and the United States", False),  # no post: no one pictured
        ("President Biden and Prime Minister Kishida met on Friday.", False),
    ],
)
def test_a_line_only_naming_who_is_pictured_under_the_headline_is_a_caption(line, caption):
    paragraphs = ["Leaders Meet at the White House", line, _BODY]
    assert position_captions(paragraphs, {0: "title"}) == ([1] if caption else [])


def test_a_speaker_is_read_only_from_a_short_name_and_post_line():
    long_line = "Antony J. Blinken, Secretary of State " + "and Member of the Board " * 3
    paragraphs = [
        "Secretary Blinken and Foreign Minister Sato Before Their Meeting",
        "March 3, 2024",
        "Antony J. Blinken, Secretary of State",
        "Grand Hotel",
        _BODY,
    ]
    assert layout_around_date(paragraphs, 1).captions == ()
    paragraphs[2] = long_line.strip()
    assert layout_around_date(paragraphs, 1).captions == (2, 3)
