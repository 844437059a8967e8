"""A headline printed twice under a line of site chrome (a skip link, share buttons) is
the page's headline twice: the chrome line already dropped is not the page's first line,
so the copy goes as the headline printed again and the first stays the title (issue 11's
seed-20261214 mutation sample, pipeline._read_furniture: no test put chrome above a
doubled headline). Invented pages."""

import pytest

from archive.ingest.pipeline import parse_report
from tests.ingest.reference_data import seed_reference

HEADLINE = "Allies Agree on Closer Defense Ties"
LEAD = "The two ministers met in Tokyo on Friday and agreed to deepen their cooperation."


@pytest.mark.parametrize("chrome", ["Skip to main content", "Share this page"])
def test_a_doubled_headline_under_chrome_is_the_title_once(chrome):
    text = f"{chrome}\n\n{HEADLINE}\n\n{HEADLINE}\n\n{LEAD}\n"
    report = parse_report(
        text.encode(), reference=seed_reference(), hints={"url": "https://example.org/a"}
    )
    assert report.title == HEADLINE
    assert [d.reason for d in report.dropped if d.line == HEADLINE] == [
        "title",
        "headline printed again",
    ]
