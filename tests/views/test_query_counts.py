"""Query counts of the list pages, pinned.

Each list page is rendered once with 3 reports and once with 30, and must run the same
number of queries both times: a count that grows with the rows is an n+1 (a related
object fetched per row in a template loop), which is invisible with a handful of test
rows and ruinous with the whole archive. The pinned number also catches a facet or a
prefetch that quietly doubles."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Meeting, Outlet, Person, Topic
from tests.factories import OutletFactory
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def grow(reference):
    """add(n): n more published reports spread over outlets, meetings, people, topics."""
    # The nine 2+2s, as before the other kinds came: each gets a share of the reports.
    meetings = list(Meeting.objects.filter(series="scc").order_by("start_date"))
    blinken = Person.objects.get(slug="antony-blinken")
    people = list(Person.objects.filter(participations__isnull=False).distinct()[:8])
    topics = list(Topic.objects.all()[:4])
    outlets = list(Outlet.objects.all()) + [OutletFactory(country="Japan") for _ in range(3)]
    counter = itertools.count()

    def add(n):
        for _ in range(n):
            i = next(counter)
            make_article(
                outlet=outlets[i % len(outlets)],
                meeting=meetings[i % len(meetings)],
                people={blinken, people[i % len(people)], people[(i + 3) % len(people)]},
                topics=[topics[i % len(topics)]],
                title=f"Alliance report {i} Blinken",
                published_on=meetings[i % len(meetings)].start_date,
                language=("en", "ja", "es")[i % 3],
            )

    return add


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(captured)


def same_count_with_3_and_30(client, grow, url, django_assert_num_queries, expected):
    grow(3)
    small = queries_for(client, url)
    grow(27)
    with django_assert_num_queries(expected):
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert small == expected


def test_home_query_count(client, grow, django_assert_num_queries):
    """Home: the latest meetings with report counts (1), the meetings of each kind and
    the kept report total (1), latest reports with outlet (1) and their meetings and
    people (2)."""
    same_count_with_3_and_30(client, grow, "/", django_assert_num_queries, 5)


def test_search_without_parameters_query_count(client, grow, django_assert_num_queries):
    """Search, no parameters: count (1), page rows (1), meetings and people of the rows
    (2), six facets (6)."""
    same_count_with_3_and_30(client, grow, "/articles/", django_assert_num_queries, 10)


def test_search_with_words_and_filters_query_count(client, grow, django_assert_num_queries):
    """Search with words and filters: the outlet and person slugs are checked (2), the
    country slugs (1), then count, rows, prefetches, snippets of the page only (1), six
    facets, and one query for the "did you mean" people."""
    url = (
        "/articles/?q=Blinken&outlet=efe&outlet=myind&person=antony-blinken"
        "&country=spain&country=india&date_from=2000-01-01&sort=newest"
    )
    same_count_with_3_and_30(client, grow, url, django_assert_num_queries, 15)


def test_search_with_words_only_query_count(client, grow, django_assert_num_queries):
    """Search with words and no other filter: the capped match (1), rows and their
    meetings and people (3), snippets (1), the people, meeting and topic facets (3), the
    outlet, language and country facets in one statement (1, as they count among the
    same matches), and the "did you mean" people (1)."""
    same_count_with_3_and_30(client, grow, "/articles/?q=Blinken", django_assert_num_queries, 10)


def test_search_csv_query_count(client, grow, django_assert_num_queries):
    """CSV of every match: the rows (1) and their meetings, people and topics (3), once
    per chunk of 500 rows, not once per row."""
    same_count_with_3_and_30(client, grow, "/articles.csv?q=Blinken", django_assert_num_queries, 4)


def test_meeting_list_query_count(client, grow, django_assert_num_queries):
    """Meetings: six facets (6; the total is the kind facet's sum), one page of meetings
    with report counts (1), their participants with the post held (1)."""
    same_count_with_3_and_30(client, grow, "/meetings/", django_assert_num_queries, 8)


def test_meeting_list_filtered_query_count(client, grow, django_assert_num_queries):
    """Meetings filtered: the city (1) and participant (1) values are checked first."""
    url = "/meetings/?city=Washington&participant=antony-blinken&format=in_person"
    same_count_with_3_and_30(client, grow, url, django_assert_num_queries, 10)


def test_meeting_page_query_count(client, grow, django_assert_num_queries):
    """A meeting page: meeting (1), participants (1), documents (1), one summary of the
    whole meeting (counts, stories, the pairs and quotes to show) (1), one page of
    reports (1); the quotes (1) and the closest pairs (1) only when there are some (none
    here: tests/views/test_detail_query_counts.py has both)."""
    same_count_with_3_and_30(
        client, grow, "/meetings/scc-2011-06-21/", django_assert_num_queries, 5
    )


def test_person_list_query_count(client, grow, django_assert_num_queries):
    """People: the people with their two counts (1), their offices (1)."""
    same_count_with_3_and_30(client, grow, "/people/", django_assert_num_queries, 2)


def test_outlet_list_query_count(client, grow, django_assert_num_queries):
    """Outlets: the outlets with their counts (1), the wires they republish (1)."""
    same_count_with_3_and_30(client, grow, "/outlets/", django_assert_num_queries, 2)


def test_topic_list_query_count(client, grow, django_assert_num_queries):
    """Topics: the topics with their report counts (1)."""
    same_count_with_3_and_30(client, grow, "/topics/", django_assert_num_queries, 1)


def test_person_page_query_count(client, grow, django_assert_num_queries):
    """A person page: person with its kept report total (1), aliases and offices (2),
    meetings (1), quotes (1), reports (1) with meetings and people (2); no count of the
    reports that mention them (it was 9 while the kept total was never found)."""
    same_count_with_3_and_30(client, grow, "/people/antony-blinken/", django_assert_num_queries, 8)


def test_outlet_page_query_count(client, grow, django_assert_num_queries):
    """An outlet page: outlet with its kept totals (1), its wires both ways (2), its
    reports (1) with their meetings (1), wire copies of others (1); no count of its
    reports (it was 7 while the kept total was never found)."""
    same_count_with_3_and_30(client, grow, "/outlets/efe/", django_assert_num_queries, 6)
