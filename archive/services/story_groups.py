"""Story groups: the published reports of a meeting linked by shared passages, one group
per story retold, stored so that the meeting page reads them instead of comparing reports.

A group is a connected set of SharedPassage pairs whose two reports are both published and
both linked to the meeting. The write path keeps the groups true:

- a new pair (`shared_passages_record`) joins the groups of its two reports
  (`story_groups_pairs_added`: a few rows, whatever the size of the meeting);
- anything that can split a group or move a report (a meeting link added, changed or
  removed, a report published, unpublished, re-extracted, withdrawn or deleted) recomputes
  the groups of the meetings concerned (`story_groups_follow`);
- `manage.py story_groups_build` recomputes every meeting's (the backfill).
"""

from django.db import connection, transaction
from django.db.models import Q

from archive.models import (
    ArticleMeeting,
    ArticleStatus,
    SharedPassage,
    StoryGroup,
    StoryMember,
)

MEMBER_BATCH = 5000


def components(pairs) -> list[list[int]]:
    """Connected groups of the ids in `pairs`, each sorted, in the order of their lowest id."""
    parent: dict[int, int] = {}

    def root(node):
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for first, second in pairs:
        parent.setdefault(first, first)
        parent.setdefault(second, second)
        a, b = root(first), root(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for node in sorted(parent):
        groups.setdefault(root(node), []).append(node)
    return sorted(groups.values(), key=lambda group: group[0])


MEETING_PAIRS_SQL = """
WITH reports AS (
    SELECT link.article_id AS id
    FROM archive_articlemeeting link
    JOIN archive_article article ON article.id = link.article_id
    WHERE link.meeting_id = %(meeting)s AND article.status = %(published)s
      AND NOT (link.article_id = ANY(%(leaving)s))
)
SELECT pair.first_id, pair.second_id
FROM archive_sharedpassage pair
WHERE pair.first_id IN (SELECT id FROM reports) AND pair.second_id IN (SELECT id FROM reports)
"""


def meeting_pairs(meeting_id: int, leaving=()) -> list[tuple[int, int]]:
    """The pairs of the meeting's published reports (less `leaving`), one query."""
    with connection.cursor() as cursor:
        cursor.execute(
            MEETING_PAIRS_SQL,
            {"meeting": meeting_id, "published": ArticleStatus.PUBLISHED, "leaving": list(leaving)},
        )
        return cursor.fetchall()


def groups_write(meeting_id: int, groups: list[list[int]]) -> None:
    """Store `groups` (lists of article ids, two or more) as the meeting's story groups."""
    made = StoryGroup.objects.bulk_create(
        [StoryGroup(meeting_id=meeting_id, key=group[0], size=len(group)) for group in groups],
        batch_size=MEMBER_BATCH,
    )
    StoryMember.objects.bulk_create(
        [
            StoryMember(group_id=stored.pk, meeting_id=meeting_id, article_id=article_id)
            for stored, group in zip(made, groups, strict=True)
            for article_id in group
        ],
        batch_size=MEMBER_BATCH,
    )


@transaction.atomic
def story_groups_refresh(*, meeting_ids, leaving=()) -> int:
    """Recompute the story groups of `meeting_ids` from their pairs (reports in `leaving`
    left out: they are about to go). Returns the number of groups stored."""
    stored = 0
    for meeting_id in sorted(set(meeting_ids)):
        groups = [g for g in components(meeting_pairs(meeting_id, leaving)) if len(g) > 1]
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM archive_storymember WHERE meeting_id = %s", [meeting_id])
            cursor.execute("DELETE FROM archive_storygroup WHERE meeting_id = %s", [meeting_id])
        groups_write(meeting_id, groups)
        stored += len(groups)
    return stored


def story_groups_follow(*, article_ids, leaving: bool = False) -> int:
    """Keep the story groups true after reports changed (status, meeting links, text):
    recompute those of every meeting the reports are linked to or grouped in. With
    `leaving`, the reports are about to be deleted and are left out of the groups."""
    article_ids = [article_id for article_id in article_ids if article_id]
    if not article_ids:
        return 0
    linked = ArticleMeeting.objects.filter(article_id__in=article_ids).values_list(
        "meeting_id", flat=True
    )
    grouped = StoryMember.objects.filter(article_id__in=article_ids).values_list(
        "meeting_id", flat=True
    )
    return story_groups_refresh(
        meeting_ids={*linked, *grouped}, leaving=article_ids if leaving else ()
    )


@transaction.atomic
def story_groups_pairs_added(*, article) -> int:
    """Join `article` and the reports it now shares passages with into one group in each
    meeting they are both linked to, merging the groups they were in. Touches only those
    groups' rows. Returns the number of meetings whose groups changed."""
    if article.status != ArticleStatus.PUBLISHED:
        return 0
    partners = {
        first if second == article.pk else second
        for first, second in SharedPassage.objects.filter(
            Q(first=article) | Q(second=article)
        ).values_list("first_id", "second_id")
    }
    if not partners:
        return 0
    changed = 0
    meetings = ArticleMeeting.objects.filter(article=article).values_list("meeting_id", flat=True)
    for meeting_id in meetings:
        linked = set(
            ArticleMeeting.objects.filter(
                meeting_id=meeting_id,
                article_id__in=partners,
                article__status=ArticleStatus.PUBLISHED,
            ).values_list("article_id", flat=True)
        )
        if linked:
            group_merge(meeting_id, {article.pk, *linked})
            changed += 1
    return changed


def group_merge(meeting_id: int, article_ids: set[int]) -> StoryGroup:
    """One group of the meeting holding `article_ids` and every group any of them is in;
    the largest group is kept and the others' members moved into it."""
    members = StoryMember.objects.filter(meeting_id=meeting_id, article_id__in=article_ids)
    group_ids = set(members.values_list("group_id", flat=True))
    groups = sorted(StoryGroup.objects.filter(pk__in=group_ids), key=lambda g: (-g.size, g.key))
    if not groups:
        keeper = StoryGroup.objects.create(
            meeting_id=meeting_id, key=min(article_ids), size=len(article_ids)
        )
    else:
        keeper, others = groups[0], [group.pk for group in groups[1:]]
        if others:
            StoryMember.objects.filter(group_id__in=others).update(group=keeper)
            StoryGroup.objects.filter(pk__in=others).delete()
    grouped = set(
        StoryMember.objects.filter(meeting_id=meeting_id, article_id__in=article_ids).values_list(
            "article_id", flat=True
        )
    )
    StoryMember.objects.bulk_create(
        [
            StoryMember(group=keeper, meeting_id=meeting_id, article_id=article_id)
            for article_id in sorted(article_ids - grouped)
        ]
    )
    keeper.size = StoryMember.objects.filter(group=keeper).count()
    keeper.key = min(keeper.key, *article_ids, *(group.key for group in groups))
    keeper.save(update_fields=["size", "key"])
    return keeper


def story_groups_part_changed(*, obj, article_ids) -> int:
    """After a curator saved or deleted a part of reports: a meeting link moves reports
    between meetings' groups; other parts leave the groups as they are."""
    if not isinstance(obj, ArticleMeeting):
        return 0
    return story_groups_follow(article_ids=article_ids)


def story_groups_build(*, after: int = 0, progress=None) -> dict:
    """Recompute every meeting's story groups (the backfill), meeting by meeting in id
    order from id `after` on, each in its own transaction: a run stopped half-way resumes
    with `after` set to the last meeting it reported."""
    from archive.models import Meeting

    progress = progress or (lambda message: None)
    meetings = groups = 0
    ids = Meeting.objects.filter(pk__gt=after).order_by("pk").values_list("pk", flat=True)
    for meeting_id in ids:
        groups += story_groups_refresh(meeting_ids=[meeting_id])
        meetings += 1
        if meetings % 50 == 0:
            progress(f"{meetings} meetings, {groups} story groups (to meeting {meeting_id})")
    return {"meetings": meetings, "groups": groups}
