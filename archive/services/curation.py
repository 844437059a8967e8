"""A curator's edits, from any admin page: single saves, inlines, bulk actions, deletes.

One rule set for all of them: a corrected field or part of an article is marked curated
(re-extraction then leaves it alone) and dated (`corrected_at`, shown on the public page);
whatever feeds the stored search vector (titles, bodies, outlets, mentions, people's names
and aliases) refreshes the vectors it feeds. History is recorded by database triggers
(django-pghistory), so nothing here has to remember to log."""

from django.db import connection, transaction
from django.utils import timezone

from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    Credit,
    LinkSource,
    Mention,
    Outlet,
    Person,
    PersonAlias,
    Quote,
    WithdrawnArticle,
)
from archive.services.counts import articles_recount
from archive.services.story_groups import story_groups_follow, story_groups_part_changed

# The parts of an article, and the name under which `curated_fields` remembers them.
PART_FIELDS = {
    Mention: "mentions",
    Quote: "quotes",
    Credit: "credits",
    ArticleMeeting: "meetings",
}
# Article fields that are part of its stored search vector.
SEARCH_FIELDS = frozenset({"title", "body", "outlet", "original_wire"})
# Form fields that are not corrections of what the pipeline read.
NOT_CORRECTIONS = frozenset({"status", "curated_fields"})


class CurationError(Exception):
    """A curator's request that the archive refuses, with the reason to show."""


