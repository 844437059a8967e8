"""Deep pages of the unfiltered list without walking the reports before them.

The list is ordered by publication date (newest or oldest first, undated reports last,
then by id). Page 25,000 of a million reports would make PostgreSQL step over 500,000
index entries (`OFFSET`). The kept count of published reports per day (`PublishedCount`
keys `day:YYYY-MM-DD`, `day:` for undated reports) tells at once which day the page
starts on and how many reports come before that day; the page is then read from that
day on, skipping only reports of the same day. The result is the same page as with
`OFFSET`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import connection

from archive.models import CountKind

# Below this offset a plain OFFSET is as fast as the look-up and needs no kept counts.
DIRECT_OFFSET_LIMIT = 2000

# The days in list order, with the running count of reports up to and including each;
# the first day whose running count passes the offset holds the page's first report.
DAY_OF_OFFSET_SQL = f"""
SELECT day, running - count FROM (
    SELECT NULLIF(substr(key, {len(CountKind.DAY) + 2}), '')::date AS day, count,
           sum(count) OVER (ORDER BY NULLIF(substr(key, {len(CountKind.DAY) + 2}), '')::date
                            %(direction)s NULLS LAST) AS running
    FROM archive_publishedcount
    WHERE key LIKE %%s AND count > 0
) days
WHERE running > %%s
ORDER BY running, day %(direction)s NULLS LAST
LIMIT 1
"""


@dataclass(frozen=True)
class PageStart:
    """Where a page begins: on `day` (None: among the undated reports), after `before`
    reports of earlier days in list order."""

    day: date | None
    before: int


def page_start(offset: int, *, oldest: bool) -> PageStart | None:
    """The day the report at `offset` (0-based, in list order) was published on; None
    when the offset is small enough to read directly or lies past the last report."""
    if offset < DIRECT_OFFSET_LIMIT:
        return None
    sql = DAY_OF_OFFSET_SQL % {"direction": "ASC" if oldest else "DESC"}
    with connection.cursor() as cursor:
        cursor.execute(sql, [f"{CountKind.DAY}:%", offset])
        row = cursor.fetchone()
    return PageStart(day=row[0], before=row[1]) if row else None


def page_from_day(ordered_published, start: PageStart, *, offset: int, size: int, oldest: bool):
    """The ids of one page of `ordered_published` (every published report, in list
    order) that begins at `offset`, read from `start.day` on."""
    within = offset - start.before
    if start.day is None:
        undated = ordered_published.filter(published_on__isnull=True)
        return list(undated.values_list("pk", flat=True)[within : within + size])
    bound = "published_on__gte" if oldest else "published_on__lte"
    dated = ordered_published.filter(**{bound: start.day})
    ids = list(dated.values_list("pk", flat=True)[within : within + size])
    if len(ids) < size:  # the page runs past the last dated report into the undated ones
        undated = ordered_published.filter(published_on__isnull=True)
        ids += list(undated.values_list("pk", flat=True)[: size - len(ids)])
    return ids
