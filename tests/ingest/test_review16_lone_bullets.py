"""Review of 9c5c1f0 (boilerplate.list_under_header: the line after a bullet printed alone
is a list item "however long"): under any list header, not only a closing list of popular
stories, the line after a lone "-" is dropped whatever it is. A page whose navigation ends
with a list header and a lone bullet right above the story ("Latest news", "-", then the
headline) loses its headline, and with it the date line under it (a short line, now the
list's next "link"): no title and no date, where the commit's parent read both. An item
after a lone bullet could be required to be followed by another bullet, or by the end of
the text, as the closing lists the commit reads are. The text is made up."""

import pytest

from archive.ingest.pipeline import parse_report

HEADLINE = (
    "Austin and Kishi agree to deepen alliance cooperation as US defense chief visits Tokyo"
    " for first time"
)
PAGE = (
    "Latest news\n-\n" + HEADLINE + "\nMarch 16, 2021\n"
    "TOKYO — Defense Secretary Lloyd Austin met Defense Minister Nobuo Kishi in Tokyo on"
    " Tuesday.\n"
    "The two ministers agreed to strengthen the alliance.\n"
)


@pytest.fixture(scope="module")
def report(ref):
    return parse_report(PAGE.encode(), reference=ref, hints={"url": "https://example.com/a"})


def test_the_headline_after_a_navigation_lists_lone_bullet_is_the_title(report):
    assert report.title == HEADLINE


def test_the_date_under_that_headline_is_still_read(report):
    assert str(report.published) == "2021-03-16"


def test_a_closing_list_of_titles_after_lone_bullets_is_still_dropped(ref):
    """Guard: the family the commit reads (made-up titles)."""
    text = PAGE + (
        "More stories\n-\nA very long story title about something else entirely that runs"
        " on past the usual length of a link (...)\n-\nAnother story title cut short…\n"
    )
    report = parse_report(text.encode(), reference=ref, hints={"url": "https://example.com/a"})
    assert "Another story title" not in report.body
    assert "A very long story title" not in report.body


def test_the_items_under_a_popular_articles_in_the_past_week_header_are_dropped(ref):
    """The commit's own example header ("Popular articles in the past week") is chrome,
    but list_under_header passes over headers of more than three words: the titles under
    it stay in the body (made-up titles)."""
    text = PAGE + (
        "Popular articles in the past week\n-\nA made-up story title about the weather in"
        " a city that runs long enough\n-\nAnother made-up story title cut short…\n"
    )
    report = parse_report(text.encode(), reference=ref, hints={"url": "https://example.com/a"})
    assert "Another made-up story title" not in report.body
