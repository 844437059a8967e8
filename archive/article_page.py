"""What an article's page reads, bounded whatever the size of its meetings: for each
meeting it belongs to, the newest OTHER_REPORTS_SHOWN other published reports (walked from
the end of the meeting's links, `article_meeting_by_meeting`) and the kept total."""

from django.db.models import Prefetch
from django.db.models.expressions import RawSQL

from archive.models import Article, ArticleStatus, SharedPassage
from archive.page_selectors import light

OTHER_REPORTS_SHOWN = 10
SHARED_SHOWN = 50

# The newest other published reports of each of the article's meetings: one bounded walk a
# meeting (OFFSET 0 keeps the status look-up per link, never a scan of every article).
OTHER_REPORT_IDS_SQL = """
SELECT pick.article_id FROM archive_articlemeeting own
CROSS JOIN LATERAL (
    SELECT link.article_id FROM archive_articlemeeting link
    CROSS JOIN LATERAL (
        SELECT status FROM archive_article WHERE id = link.article_id OFFSET 0
    ) other
    WHERE link.meeting_id = own.meeting_id AND link.article_id <> own.article_id
      AND other.status = %s
    ORDER BY link.article_id DESC
    LIMIT %s
) pick
WHERE own.article_id = %s
"""


def article_page(article) -> dict:
    """The parts of a published article's page, in a fixed number of queries: the
    reports it shares text with, the SHARED_SHOWN closest first (and their total)."""
    others = (
        Article.objects.filter(
            pk__in=RawSQL(
                OTHER_REPORT_IDS_SQL,
                [ArticleStatus.PUBLISHED, OTHER_REPORTS_SHOWN, article.pk],
            )
        )
        .for_listing()
        .defer(*light())
        .order_by("-published_on", "-pk")
    )
    meetings = (
        article.meetings.with_public_report_counts()
        .order_by("start_date")
        .prefetch_related(Prefetch("articles", queryset=others, to_attr="other_reports"))
    )
    shared = (
        SharedPassage.objects.involving(article)
        .published_on_both_sides()
        .select_related("first__outlet", "second__outlet")
        .defer(*light("first__"), *light("second__"))
        .order_by("-score", "pk")
    )
    closest = list(shared[: SHARED_SHOWN + 1])
    shared_total = len(closest)
    if shared_total > SHARED_SHOWN:
        closest = closest[:SHARED_SHOWN]
        shared_total = shared.count()
    return {
        "mentions": list(
            article.mentions.select_related("person").prefetch_related("person__aliases")
        ),
        "quotes": list(article.quotes.select_related("speaker")),
        "meetings": list(meetings),
        "credits": article.credits.all(),
        "topics": article.topics.all(),
        "shared": closest,
        "shared_total": shared_total,
    }
