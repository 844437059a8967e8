"""Query counts of the detail pages when what they loop over grows.

A meeting, article or person page lists quotes, mentions, credits and pairs of reports
that share text; each of those loops must be served by a fixed number of queries, or a
much-reported meeting would cost one query per quote. Each page is rendered with 3 and
with 30 reports (each with quotes, a credit and a shared pair) and must run the same
number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Credit, Meeting, Outlet, Person, Quote, SharedPassage
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def rich_meeting(reference):
    meeting = Meeting.objects.get(slug="scc-2022-01-07")
    blinken = Person.objects.get(slug="antony-blinken")
    hayashi = Person.objects.get(slug="yoshimasa-hayashi")
    outlets = list(Outlet.objects.all())
    made = []

    def add(n):
        for _ in range(n):
            i = len(made)
            body = f"“We stand together,” Blinken said. “Report {i} words,” Hayashi said."
            article = make_article(
                outlet=outlets[i % len(outlets)],
                meeting=meeting,
                people={blinken, hayashi},
                title=f"Report {i}",
                published_on=meeting.start_date,
                body=body,
                raw=body.encode(),
            )
            Quote.objects.create(
                article=article, speaker=blinken, text="We stand together", start=0, end=19
            )
            Quote.objects.create(
                article=article, speaker=hayashi, text=f"Report {i} words", start=35, end=52
            )
            Credit.objects.create(article=article, name=f"Reporter {i}", role="reporter")
            if made:
                first, second = sorted((made[-1], article), key=lambda a: a.pk)
                SharedPassage.objects.create(
                    first=first,
                    second=second,
                    score=0.5,
                    passages=[
                        {
                            "a_start": 0,
                            "a_end": 19,
                            "a_text": "x",
                            "b_start": 0,
                            "b_end": 19,
                            "b_text": "x",
                            "similarity": 0.9,
                        }
                    ],
                )
            made.append(article)
        return made

    return add


def count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("page", ["meeting", "article", "person", "shared"])
def test_detail_pages_do_not_grow_with_quotes_and_pairs(client, rich_meeting, page):
    def url():
        made = rich_meeting(0)
        pair = SharedPassage.objects.order_by("pk").first()
        return {
            "meeting": "/meetings/scc-2022-01-07/",
            "article": made[0].get_absolute_url(),
            "person": "/people/antony-blinken/",
            "shared": f"/meetings/scc-2022-01-07/shared/{pair.pk}/",
        }[page]

    rich_meeting(3)
    small = count(client, url())
    rich_meeting(27)
    assert count(client, url()) == small
