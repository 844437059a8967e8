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

from archive.models import (
    ArticleMeeting,
    ArticleStatus,
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
    groups_create([(meeting_id, group) for group in groups])


def groups_create(groups: list[tuple[int, list[int]]]) -> None:
    """Store each (meeting id, article ids) as a new story group: two statements."""
    made = StoryGroup.objects.bulk_create(
        [
            StoryGroup(meeting_id=meeting_id, key=min(ids), size=len(ids))
            for meeting_id, ids in groups
        ],
        batch_size=MEMBER_BATCH,
    )
    StoryMember.objects.bulk_create(
        [
            StoryMember(group_id=stored.pk, meeting_id=meeting_id, article_id=article_id)
            for stored, (meeting_id, ids) in zip(made, groups, strict=True)
            for article_id in ids
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


def story_groups_pairs_added(*, article) -> int:
    """Join `article` and the reports it now shares passages with into one group in each
    meeting they are both linked to, merging the groups they were in. Touches only those
    groups' rows. Returns the number of meetings whose groups changed."""
    return story_groups_pairs_added_many(article_ids=[article.pk])


ADDED_PAIRS_SQL = """
SELECT near.meeting_id, pair.first_id, pair.second_id
FROM archive_sharedpassage pair
JOIN archive_article first ON first.id = pair.first_id AND first.status = %(published)s
JOIN archive_article second ON second.id = pair.second_id AND second.status = %(published)s
JOIN archive_articlemeeting near ON near.article_id = pair.first_id
JOIN archive_articlemeeting far
  ON far.article_id = pair.second_id AND far.meeting_id = near.meeting_id
WHERE pair.first_id = ANY(%(ids)s) OR pair.second_id = ANY(%(ids)s)
"""

MEMBERS_SQL = """
SELECT member.meeting_id, member.article_id, member.group_id, grp.size, grp.key
FROM archive_storymember member JOIN archive_storygroup grp ON grp.id = member.group_id
WHERE member.meeting_id = ANY(%s) AND member.article_id = ANY(%s)
"""

GROUPS_MOVE_SQL = """
UPDATE archive_storymember member SET group_id = moved.keeper
FROM unnest(%s::bigint[], %s::bigint[]) AS moved(other, keeper)
WHERE member.group_id = moved.other
"""

GROUPS_RECOUNT_SQL = """
UPDATE archive_storygroup grp SET size = counted.size, key = counted.key
FROM (SELECT group_id, count(*) AS size, min(article_id) AS key FROM archive_storymember
      WHERE group_id = ANY(%s) GROUP BY group_id) AS counted
WHERE grp.id = counted.group_id
"""


@transaction.atomic
def story_groups_pairs_added_many(*, article_ids) -> int:
    """`story_groups_pairs_added` for many reports at once (an import chunk): each published
    report and its published partners joined into one group in each meeting they share,
    merging the groups they were in, the largest kept. At most seven queries, whatever
    the number of reports. Returns the number of meetings whose groups changed."""
    ids = sorted({int(pk) for pk in article_ids if pk})
    if not ids:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(ADDED_PAIRS_SQL, {"ids": ids, "published": ArticleStatus.PUBLISHED})
        edges: dict[int, list] = {}
        for meeting_id, first, second in cursor.fetchall():
            edges.setdefault(meeting_id, []).append((first, second))
        if not edges:
            return 0
        involved = sorted({node for pairs in edges.values() for pair in pairs for node in pair})
        cursor.execute(MEMBERS_SQL, [sorted(edges), involved])
        grouped = {(row[0], row[1]): (row[2], row[3], row[4]) for row in cursor.fetchall()}
    moves, new_groups, new_members = {}, [], []
    for meeting_id, pairs in edges.items():
        # A group already stored joins its members' components (as node -id).
        held = [(pk, -group[0]) for (m, pk), group in grouped.items() if m == meeting_id]
        for nodes in components(pairs + held):
            component = [pk for pk in nodes if pk > 0]
            found = {grouped[(meeting_id, pk)] for pk in component if (meeting_id, pk) in grouped}
            if not found:
                new_groups.append((meeting_id, component))
                continue
            keeper, *others = sorted(found, key=lambda group: (-group[1], group[2]))
            moves.update({other[0]: keeper[0] for other in others})
            new_members += [
                (keeper[0], meeting_id, pk) for pk in component if (meeting_id, pk) not in grouped
            ]
    groups_merge_write(moves, new_members)
    groups_create(new_groups)
    return len(edges)


def groups_merge_write(moves: dict, new_members: list) -> None:
    """Members of merged groups moved to their keepers, the emptied groups deleted, new
    members added, and the touched groups' sizes and keys counted again."""
    touched = sorted({*moves.values(), *(group for group, _, _ in new_members)})
    with connection.cursor() as cursor:
        if moves:
            cursor.execute(GROUPS_MOVE_SQL, [list(moves), list(moves.values())])
            cursor.execute("DELETE FROM archive_storygroup WHERE id = ANY(%s)", [list(moves)])
        StoryMember.objects.bulk_create(
            StoryMember(group_id=group, meeting_id=meeting_id, article_id=pk)
            for group, meeting_id, pk in new_members
        )
        if touched:
            cursor.execute(GROUPS_RECOUNT_SQL, [touched])


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
