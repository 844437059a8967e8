"""The meeting, person and outlet pages at any size: reports come a page at a time, counts
come from one aggregate query, and a bad page or filter is a 400, never a 500."""

import pytest

from archive.models import Meeting, Outlet, Person, SharedPassage
from archive.page_selectors import DETAIL_PAGE, REPORTS_PER_PAGE
from archive.services.story_groups import story_groups_refresh
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def big_meeting(reference):
    """REPORTS_PER_PAGE + 7 reports of one meeting in two languages and two outlets, the
    first five retelling one story."""
    meeting = Meeting.objects.get(slug="scc-2022-01-07")
    blinken = Person.objects.get(slug="antony-blinken")
    efe, reuters = Outlet.objects.get(slug="efe"), Outlet.objects.get(slug="reuters")
    reports = [
        make_article(
            outlet=(efe, reuters)[i % 2],
            meeting=meeting,
            people=[blinken],
            title=f"Report {i:03d}",
            language=("en", "es")[i % 2],
            published_on=meeting.start_date,
        )
        for i in range(REPORTS_PER_PAGE + 7)
    ]
    for first, second in zip(reports[:4], reports[1:5], strict=True):
        SharedPassage.objects.create(first=first, second=second, score=0.4, passages=[])
    story_groups_refresh(meeting_ids=[meeting.pk])
    return meeting, reports


def test_the_meeting_page_pages_its_reports(client, big_meeting):
    meeting, reports = big_meeting
    first = client.get(meeting.get_absolute_url())
    assert len(first.context["reports"]) == REPORTS_PER_PAGE
    assert first.context["counts"].total == len(reports)
    html = first.content.decode()
    assert f"Reports ({len(reports)})" in html and 'rel="next" href="?page=2#reports"' in html
    second = client.get(meeting.get_absolute_url(), {"page": 2})
    assert len(second.context["reports"]) == 7
    shown = {r.pk for r in first.context["reports"]} | {r.pk for r in second.context["reports"]}
    assert shown == {r.pk for r in reports}
    # A page past the last shows the last.
    assert client.get(meeting.get_absolute_url(), {"page": 99}).context["pager"].number == 2


def test_the_counts_narrow_the_list(client, big_meeting):
    meeting, reports = big_meeting
    response = client.get(meeting.get_absolute_url())
    languages = {b.value: b.count for b in response.context["counts"].languages}
    assert languages == {"en": 29, "es": 28}
    spanish = next(b for b in response.context["counts"].languages if b.value == "es")
    assert spanish.url == "?language=es"
    narrowed = client.get(meeting.get_absolute_url(), {"language": "es", "outlet": "reuters"})
    assert narrowed.context["counts"].matching == 28
    assert {r.language for r in narrowed.context["reports"]} == {"es"}
    selected = next(b for b in narrowed.context["counts"].languages if b.value == "es")
    assert selected.selected and selected.url == "?outlet=reuters"


def test_the_stories_come_from_the_stored_groups(client, big_meeting):
    meeting, reports = big_meeting
    response = client.get(meeting.get_absolute_url())
    [story] = response.context["stories"]
    assert story.size == 5 and {r.pk for r in story.reports} == {r.pk for r in reports[:5]}
    assert len(response.context["shared"]) == 4
    assert "5 reports retell one story" in response.content.decode()


@pytest.mark.parametrize(
    "query", [{"page": "0"}, {"page": "x"}, {"role": "main"}, {"language": "<b>"}]
)
def test_a_bad_page_or_filter_is_a_400(client, big_meeting, query):
    meeting, _ = big_meeting
    assert client.get(meeting.get_absolute_url(), query).status_code == 400


def test_person_and_outlet_pages_page_their_reports(client, big_meeting):
    meeting, reports = big_meeting
    person = client.get("/people/antony-blinken/")
    assert len(person.context["reports"]) == DETAIL_PAGE
    assert person.context["report_total"] == len(reports)
    last = client.get("/people/antony-blinken/", {"page": 3})
    assert len(last.context["reports"]) == len(reports) - 2 * DETAIL_PAGE
    outlet = client.get("/outlets/efe/", {"page": 2})
    assert outlet.context["pager"].number == 2 and len(outlet.context["reports"]) == 9
    assert client.get("/outlets/efe/", {"page": "-1"}).status_code == 400


def test_person_and_outlet_totals_are_the_kept_counts_not_a_count(client, big_meeting):
    """The totals come with the person or outlet row, from `PublishedCount`: no query
    counts the reports that mention them or that they published."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    meeting, reports = big_meeting
    for url, expected in (
        ("/people/antony-blinken/", len(reports)),
        ("/outlets/efe/", sum(1 for report in reports if report.outlet.slug == "efe")),
        ("/outlets/reuters/", sum(1 for report in reports if report.outlet.slug == "reuters")),
    ):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.context["report_total"] == expected, url
        assert not any("COUNT(*)" in query["sql"] for query in captured.captured_queries), url
