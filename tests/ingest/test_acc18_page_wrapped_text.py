"""Old pages printed as hard-wrapped text (issue 11, eighteenth session): an HTML comment
the extraction left as a line ("<!-- IMAGE -->") is markup; a line of running text wrapped
at the page's width, stopping on a small word or opening in lower case, is never the title;
a wire photo's caption marks where people stand ("(L, front)", "(2nd R)"); the venue under
a transcript's speaker line ("Secretary Jane Roe" / "Iikura House" / "Tokyo, Japan") is the
report's own, not a label to drop. Headlines, and report sentences that look alike, are
left alone. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.headline_exclusions import is_wrapped_text
from archive.ingest.pipeline import parse_report


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


WRAPPED = "\n".join(
    [
        "<!-- IMAGE -->",
        "U.S.",
        "Secretary of State Walter Dunmore recently visited Japan on the first stop of",
        "his Asia trip. Both Secretary Dunmore and Japan's Foreign Minister Taro",
        "Yamada stressed the importance of",
        "maintaining the strength of the alliance between the two countries.",
    ]
)


def test_a_hard_wrapped_page_has_no_title(ref):
    parsed = _parse(ref, WRAPPED)
    assert parsed.title == ""
    assert "<!-- IMAGE -->" not in parsed.body


@pytest.mark.parametrize(
    "line",
    [
        "Secretary of State Walter Dunmore recently visited Japan on the first stop of",
        "maintaining the strength of the alliance between the two countries.",
        "la alianza entre los dos países y",
    ],
)
def test_wrapped_running_text_is_no_headline(line):
    assert is_wrapped_text(line)


@pytest.mark.parametrize(
    "line",
    [
        "Dunmore and Yamada Agree to Deepen the Alliance",
        "Ministers agree on new bases in the south",
        "U.S., Japan to hold talks on the alliance",
    ],
)
def test_headlines_are_not_wrapped_text(line):
    assert not is_wrapped_text(line)


@pytest.mark.parametrize("line", ["<!-- IMAGE -->", "<!-- end of story -->"])
def test_an_html_comment_is_markup(line):
    assert _reason(line) == "markup"


def test_a_sentence_naming_markup_stays():
    assert _reason("The page printed <!-- IMAGE --> where the photo should be.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Visiting Secretary of State Walter Dunmore (L, front) shakes hands with Foreign "
        "Minister Taro Yamada (R, front) after signing a pact in Tokyo, Feb. 17, 2009.",
        "Foreign Minister Taro Yamada (2nd R) speaks at the ceremony in Tokyo.",
    ],
)
def test_a_wire_photos_caption_with_positions_is_chrome(line):
    assert _reason(line) == "photo caption"


@pytest.mark.parametrize(
    "line",
    [
        "The ministers (and their deputies) met in Tokyo on Monday.",
        "Yamada said the Group of Seven (G7) would meet again in May.",
    ],
)
def test_report_sentences_with_brackets_stay(line):
    assert _reason(line) is None


def test_the_venue_under_the_speaker_line_stays(ref):
    text = "\n".join(
        [
            "Remarks With Japanese Foreign Minister Taro Yamada at an Appreciation Event",
            "",
            "Secretary Walter Dunmore",
            "Iikura House",
            "Tokyo, Japan",
            "March 19, 2005",
            "",
            "FOREIGN MINISTER YAMADA: I'd like to thank so many of you for gathering on this "
            "day to honour those who served overseas.",
        ]
    )
    parsed = _parse(ref, text)
    assert parsed.title.startswith("Remarks With Japanese Foreign Minister Taro Yamada")
    assert "Iikura House" in parsed.body
