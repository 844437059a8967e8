"""A page with no headline whose text opens with a long sentence wrapped at the page's
width: a line of more than thirty words, fewer than half of them capitalised, is the
text, never the title (issue 11, eighteenth session). A long title-case headline is still
the title. Every text here is made up."""

from __future__ import annotations

from archive.ingest.pipeline import parse_report

OPENING = (
    "After meeting with her Japanese counterpart Yamada, Dunmore said Tokyo and Washington "
    "were seeking to settle a dispute over the relocation of a key air base on the southern "
    "island of the chain by the end of the month"
)
REST = (
    "-- a deadline set by the prime minister that looks increasingly unlikely. Both sides "
    "said they would keep working on the plan."
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def test_a_long_sentence_opening_the_text_is_not_the_title(ref):
    parsed = _parse(ref, "|\n" + OPENING + "\n" + REST)
    assert parsed.title != OPENING
    assert OPENING in parsed.body


def test_a_long_title_case_headline_is_still_the_title(ref):
    head = (
        "Secretary of State Walter Dunmore, Secretary of Defense Ann Roe, Japanese Foreign "
        "Minister Taro Yamada and Japanese Defense Minister Jiro Sato at a Joint Press "
        "Availability After the Security Consultative Committee in Washington"
    )
    text = "\n".join([head, "May 23, 2019", "", OPENING + " " + REST])
    assert _parse(ref, text).title == head
