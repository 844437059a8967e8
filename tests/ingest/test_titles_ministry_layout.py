"""A ministry page printed as section banner, date line, headline, photo captions, text:
the headline below the date is told from the captions by its shape (it names the event
and nothing else), and what stood above the date is the site's section. Invented pages."""

from __future__ import annotations

import pytest

from archive.ingest import parse_report
from archive.ingest.headline_shapes import is_section_path, names_event
from archive.ingest.layout import layout_around_date

JA_BODY = (
    "5月6日午前10時から約50分間,訪問中の外務大臣は,国務長官との間で外相会談を行った"
    "ところ,概要以下のとおり。"
)
EN_BODY = (
    "On May 6, commencing at 4:00 p.m. for approximately one hour, the Minister for Foreign "
    "Affairs of Japan held a meeting with the Secretary of State of the United States."
)


@pytest.mark.parametrize(
    "line",
    [
        "日米外相会談",
        "日米首脳電話会談",
        "日米首脳会談等",
        "日米防衛相会談(概要)",
        "The Fourth Japan-Australia-India-U.S. (Quad) Foreign Ministers’ Meeting",
        "Japan-U.S. Summit Telephone Talk",
        "Japan-U.S. Foreign Ministers’ Working Lunch",
        "Japan-U.S. Informal Talks (Summary)",
    ],
)
def test_a_line_naming_the_event_and_nothing_else_is_a_headline(line):
    assert names_event(line)


@pytest.mark.parametrize(
    "line",
    [
        "日米外相会談 握手",  # the event's name, then what the photo shows
        "日米外相会談 会議",
        "握手をする外務大臣と国務長官",
        "日米外相会談が行われている様子",
        "Foreign Minister stating in the meeting",  # a caption's lower-case "meeting"
        "Photo session before the Japan-U.S. Foreign Ministers’ Meeting",
        "(Photo) Japan-U.S. Foreign Ministers’ Meeting",
        "• (Photo)Japan-U.S. Foreign Ministers’ Meeting",
        "Japan-U.S. Foreign Ministers’ Meeting1",  # a numbered photo
        "Meeting",
        "The two ministers agreed to hold a meeting.",
    ],
)
def test_a_caption_is_no_headline(line):
    assert not names_event(line)


def test_a_spaced_slash_joins_a_section_path_not_a_headline():
    assert is_section_path("Japan's Security / Peace & Stability of the International Community")
    assert not is_section_path("Japan-U.S. Foreign Ministers’ Meeting")
    assert not is_section_path("Japan / U.S. Foreign Ministers’ Meeting")  # it names the event
    assert not is_section_path("U.S./Japan ties deepen")


def test_banner_date_headline_caption_body():
    caption = "握手をする外務大臣と国務長官"
    lines = ["アメリカ合衆国", "令和6年5月6日", "日米外相会談", caption, JA_BODY]
    layout = layout_around_date(lines, 1)
    assert (layout.title, layout.banners, layout.captions) == (2, (0,), (3,))


def test_a_caption_naming_the_event_under_a_headline_above_the_date_stays_a_caption():
    lines = ["日米外相会談", "令和6年5月6日", "日米外相会談前のフォトセッション", JA_BODY]
    assert layout_around_date(lines, 1).title == 0
    lines = ["Japan-U.S. Foreign Ministers’ Meeting", "May 6, 2024", "Japan-U.S. Meeting", EN_BODY]
    layout = layout_around_date(lines, 1)
    assert (layout.title, layout.captions) == (0, (2,))


def test_banner_date_and_captions_only_leave_the_page_without_a_headline():
    lines = ["アメリカ合衆国", "令和6年5月6日", "日米外相会談 握手", "日米外相会談 会議", JA_BODY]
    layout = layout_around_date(lines, 1)
    assert (layout.title, layout.captions) == (None, (2, 3))


def test_no_banner_above_the_date_no_headline_taken_below_it():
    # A date alone at the top: the line under it may be a caption naming the event.
    lines = ["June 21, 2023", "Foreign Minister at the G7 Foreign Ministers' Meeting", EN_BODY]
    assert layout_around_date(lines, 0).title is None


def test_a_section_path_above_the_date_gives_way_to_the_headline_below(ref):
    text = "\n\n".join(
        [
            "Japan's Security / Peace & Stability of the International Community",
            "May 6, 2024",
            "Photo session of four foreign ministers",
            "The Fourth Japan-Australia-India-U.S. (Quad) Foreign Ministers’ Meeting",
            "Foreign Minister stating in the meeting",
            EN_BODY,
        ]
    )
    parsed = parse_report(text.encode(), reference=ref)
    assert parsed.title == "The Fourth Japan-Australia-India-U.S. (Quad) Foreign Ministers’ Meeting"
    assert parsed.body == EN_BODY  # the captions around the headline are dropped
    assert parsed.section == "Japan's Security / Peace & Stability of the International Community"


def test_a_japanese_ministry_page_reads_its_headline_below_the_date(ref):
    text = "\n\n".join(["アメリカ合衆国", "令和6年5月6日", "日米外相会談", JA_BODY])
    parsed = parse_report(text.encode(), reference=ref)
    assert parsed.title == "日米外相会談"
    assert "日米外相会談" not in [d.line for d in parsed.dropped if d.reason != "title"]
