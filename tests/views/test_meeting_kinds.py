"""Every kind of meeting on the public pages: counts per kind on the home page and the
meetings list, the series facet, a summit or a call page as complete as a 2+2 page, the
role of a preview or follow-up, a person's meetings of any kind, and the curator's
tools (the admin inlines for any kind, the rematch action and command)."""

import csv
import html
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    LinkRole,
    LinkSource,
    Meeting,
    MeetingKind,
    Mention,
    Outlet,
    Person,
)
from archive.selectors import TIMELINE_SIZE
from archive.services.counts import articles_recount
from archive.services.matching import meetings_rematch
from archive.services.reference import REFERENCE_DIR

pytestmark = pytest.mark.django_db

# Every row of the reference file is a meeting: the pages must count them all.
with open(REFERENCE_DIR / "us_japan_meetings.csv", newline="", encoding="utf-8") as rows:
    REFERENCE_MEETINGS = sum(1 for _ in csv.DictReader(rows))


def page(client, name, *args, **params):
    response = client.get(reverse(name, args=args), params)
    assert response.status_code == 200
    return response.content.decode()


def test_home_counts_every_kind_and_lists_the_latest(client, reference):
    content = html.unescape(page(client, "archive:home"))
    for kind, label in MeetingKind.choices:
        count = Meeting.objects.filter(kind=kind).count()
        if count:
            assert f'{label}</a> <span class="facet-count">{count}</span>' in content
    assert Meeting.objects.count() == REFERENCE_MEETINGS
    assert f"all {REFERENCE_MEETINGS} meetings" in content
    assert content.count('class="timeline-item') == TIMELINE_SIZE  # the latest only


def test_meetings_list_facets_kind_and_series(client, reference):
    content = page(client, "archive:meeting_list")
    assert f"{REFERENCE_MEETINGS} meetings" in content
    assert "Japan–U.S.–ROK trilateral" in content  # a series bucket
    trilateral = page(client, "archive:meeting_list", series="us-japan-rok-trilateral")
    expected = Meeting.objects.filter(series="us-japan-rok-trilateral").count()
    assert f"{expected} meetings" in trilateral
    calls = page(client, "archive:meeting_list", kind="call")
    assert f"{Meeting.objects.filter(kind='call').count()} meetings" in calls


def test_an_unknown_series_is_a_400_that_names_it(client, reference):
    response = client.get(reverse("archive:meeting_list"), {"series": "no-such-series"})
    assert response.status_code == 400
    assert "no-such-series" in response.content.decode()


@pytest.mark.parametrize(
    ("slug", "shows"),
    [
        (
            "summit-2023-01-13",
            ["Leaders' summit", "Washington, United States", "In person", "Joe Biden",
             "President", "Fumio Kishida", "Prime Minister"],
        ),
        (
            "call-2011-03-12-2",
            ["Call", "By phone", "Barack Obama", "President", "Naoto Kan", "Prime Minister",
             "Telephone Conversation with President Barack Obama"],
        ),
        (
            "multilateral-2021-09-24",
            ["Trilateral or multilateral meeting", "Quad leaders", "Australia, India",
             "Yoshihide Suga", "Prime Minister"],
        ),
    ],
)  # fmt: skip
def test_a_summit_a_call_and_a_quad_page_are_complete(client, reference, slug, shows):
    content = html.unescape(page(client, "archive:meeting_detail", slug))
    assert [text for text in shows if text not in content] == []
    assert "post not recorded" not in content


def _report(meeting, days, role, outlet):
    article = Article.objects.create(
        outlet=outlet,
        title=f"Report {days:+d} days",
        body="Biden and Kishida met.",
        raw=b"x",
        status=ArticleStatus.PUBLISHED,
        published_on=meeting.start_date + timedelta(days=days),
        date_precision="day",
    )
    ArticleMeeting.objects.create(
        article=article, meeting=meeting, role=role, linked_by=LinkSource.AUTOMATIC
    )
    articles_recount(article_ids=[article.pk])  # what the import service counts
    return article


def test_a_meeting_page_marks_previews_and_follow_ups(client, reference):
    meeting = Meeting.objects.get(slug="summit-2023-01-13")
    outlet = Outlet.objects.first()
    _report(meeting, -3, LinkRole.PREVIEW, outlet)
    _report(meeting, 0, LinkRole.COVERAGE, outlet)
    _report(meeting, 9, LinkRole.FOLLOW_UP, outlet)
    content = page(client, "archive:meeting_detail", meeting.slug)
    assert "Reports (3)" in content
    assert content.count('class="badge link-role"') == 2
    assert ">Preview</span>" in content and ">Follow-up</span>" in content


