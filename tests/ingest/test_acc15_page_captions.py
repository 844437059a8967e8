"""A slideshow's photo titles under the date, a photo's credit with the word alone and a
column's name in capitals over the headline (issue 11, fifteenth session). Every text here
is made up."""

from __future__ import annotations

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.headline_choice import choose_headline
from archive.ingest.pipeline import parse_report

EN_TEXT = (
    "On May 3, Minister Sato made the first stop of his Asia trip in Tokyo, where he held "
    "talks with Secretary Miller on the alliance and on regional security."
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def _dropped(report) -> dict[str, str]:
    return {d.line: d.reason for d in report.dropped}


PHOTO_TITLES = [
    "Secretary Miller Arrives at Haneda Airport",
    "Secretary Miller Greets the Embassy Staff in Tokyo",
    "Secretary Miller Meets Foreign Minister Sato",
    "Secretary Miller and Minister Sato Shake Hands Before Talks",
    "Secretary Miller Meets the Prime Minister",
    "Secretary Miller Visits a School in Yokohama",
    "Secretary Miller Departs Tokyo",
]


def test_a_slideshows_run_of_photo_titles_under_the_date_is_dropped(ref):
    text = "\n".join(
        ["Travel Diary: Secretary Miller in Tokyo", "May 3, 2011", *PHOTO_TITLES, EN_TEXT]
    )
    report = _parse(ref, text)
    dropped = _dropped(report)
    for title in PHOTO_TITLES:
        assert dropped[title] == "caption under the date line"
    assert EN_TEXT in report.body


def test_an_outline_in_sentence_case_past_the_fifth_line_stays_the_text(ref):
    outline = [
        "Regional affairs and the alliance",
        "Cooperation on maritime security",
        "Trade and investment between the two",
        "Exchanges among young people",
        "Climate change and energy policy",
        "Cooperation in space and cyberspace",
        "Next steps",
    ]
    text = "\n".join(["Japan-U.S. Foreign Ministers' Meeting", "May 3, 2011", *outline, EN_TEXT])
    report = _parse(ref, text)
    for line in outline[4:]:
        assert line in report.body


def test_a_credit_line_alone_is_a_photo_credit():
    line = "Credit: COURTESY OF THE CABINET PUBLIC RELATIONS OFFICE"
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "photo credit"
    assert boilerplate_reason("Credits: Jane Doe/Agency", DEFAULT_PATTERNS) == "photo credit"


def test_a_sentence_about_credit_is_kept():
    line = "Credit markets in Tokyo were calm as the two ministers met on Monday."
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None


def _choose(paragraphs):
    candidates = list(range(len(paragraphs) - 1))
    return choose_headline(
        paragraphs,
        candidates,
        is_byline=lambda line: False,
        is_presenter=lambda line: False,
        end=len(paragraphs),
    )


def test_a_columns_name_in_capitals_over_the_headline_is_the_kicker():
    paragraphs = ["THE MINISTER'S NOTEBOOK", "The Minister's Visit to the United States", EN_TEXT]
    assert _choose(paragraphs) == 1


def test_a_headline_in_capitals_over_its_deck_stays_the_headline():
    paragraphs = [
        "ALLIES AGREE TO DEEPEN MARITIME TIES",
        "The two ministers met in Tokyo on Monday for their first talks.",
        EN_TEXT,
    ]
    assert _choose(paragraphs) == 0
