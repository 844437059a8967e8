"""The reason a page's <title> line goes (issue 11's seed-20261208 mutation sample,
pipeline.py): the headline printed again with the site's name after it is dropped as
"headline with the site's name", the reason the curator reads. Invented text."""

from archive.ingest.pipeline import parse_report


def test_the_headline_with_the_sites_name_is_dropped_for_that_reason(ref):
    headline = "Japan and US agree to deepen ties"
    lines = [
        headline,
        f"{headline} - :: TRIBUNA :: Politics",
        "TOKYO - Foreign Minister Yoshimasa Hayashi met Secretary of State Antony Blinken"
        " in Tokyo on Friday, and the two discussed the alliance at length.",
        "The two ministers agreed to meet again later this year in Washington.",
    ]
    report = parse_report("\n\n".join(lines).encode(), reference=ref, filename="page.txt")
    # parse_report 56 gave the reason in capitals.
    assert (lines[1], "headline with the site's name") in [
        (d.line, d.reason) for d in report.dropped
    ]
    assert report.title == headline
