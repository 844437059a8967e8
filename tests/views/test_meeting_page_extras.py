"""A date the pipeline inferred is never shown as if the report printed it."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_meeting_page_and_search_mark_inferred_years(client, seed_corpus):
    meeting = client.get(reverse("archive:meeting_detail", args=["scc-2022-01-07"]))
    content = meeting.content.decode()
    # 000 (EFE) and 004 (Reuters copy) print "Jan 7" without a year; 002 prints the year.
    assert content.count("(year inferred)") == 2
    search = client.get(reverse("archive:article_list"), {"q": "Kishi"}).content.decode()
    assert "(year inferred)" in search


def test_meeting_page_groups_the_reports_that_retell_one_story(client, seed_corpus):
    content = client.get(
        reverse("archive:meeting_detail", args=["scc-2022-01-07"])
    ).content.decode()
    # 001, 002 and 004 retell the Reuters story; EFE's own copy (000) is not in it.
    assert "3 reports retell one story" in content
    story = content.split("3 reports retell one story")[1].split("</p>")[0]
    assert "Myind" in story and "Reuters copy" in story and "EFE" not in story
