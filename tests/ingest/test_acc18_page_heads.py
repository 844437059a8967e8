"""The page's head on older government layouts (issue 11, eighteenth session): a line
wholly in brackets under the headline ("(Press Occasion after the Summit)", "(概要)") is a
qualifier, never the headline; a headline the page wraps between a person's given name and
surname ("… With Prime Minister Taro" / "Yamada of Japan in …") is read whole. A headline
that ends with a whole name over a second line, and a headline between two bracketed tags,
are left alone. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.dated_heads import unfold_dated_head
from archive.ingest.head_lines import is_bracketed_note
from archive.ingest.pipeline import parse_report

EN_BODY = (
    "Secretary of State Walter Dunmore met Foreign Minister Taro Yamada in Washington on "
    "Monday. The two ministers agreed to deepen the alliance before the summer summit."
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


@pytest.mark.parametrize(
    "line",
    ["(Summary)", "(Press Occasion after the Japan-US Summit in Osaka)", "(概要)", "（暫定訳）"],
)
def test_a_line_wholly_in_round_brackets_is_a_note(line):
    assert is_bracketed_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "(Update) Allies agree on new bases (Video)",
        "(Summary) of the talks",
        "Talks in Tokyo (Summary)",
        "(Update (2) Allies agree",
    ],
)
def test_a_headline_with_a_bracketed_part_is_no_note(line):
    assert not is_bracketed_note(line)


def test_a_qualifier_under_the_headline_is_not_the_title(ref):
    text = (
        "Opening Remarks by Prime Minister Taro Yamada\n\n"
        "(Press Occasion after the Japan-US Summit in Osaka)\n\n"
        "May 23, 2019\n\n" + EN_BODY
    )
    assert _parse(ref, text).title == "Opening Remarks by Prime Minister Taro Yamada"


def test_a_headline_with_a_bracketed_tag_is_still_the_title(ref):
    text = "(Update) Allies agree to deepen ties before the summit\n\nMay 23, 2019\n\n" + EN_BODY
    assert _parse(ref, text).title == "(Update) Allies agree to deepen ties before the summit"


WRAPPED = [
    "[Public Papers of the Presidents: an invented volume]",
    "",
    "The President's News Conference With Prime Minister Taro ",
    "Yamada of Japan in Osaka",
    "May 23, 2019",
    "",
    EN_BODY,
]


def test_a_headline_wrapped_inside_a_name_is_read_whole(ref):
    parsed = _parse(ref, "\n".join(WRAPPED))
    assert parsed.title == (
        "The President's News Conference With Prime Minister Taro Yamada of Japan in Osaka"
    )


def test_a_headline_wrapped_under_a_release_head_is_read_whole(ref):
    text = "\n".join(
        [
            "The White House",
            "",
            "Office of the Press Secretary",
            "",
            "For Immediate Release",
            "May 23, 2019",
            "",
            "Remarks by President Walter Dunmore and Prime Minister Taro",
            "Yamada of Japan in Joint Press Conference",
            "",
            EN_BODY,
        ]
    )
    assert _parse(ref, text).title == (
        "Remarks by President Walter Dunmore and Prime Minister Taro Yamada of Japan in "
        "Joint Press Conference"
    )


@pytest.mark.parametrize(
    "second",
    [
        "Secretary of State Dunmore Visits Tokyo",  # a second headline: no surname before "of"
        "Joint Press Conference in Osaka",  # a subtitle: no "of" after its first word
    ],
)
def test_a_headline_ending_with_a_whole_name_is_not_joined(second):
    head = ["Meeting With Prime Minister Taro Yamada", second, "May 23, 2019", EN_BODY]
    lines, _ = unfold_dated_head(head, [0, 0, 0, 1])
    assert lines[:2] == head[:2]


def test_a_line_ending_with_a_post_and_a_name_then_a_sentence_is_not_joined():
    head = ["Talks With Prime Minister Taro", "Yamada of Japan said the allies agreed.", EN_BODY]
    lines, _ = unfold_dated_head(head, [0, 0, 1])
    assert lines[:2] == head[:2]


DOD_HEAD = [
    "Invented Library of Defense Documents",
    "",
    "Image of Pentagon oval   Invented Department of Defense.",
    "News Transcript",
    "",
    "Presenter: Secretary of Defense Walter H. Dunmore",
    "Friday, May 7, 2004",
    "",
    "Secretary Dunmore Stakeout after Congressional Hearing",
    "",
    "Q: Will they report to you?",
    "",
    "DUNMORE: They will report to anyone who wants to know what they have to say.",
]


def test_an_old_dod_transcript_takes_its_headline_under_the_date(ref):
    parsed = _parse(ref, "\n".join(DOD_HEAD))
    assert parsed.title == "Secretary Dunmore Stakeout after Congressional Hearing"
    # The presenter is the record's own line: it stays in the text.
    assert "Presenter: Secretary of Defense Walter H. Dunmore" in parsed.body


def test_a_news_transcript_label_without_its_layout_changes_nothing(ref):
    text = "\n".join(
        [
            "Allies Agree to Deepen Ties Before the Summit",
            "News Transcript",
            "May 7, 2004",
            "",
            EN_BODY,
        ]
    )
    assert _parse(ref, text).title == "Allies Agree to Deepen Ties Before the Summit"