def test_a_person_page_lists_meetings_of_every_kind(client, reference):
    content = page(client, "archive:person_detail", "fumio-kishida")
    kishida = Person.objects.get(slug="fumio-kishida")
    attended = kishida.participations.count()
    assert f"Meetings attended ({attended})" in content
    kinds = set(kishida.participations.values_list("meeting__kind", flat=True))
    assert {"summit", "foreign_ministers", "call"} <= kinds
    for kind in kinds:
        assert dict(MeetingKind.choices)[kind].replace("'", "&#x27;") in content


# --- Curators ---------------------------------------------------------------------------


def test_the_admin_adds_a_summit_with_participants_and_their_offices(curator_client, reference):
    biden = Person.objects.get(slug="joe-biden")
    kishida = Person.objects.get(slug="fumio-kishida")
    data = {
        "kind": MeetingKind.SUMMIT,
        "title": "Invented summit",
        "slug": "invented-summit",
        "start_date": "2023-06-01",
        "end_date": "2023-06-01",
        "city": "Tokyo",
        "country": "Japan",
        "format": "in_person",
        "series": "",
        "other_countries": "",
        "summary": "",
        "date_note": "",
        "keywords": "",
        "source_url": "",
        "source_title": "",
        "participations-TOTAL_FORMS": "2",
        "participations-INITIAL_FORMS": "0",
        "participations-0-person": biden.pk,
        "participations-0-office": biden.offices.get(title="President", start__year=2021).pk,
        "participations-0-position": "0",
        "participations-1-person": kishida.pk,
        "participations-1-office": kishida.offices.get(title="Prime Minister").pk,
        "participations-1-position": "1",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
    }
    response = curator_client.post(reverse("admin:archive_meeting_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    meeting = Meeting.objects.get(slug="invented-summit")
    posts = set(meeting.participations.values_list("office__post", flat=True))
    assert posts == {"head_of_state", "head_of_government"}


def test_rematch_links_a_new_meeting_and_keeps_curator_links(curator_client, reference):
    """A report of the Obama–Kan call of 17 March 2011, matched while the archive did not
    hold that call, goes to the call five days earlier as a follow-up. Once the call is
    added, the admin action matches its week again: the report moves to it; a curator's
    link on another report of that day stays as it was."""
    from archive.services.reference import reference_load

    Meeting.objects.filter(slug="call-2011-03-17").delete()  # not known yet
    outlet = Outlet.objects.first()
    body = "Prime Minister Naoto Kan and President Barack Obama spoke by telephone."
    report, curated = (
        Article.objects.create(
            outlet=outlet, title=title, body=body, raw=title.encode(), date_precision="day",
            published_on=date(2011, 3, 17), status=ArticleStatus.PUBLISHED,
        )
        for title in ("Telephone talks", "Curated")
    )  # fmt: skip
    for slug in ("naoto-kan", "barack-obama"):
        Mention.objects.create(article=report, person=Person.objects.get(slug=slug))
    other = Meeting.objects.get(slug="summit-2023-01-13")
    ArticleMeeting.objects.create(article=curated, meeting=other, linked_by=LinkSource.CURATOR)
    # As services.curation marks a report whose links a curator set.
    Article.objects.filter(pk=curated.pk).update(curated_fields=["meetings"])
    meetings_rematch(start=report.published_on, end=report.published_on)
    before = report.meeting_links.get()
    assert (before.meeting.slug, before.role) == ("call-2011-03-12-2", LinkRole.FOLLOW_UP)

    reference_load()  # the call is added, as a curator would add it in the admin
    call = Meeting.objects.get(slug="call-2011-03-17")
    response = curator_client.post(
        reverse("admin:archive_meeting_changelist"),
        {"action": "rematch_reports", "_selected_action": [call.pk]},
    )
    assert response.status_code == 302
    link = report.meeting_links.get()
    assert (link.meeting, link.linked_by, link.role) == (
        call,
        LinkSource.AUTOMATIC,
        LinkRole.COVERAGE,
    )
    assert list(curated.meeting_links.values_list("meeting_id", "linked_by")) == [
        (other.pk, LinkSource.CURATOR)
    ]


def test_rematch_command_reports_and_refuses_bad_dates(reference):
    out = StringIO()
    call_command("rematch_meetings", "--from", "2022-01-01", "--to", "2022-01-31", stdout=out)
    assert "reports from 2022-01-01 to 2022-01-31" in out.getvalue()
    with pytest.raises(CommandError, match="not a date"):
        call_command("rematch_meetings", "--from", "January", "--to", "2022-01-31")
    with pytest.raises(CommandError, match="ends before it starts"):
        call_command("rematch_meetings", "--from", "2022-02-01", "--to", "2022-01-31")
