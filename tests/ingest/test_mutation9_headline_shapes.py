"""A line with no full date is no "titled date line" (issue 11's seed-20261211 mutation sample,
headline_shapes.py): only a date line can be the headline with its date."""

from archive.ingest.headline_shapes import titled_date_line


def test_a_headline_without_a_date_is_no_titled_date_line():
    # titled_date_line 5 answered yes for a line holding no date at all.
    assert not titled_date_line("Press Conference by the Foreign Minister")
    assert not titled_date_line("日米外相会談の記録")


def test_a_headline_with_its_date_is_one():
    assert titled_date_line("Press Conference, 28 May 2009")
