"""The marked-up text of a report: spans that overlap, cross paragraphs or fall outside
the text must never break the HTML or drop words."""

import re
from types import SimpleNamespace

from archive.templatetags.archive_tags import Span, mark_up, pair_story, relative_day


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", str(html))


def quote(start, end):
    return Span(start, end, '<mark class="quote">', "</mark>", '<mark class="quote">')


def link(start, end):
    return Span(start, end, '<a href="/p/">', "</a>")


def test_paragraphs_are_escaped_and_kept():
    html = mark_up("A < B & C\n\nSecond line", [], [])
    assert html == "<p>A &lt; B &amp; C</p>\n<p>Second line</p>"


def test_a_quote_across_paragraphs_is_closed_and_reopened():
    text = "He said “one\ntwo” and left"
    html = mark_up(text, [quote(8, 17)], [])
    assert html.count('<mark class="quote">') == 2 and html.count("</mark>") == 2
    assert text_of(html) == "He said “one\ntwo” and left"


def test_overlapping_spans_keep_the_first_and_out_of_range_ones_are_clipped():
    text = "Blinken said hello"
    html = mark_up(text, [quote(0, 7), quote(3, 12), quote(13, 500)], [])
    assert html == '<p><mark class="quote">Blinken</mark> said <mark class="quote">hello</mark></p>'


def test_a_link_inside_a_quote_nests_and_one_across_its_edge_is_dropped():
    text = "“Blinken spoke” Austin"
    html = mark_up(text, [quote(0, 15)], [link(1, 8), link(10, 22)])
    assert '<mark class="quote">“<a href="/p/">Blinken</a> spoke”</mark> Austin' in html
    assert html.count("<a ") == 1


def test_relative_day():
    from datetime import date

    meeting = SimpleNamespace(start_date=date(2022, 1, 7), end_date=date(2022, 1, 7))
    assert relative_day(date(2022, 1, 6), meeting).label == "1 day before"
    # Held on the evening of 6 January in Washington, which was 7 January in Tokyo.
    meeting.first_local_date = date(2022, 1, 6)
    assert relative_day(date(2022, 1, 6), meeting).kind == "same"
    assert relative_day(date(2022, 1, 6), meeting).label == "same day (another host's date)"
    assert relative_day(date(2022, 1, 5), meeting).label == "1 day before"
    assert relative_day(date(2022, 1, 7), meeting).kind == "same"
    assert relative_day(date(2022, 1, 10), meeting).label == "3 days after"
    assert relative_day(None, meeting).kind == "unknown"


class FakeOutlet:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind

    def __str__(self):
        return self.name


def report(outlet_id, outlet, original_wire_id=None, published_on=None):
    return SimpleNamespace(
        outlet_id=outlet_id,
        outlet=outlet,
        original_wire_id=original_wire_id,
        original_wire=None,
        published_on=published_on,
    )


def test_pair_story_names_who_retold_whose_copy():
    wire = report(1, FakeOutlet("Reuters", "wire"))
    paper = report(2, FakeOutlet("Myind", "newspaper"), original_wire_id=1)
    assert pair_story(SimpleNamespace(first=wire, second=paper)) == (
        "Myind retold Reuters’s wire copy."
    )
    assert pair_story(SimpleNamespace(first=paper, second=wire)) == (
        "Myind retold Reuters’s wire copy."
    )


def test_pair_story_of_two_papers_dated_differently():
    from datetime import date

    early = report(3, FakeOutlet("EFE", "newspaper"), published_on=date(2022, 1, 6))
    late = report(4, FakeOutlet("Myind", "newspaper"), published_on=date(2022, 1, 8))
    assert pair_story(SimpleNamespace(first=late, second=early)) == (
        "Myind repeats passages that EFE published earlier."
    )