def articles_mark_curated(*, article_ids, fields) -> None:
    """Remember that a curator corrected `fields` of these articles, and when."""
    article_ids = sorted({pk for pk in article_ids if pk})
    fields = sorted(set(fields))
    if not article_ids or not fields:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE archive_article SET
                curated_fields = ARRAY(
                    SELECT DISTINCT unnest(curated_fields || %s::varchar[]) ORDER BY 1
                ),
                corrected_at = %s,
                updated_at = %s
            WHERE id = ANY(%s)
            """,
            [fields, timezone.now(), timezone.now(), article_ids],
        )


def articles_refresh_search(*, article_ids) -> None:
    Article.objects.filter(pk__in=set(article_ids)).refresh_search_vector()


@transaction.atomic
def article_save(*, article: Article, changed_fields=()) -> Article:
    """Save an article a curator edited; what they changed is theirs from now on."""
    corrected = set(changed_fields) - NOT_CORRECTIONS
    if corrected:
        article.curated_fields = sorted(set(article.curated_fields) | corrected)
        article.corrected_at = timezone.now()
    article.save()
    articles_recount(article_ids=[article.pk])
    story_groups_follow(article_ids=[article.pk])
    if article.pk and (SEARCH_FIELDS & set(changed_fields) or not changed_fields):
        articles_refresh_search(article_ids=[article.pk])
    return article


def article_ids_of(obj) -> set:
    """The articles a saved or deleted object belongs to, before and after the change
    (a quote moved to another article changes both)."""
    ids = {getattr(obj, "article_id", None)}
    if obj.pk:
        previous = type(obj).objects.filter(pk=obj.pk).values_list("article_id", flat=True)
        ids.update(previous)
    return {pk for pk in ids if pk}


def person_ids_of(obj) -> set:
    ids = {obj.person_id}
    if obj.pk:
        ids.update(PersonAlias.objects.filter(pk=obj.pk).values_list("person_id", flat=True))
    return {pk for pk in ids if pk}


def articles_mentioning(person_ids) -> list:
    return list(
        Mention.objects.filter(person_id__in=person_ids)
        .values_list("article_id", flat=True)
        .distinct()
    )


def articles_of_outlet(outlet_id) -> list:
    by_outlet = Article.objects.filter(outlet_id=outlet_id).values_list("pk", flat=True)
    by_wire = Article.objects.filter(original_wire_id=outlet_id).values_list("pk", flat=True)
    return [*by_outlet, *by_wire]


@transaction.atomic
def object_save(*, obj, changed_fields=()):
    """Save any object a curator edited on any admin page (its own page, an inline, a
    revert) and keep what depends on it true."""
    if isinstance(obj, Article):
        return article_save(article=obj, changed_fields=changed_fields)
    if type(obj) in PART_FIELDS:
        affected = article_ids_of(obj)
        if isinstance(obj, ArticleMeeting):
            obj.linked_by = LinkSource.CURATOR  # a link a curator touched is theirs
        obj.save()
        articles_recount(article_ids=affected | article_ids_of(obj))
        story_groups_part_changed(obj=obj, article_ids=affected | article_ids_of(obj))
        articles_mark_curated(article_ids=affected, fields=[PART_FIELDS[type(obj)]])
        if isinstance(obj, Mention):
            articles_refresh_search(article_ids=affected)
        return obj
    if isinstance(obj, PersonAlias):
        people = person_ids_of(obj)
        obj.save()
        articles_refresh_search(article_ids=articles_mentioning(people))
        return obj
    if isinstance(obj, (Person, Outlet)):
        obj.curated = True  # a curator saved it: it may be shown
    obj.save()
    if isinstance(obj, Person) and "name" in changed_fields:
        articles_refresh_search(article_ids=articles_mentioning([obj.pk]))
    if isinstance(obj, Outlet) and "name" in changed_fields:
        articles_refresh_search(article_ids=articles_of_outlet(obj.pk))
    return obj


@transaction.atomic
def object_delete(*, obj) -> None:
    """Delete one object a curator removed. A published article is withdrawn instead."""
    if isinstance(obj, Article):
        article_delete(article=obj)
        return
    articles, people = set(), set()
    if type(obj) in PART_FIELDS:
        articles = article_ids_of(obj)
    if isinstance(obj, PersonAlias):
        people = person_ids_of(obj)
    obj.delete()
    articles_recount(article_ids=articles)
    story_groups_part_changed(obj=obj, article_ids=articles)
    if articles:
        articles_mark_curated(article_ids=articles, fields=[PART_FIELDS[type(obj)]])
        if isinstance(obj, Mention):
            articles_refresh_search(article_ids=articles)
    if people:
        articles_refresh_search(article_ids=articles_mentioning(people))


@transaction.atomic
def objects_delete(*, queryset) -> int:
    """A bulk delete from a changelist, with the same rules as one by one."""
    count = 0
    for obj in queryset:
        object_delete(obj=obj)
        count += 1
    return count


@transaction.atomic
def article_topics_set(*, article: Article, topics) -> None:
    article.topics.set(topics)
    articles_recount(article_ids=[article.pk])
    articles_mark_curated(article_ids=[article.pk], fields=["topics"])


@transaction.atomic
def articles_set_status(*, articles, status: str) -> int:
    """Publish or reject reports in bulk."""
    status = ArticleStatus(status)
    ids = list(articles.exclude(status=status).values_list("pk", flat=True))
    changed = Article.objects.filter(pk__in=ids).update(status=status, updated_at=timezone.now())
    articles_recount(article_ids=ids)
    story_groups_follow(article_ids=ids)
    return changed


def article_delete(*, article: Article) -> None:
    """A draft or rejected report may simply go; a published one is withdrawn with a
    reason, so that its address can still say what it was and why it is gone."""
    if article.status == ArticleStatus.PUBLISHED:
        raise CurationError(
            f"“{article.title}” is published: withdraw it with a reason instead of deleting it."
        )
    article.delete()


@transaction.atomic
def article_withdraw(*, article: Article, reason: str, user=None) -> WithdrawnArticle:
    """Take a report out of the archive, keeping a tombstone: title, outlet, date, raw
    text hash and the reason. Its page then answers 410 Gone with these."""
    if article.status != ArticleStatus.PUBLISHED:
        # A tombstone is public: a draft's title must not appear through one.
        raise CurationError(f"“{article.title}” was never published: delete it instead.")
    reason = (reason or "").strip()
    if not reason:
        raise CurationError("Say why the report is withdrawn: readers who cite it will see it.")
    tombstone = WithdrawnArticle.objects.create(
        article_id=article.pk,
        title=article.title,
        outlet_name=article.outlet.name,
        published_on=article.published_on,
        url=article.url or "",
        raw_sha256=article.raw_sha256,
        reason=reason,
        withdrawn_by=user if user and user.is_authenticated else None,
    )
    story_groups_follow(article_ids=[article.pk], leaving=True)
    article.delete()
    articles_recount(article_ids=[tombstone.article_id])
    return tombstone
