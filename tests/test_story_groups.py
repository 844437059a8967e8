"""Story groups: the meeting page reads stored groups of reports that share passages, so
the write path must keep them equal to what comparing the pairs would give, after every
kind of change (a new pair, a status change, a withdrawal, a curator's meeting link)."""

import pytest

from archive.models import (
    ArticleMeeting,
    ArticleStatus,
    Meeting,
    Outlet,
    SharedPassage,
    StoryGroup,
    StoryMember,
)
from archive.services import curation
from archive.services.story_groups import (
    components,
    meeting_pairs,
    story_groups_build,
    story_groups_pairs_added,
    story_groups_refresh,
)
from tests.views.conftest import make_article

pytestmark = pytest.mark.django_db


def test_components_are_connected_groups_in_order_of_their_lowest_id():
    assert components([(5, 7), (1, 2), (7, 9), (2, 3), (11, 12)]) == [
        [1, 2, 3],
        [5, 7, 9],
        [11, 12],
    ]
    assert components([]) == []


@pytest.fixture
def meeting_reports(reference):
    meeting = Meeting.objects.get(slug="scc-2022-01-07")
    other = Meeting.objects.get(slug="scc-2023-01-11")
    outlet = Outlet.objects.get(slug="efe")
    reports = [make_article(outlet=outlet, meeting=meeting, title=f"Report {i}") for i in range(6)]
    return meeting, other, reports


def pair(a, b):
    first, second = sorted((a, b), key=lambda r: r.pk)
    return SharedPassage.objects.create(first=first, second=second, score=0.5, passages=[])


def stored(meeting) -> list[list[int]]:
    """The meeting's stored groups, as sorted id lists, checked against their rows."""
    groups = []
    for group in StoryGroup.objects.filter(meeting=meeting).order_by("key"):
        ids = sorted(StoryMember.objects.filter(group=group).values_list("article_id", flat=True))
        assert group.size == len(ids) and group.key == ids[0]
        groups.append(ids)
    return groups


def expected(meeting) -> list[list[int]]:
    return [g for g in components(meeting_pairs(meeting.pk)) if len(g) > 1]


def test_refresh_groups_the_pairs_of_published_reports(meeting_reports):
    meeting, _, r = meeting_reports
    pair(r[0], r[1]), pair(r[1], r[2]), pair(r[3], r[4])
    assert story_groups_refresh(meeting_ids=[meeting.pk]) == 2
    assert stored(meeting) == [[r[0].pk, r[1].pk, r[2].pk], [r[3].pk, r[4].pk]]


def test_a_new_pair_merges_the_groups_of_its_reports(meeting_reports):
    meeting, _, r = meeting_reports
    pair(r[0], r[1]), pair(r[2], r[3])
    story_groups_refresh(meeting_ids=[meeting.pk])
    pair(r[1], r[2])
    pair(r[2], r[5])
    assert story_groups_pairs_added(article=r[2]) == 1
    assert stored(meeting) == expected(meeting)
    assert stored(meeting) == [sorted(x.pk for x in (r[0], r[1], r[2], r[3], r[5]))]


def test_a_new_pair_with_a_report_of_another_meeting_makes_no_group(meeting_reports):
    meeting, other, r = meeting_reports
    stranger = make_article(outlet=r[0].outlet, meeting=other, title="Elsewhere")
    pair(r[0], stranger)
    assert story_groups_pairs_added(article=r[0]) == 0
    assert stored(meeting) == [] and stored(other) == []


def test_a_draft_is_in_no_group_until_it_is_published(meeting_reports):
    meeting, _, r = meeting_reports
    draft = make_article(
        outlet=r[0].outlet, meeting=meeting, title="Draft", status=ArticleStatus.DRAFT
    )
    pair(r[0], draft)
    assert story_groups_pairs_added(article=draft) == 0
    assert stored(meeting) == []
    curation.articles_set_status(
        articles=type(draft).objects.filter(pk=draft.pk), status=ArticleStatus.PUBLISHED
    )
    assert stored(meeting) == [sorted([r[0].pk, draft.pk])]


def test_unpublishing_or_withdrawing_a_report_splits_its_group(meeting_reports):
    meeting, _, r = meeting_reports
    pair(r[0], r[1]), pair(r[1], r[2]), pair(r[2], r[3])
    story_groups_refresh(meeting_ids=[meeting.pk])
    curation.articles_set_status(
        articles=type(r[1]).objects.filter(pk=r[1].pk), status=ArticleStatus.REJECTED
    )
    assert stored(meeting) == [[r[2].pk, r[3].pk]]
    curation.article_withdraw(article=r[2], reason="A duplicate of another report.")
    assert stored(meeting) == []


def test_a_curator_moving_a_meeting_link_moves_the_group(meeting_reports):
    meeting, other, r = meeting_reports
    pair(r[0], r[1]), pair(r[1], r[2])
    story_groups_refresh(meeting_ids=[meeting.pk])
    link = ArticleMeeting.objects.get(article=r[1], meeting=meeting)
    curation.object_delete(obj=link)
    assert stored(meeting) == []  # r[0] and r[2] share nothing with each other
    curation.object_save(obj=ArticleMeeting(article=r[1], meeting=meeting))
    assert stored(meeting) == [[r[0].pk, r[1].pk, r[2].pk]]
    for report in r[:3]:
        curation.object_save(obj=ArticleMeeting(article=report, meeting=other))
    assert stored(other) == [[r[0].pk, r[1].pk, r[2].pk]] == expected(other)


def test_the_backfill_rebuilds_every_meeting(meeting_reports):
    meeting, _, r = meeting_reports
    pair(r[0], r[1]), pair(r[4], r[5])
    assert stored(meeting) == []  # written behind the services' back
    result = story_groups_build()
    assert result["groups"] == 2 and result["meetings"] == Meeting.objects.count()
    assert stored(meeting) == [[r[0].pk, r[1].pk], [r[4].pk, r[5].pk]]
    assert story_groups_build(after=meeting.pk)["meetings"] < result["meetings"]
