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


def test_person_page_ends_an_open_term_at_the_successors_start(client, reference):
    content = client.get(reverse("archive:person_detail", args=["antony-blinken"])).content
    assert "2021-01-26 – 2025-01-21" in content.decode()


def test_2022_reports_dated_6_january_are_on_the_meetings_day(client, seed_corpus):
    from archive.models import Article

    Article.objects.filter(source_name__startswith="002").update(published_on="2022-01-06")
    content = client.get(
        reverse("archive:meeting_detail", args=["scc-2022-01-07"])
    ).content.decode()
    assert "1 day before" not in content
    assert "another host" in content


def test_a_surname_suggests_its_owner_first(client, reference):
    response = client.get(reverse("archive:article_list"), {"q": "Kishi"})
    suggestions = [s.person.slug for s in response.context["result"].suggestions]
    assert suggestions[0] == "nobuo-kishi"


def test_people_list_shows_the_posts_of_ministers_who_met_at_no_meeting(client, reference):
    content = client.get(reverse("archive:person_list")).content.decode()
    rubio_row = content.split('href="/people/marco-rubio/"')[1].split("</tr>")[0]
    assert "Secretary of State" in rubio_row
