"""The headline among a record's head lines (issue #11): what stands between a headline
and its date line says who spoke and where (an anonymous briefer, a journey, a leader's
name and post), never the headline; the event's own name printed over the page's generic
heading is the headline; a headline closing with a tag in brackets ("(Overview)") is no
sentence, so it does not end the head."""

from __future__ import annotations

import pytest

from archive.ingest.head_lines import is_person_line, is_place_or_time
from archive.ingest.header import extract_title, is_body_paragraph
from archive.ingest.layout import layout_around_date

_BODY = (
    "MODERATOR: Thank you all for joining this call on the Secretary's travel to Asia, "
    "which begins on Monday with meetings in Manila."
)


def test_a_briefers_line_and_a_journey_are_not_the_headline():
    paragraphs = [
        "Background Briefing on the Secretary's Travel to Asia",
        "Special Briefing",
        "Senior Administration Official",
        "En Route to Manila, Philippines",
        "March 3, 2024",
        _BODY,
    ]
    layout = layout_around_date(paragraphs, 4)
    assert layout.title == 0
    assert layout.labels == (1,)  # the kind of briefing, a short label
    assert is_person_line("Senior State Department Officials")
    assert is_place_or_time("Aboard Air Force One")
    assert not is_person_line("Senior officials met in Tokyo")


def test_the_events_own_name_over_a_generic_heading_is_the_headline():
    paragraphs = [
        "Press Conference",
        "Extra Press Conference by the Foreign Minister Sato (10:05-10:20 A.M. May 2, 2023)",
        "Press Conference by the Foreign Minister",
        "Time & Date: 10:05-10:20 A.M. May 2, 2023",
        "Place: Press Conference Room, Ministry of Foreign Affairs",
        "Q: I would like to ask about the meeting with the Secretary of State yesterday.",
    ]
    assert layout_around_date(paragraphs, 3, taken={0}).title == 1


def test_the_headline_with_the_sites_name_above_it_is_not_the_headline():
    paragraphs = [
        "Joint Statement on the Alliance | The White House",
        "Joint Statement on the Alliance",
        "March 3, 2024",
        _BODY,
    ]
    assert layout_around_date(paragraphs, 2).title == 1


def test_a_headline_closing_with_a_tag_does_not_end_the_head():
    headline = (
        "Meeting between Mr. Taro Sato, Minister for Foreign Affairs, and Ms. Jane Roe, "
        "U.S. Secretary of Defense (Overview)"
    )
    assert not is_body_paragraph(headline)
    paragraphs = [headline, "On Monday, May 2, Mr. Taro Sato held a meeting with Ms. Roe. " * 2]
    assert extract_title(paragraphs).value == headline
    # A sentence's stop before or inside the brackets: still a sentence.
    assert is_body_paragraph(
        "The two ministers agreed to meet again before the end of the year in Tokyo. (Applause)"
    )
    assert is_body_paragraph(
        "The two ministers agreed to meet again before the end of the year in Tokyo (Applause.)"
    )


def test_a_leaders_name_and_post_over_the_headline_is_not_the_headline():
    paragraphs = [
        "林外務大臣",
        "日米外相電話会談(概要)",
        "5月2日午前9時から約30分間,林外務大臣はブリンケン国務長官と電話会談を行ったところ,概要以下のとおり。",
    ]
    assert extract_title(paragraphs).value == "日米外相電話会談(概要)"
    assert is_person_line("ブリンケン国務長官") and is_person_line("블링컨 국무장관")
    assert not is_person_line("日米外相会談") and not is_person_line("日米首脳会談について")


def test_the_fuller_line_must_stand_right_above_and_be_a_headline():
    generic = "Press Conference by the Foreign Minister"
    fuller = "Extra Press Conference by the Foreign Minister Sato (10:05-10:20 A.M. May 2, 2023)"
    date = "Time & Date: 10:05-10:20 A.M. May 2, 2023"
    question = "Q: I would like to ask about the meeting with the Secretary of State yesterday."
    # A taken line between them: the two are not one heading over the other.
    paragraphs = [fuller, "Ministry of Foreign Affairs", generic, date, question]
    assert layout_around_date(paragraphs, 3, taken={1}).title == 2
    # A line holding the headline in a paragraph of more than forty words is no headline.
    long_line = f"{generic} " + "and more words about the day " * 7
    assert layout_around_date([long_line, generic, date, question], 2).title == 1
    # The same line again, or a shorter one, is not fuller.
    assert layout_around_date([generic, generic, date, question], 2).title == 1


def test_a_tag_is_read_in_the_lines_last_characters_only():
    headline = "Meeting between the Foreign Ministers of Japan and the United States of America"
    tag = "(Summary of the Talks)"  # twenty characters between the brackets: the most read
    assert not is_body_paragraph(f"{headline} {tag}")
    assert not is_body_paragraph(f"{headline}{tag}")
    assert is_body_paragraph(f"{headline} (Summaries of the Talk)")  # twenty-one: a sentence's


@pytest.mark.parametrize(
    "headline",
    ["拜登会见日本首相", "习近平会见美国国务卿", "日本新首相", "韓国の新大統領", "美日外长"],
)
def test_a_cjk_headline_ending_in_a_post_is_still_the_headline(headline):
    """A line is a person's only when a name stands before the post; a headline puts a
    meeting, a country or a pair of them there."""
    paragraphs = [
        headline,
        "2024年4月10日",
        "美国总统拜登10日在白宫会见了日本首相岸田文雄，双方讨论了同盟关系。",
    ]
    assert not is_person_line(headline)
    assert extract_title(paragraphs).value == headline


@pytest.mark.parametrize("line", ["中谷防衛大臣", "稲田朋美防衛大臣", "王毅外长", "岸田文雄首相"])
def test_names_with_common_characters_still_make_a_person_line(line):
    assert is_person_line(line)
