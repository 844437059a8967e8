"""Review of the page-head commits b7c5cfa and f53a6f4.

- "image alt text" (chrome_patterns_photos): "Pictures/Photos of <Name> …" is chrome
  unless the line holds one of eight auxiliaries (said, was, is, …). A body sentence
  about pictures with any other verb ("… filled the front pages", "… drew criticism") is
  dropped from the text.
- _wrapped_inside_name (dated_heads): a headline ending "<post> <surname>" over an office
  line of the same block ("Department of Defense Public Affairs") is joined into one
  title: any capitalised word and "of" opening the next line passes for a surname.
- is_credit_field (headline_exclusions): a gallery's or a document's headline, "PHOTOS:
  …", "FOTO: …", "Text: U.S.-Japan Joint Statement" (the Washington File's form), reads as
  a credit: title-case words after the colon pass for a name.
People and texts are made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.dated_heads import unfold_dated_head
from archive.ingest.headline_exclusions import is_credit_field
from archive.ingest.pipeline import parse_report

BODY = (
    "Secretary of Defense Walter Dunmore met Defense Minister Taro Yamada in Tokyo on "
    "Monday. The two ministers agreed to deepen the alliance."
)


@pytest.mark.parametrize(
    "line",
    [
        "Pictures of President Dunmore and Prime Minister Yamada laughing together filled "
        "the front pages of Japanese newspapers on Saturday.",
        "Photos of Yamada bowing to the President drew criticism from opposition lawmakers.",
        "Images of Yamada at the memorial appeared on every evening newscast.",
    ],
)
def test_a_sentence_about_pictures_is_not_alt_text(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


@pytest.mark.parametrize(
    "office",
    ["Department of Defense Public Affairs", "Embassy of the United States Tokyo"],
)
def test_a_headline_ending_with_a_surname_over_an_office_line_is_not_joined(office):
    head = ["Secretary Dunmore Meets Japanese Defense Minister Yamada", office, "May 23, 2019"]
    lines, _ = unfold_dated_head([*head, BODY], [0, 0, 1, 2])
    assert lines[:2] == head[:2]


def test_the_title_keeps_out_the_office_line(ref):
    text = (
        "Secretary Dunmore Meets Japanese Defense Minister Yamada\n"
        "Department of Defense Public Affairs\n\nMay 23, 2019\n\n" + BODY
    )
    parsed = parse_report(text.encode(), reference=ref, filename="page.txt")
    assert parsed.title == "Secretary Dunmore Meets Japanese Defense Minister Yamada"


@pytest.mark.parametrize(
    "line",
    [
        "PHOTOS: Yamada Visits White House",
        "Photo: Yamada Arrives In Washington",
        "FOTO: Presiden Sambut Yamada",
        "Text: U.S.-Japan Joint Statement",
        "Text: Dunmore, Yamada Joint Statement",
    ],
)
def test_a_headline_opening_with_photos_or_text_is_no_credit(line):
    assert not is_credit_field(line)


def test_control_credits_are_still_read():
    assert is_credit_field("Editor: Ani Lestari")
    assert boilerplate_reason("Photo of Walter Dunmore", DEFAULT_PATTERNS) == "image alt text"
