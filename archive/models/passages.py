"""Shared passages, story groups and the stored passage signatures behind them."""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q

from .articles import Article
from .meetings import Meeting
from .vocabularies import ArticleStatus


class SharedPassageQuerySet(models.QuerySet):
    def published_on_both_sides(self):
        """Pairs whose two reports are both published: a draft never shows through its
        partner."""
        return self.filter(
            first__status=ArticleStatus.PUBLISHED, second__status=ArticleStatus.PUBLISHED
        )

    def involving(self, article):
        return self.filter(Q(first=article) | Q(second=article))

    def within(self, article_ids):
        return self.filter(first__in=article_ids, second__in=article_ids)


class SharedPassage(models.Model):
    """Two reports that retell one story: the passages they share, for a side-by-side view.
    Stored once per pair, the lower id first."""

    first = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(help_text="Share of the shorter report found in the other.")
    passages = models.JSONField(default=list)

    objects = SharedPassageQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="shared_pair_once"),
            models.CheckConstraint(condition=Q(first__lt=F("second")), name="shared_pair_ordered"),
        ]

    def __str__(self):
        return f"{self.first_id} ~ {self.second_id} ({self.score:.2f})"


class StoryGroupQuerySet(models.QuerySet):
    def of_meeting(self, meeting):
        """The meeting's stories, the most retold first."""
        return self.filter(meeting=meeting).order_by("-size", "key")


class StoryGroup(models.Model):
    """Published reports of one meeting linked by shared passages (a connected group of
    SharedPassage pairs): one story retold. Kept true by `services.story_groups` whenever
    a pair, a meeting link or a report's status changes, so pages never compare reports."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="+")
    key = models.BigIntegerField(help_text="The lowest article id of the group.")
    size = models.PositiveIntegerField()

    objects = StoryGroupQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "key"], name="story_group_once"),
            models.CheckConstraint(condition=Q(size__gte=2), name="story_group_has_two"),
        ]
        indexes = [models.Index(fields=["meeting", "-size", "key"], name="story_group_biggest")]

    def __str__(self):
        return f"{self.meeting_id}: story {self.key} ({self.size} reports)"


class StoryMember(models.Model):
    """A report in one story group of a meeting (at most one group per meeting)."""

    group = models.ForeignKey(StoryGroup, on_delete=models.CASCADE, related_name="members")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="+")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "article"], name="story_member_once")
        ]
        indexes = [models.Index(fields=["group", "article"], name="story_member_in_group")]

    def __str__(self):
        return f"{self.article_id} in story {self.group_id}"


class PassageSignature(models.Model):
    """An article's passage signatures: the LSH band keys of the MinHash of each of its
    sentences (`archive.ingest.minhash`), in a GIN index, so that a new report finds the
    reports that may share passages with it without reading them."""

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    keys = ArrayField(models.BigIntegerField(), default=list, blank=True)
    scheme = models.PositiveSmallIntegerField(help_text="minhash.SCHEME the keys were made by.")

    def __str__(self):
        return f"{self.article_id}: {len(self.keys)} band keys"


class PassageKey(models.Model):
    """One band key of one signed article, a row each, so that a look-up is a probe of a
    btree on (key, article) that reads only the reports holding the key (index-only).
    Kept by database triggers on `PassageSignature` (migration 0013): a signature written,
    changed or deleted writes, replaces or deletes its rows; never written by hand.
    `passage_signatures_build` fills it for signatures stored before it existed."""

    pk = models.CompositePrimaryKey("key", "article_id")
    key = models.BigIntegerField()
    article_id = models.BigIntegerField()

    def __str__(self):
        return f"{self.key}: article {self.article_id}"


class PassageStopKey(models.Model):
    """A band key too common to find anything by (more than `STOP_ARTICLES` reports hold
    it: sentences of everyday words, an outlet's boilerplate); looked up, never followed.
    Counted by `manage.py passage_signatures_build`."""

    key = models.BigIntegerField(primary_key=True)
    articles = models.PositiveIntegerField(help_text="Reports holding the key when counted.")

    def __str__(self):
        return f"{self.key} ({self.articles} reports)"


class PassageUnsigned(models.Model):
    """A report without passage key rows of the current scheme: its window is compared in
    full until the backfill signs it. Kept by database triggers on articles and signatures
    (migration 0021), so that an import asks whether any remain with one probe; never
    written by hand (`passage_signatures.passages_unsigned_refresh` counts them again)."""

    article_id = models.BigIntegerField(primary_key=True)

    def __str__(self):
        return f"article {self.article_id} unsigned"
