"""Articles (reports), their meeting links, mentions, credits and quotes, and search."""

import hashlib

import pghistory
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection, models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Mod
from django.db.models.lookups import Exact
from django.urls import reverse

from .counts import IdArray
from .entities import Outlet, Person, Topic
from .imports import ImportBatch
from .meetings import Meeting
from .tracking import tracked
from .vocabularies import ArticleStatus, CreditRole, DatePrecision, LinkRole, LinkSource, SortKey

# --- Articles --------------------------------------------------------------------------


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ArticleStatus.PUBLISHED)

    def among(self, ids):
        """These articles only, given as one array parameter (`id = ANY(%s)`), however
        many: a match set computed once is handed to the next query this way."""
        return self.filter(pk__any=IdArray(ids))

    def sample_stripe(self, modulus: int):
        """One stripe of the articles, every `modulus`-th by id (`id % modulus = 0`; for
        64, published ones have a text index of their own): a fixed, even sample for
        estimating counts."""
        stripe = Mod("pk", modulus, output_field=models.BigIntegerField())
        return self.alias(stripe=stripe).filter(stripe=0)

    def for_listing(self):
        """What a list row shows, fetched in a fixed number of queries."""
        return self.select_related("outlet", "original_wire")

    def with_list_relations(self):
        """`for_listing` plus the meetings and people a row names: two more queries for
        the whole page, whatever its length."""
        return self.for_listing().prefetch_related(
            models.Prefetch("meetings", queryset=Meeting.objects.order_by("start_date")),
            models.Prefetch(
                "mentions",
                queryset=Mention.objects.select_related("person").order_by(
                    "-count", "person__name"
                ),
            ),
        )

    def mentioning(self, people):
        """Reports that mention any of `people` (no duplicate rows, no DISTINCT)."""
        return self.filter(
            Exists(Mention.objects.filter(article=OuterRef("pk"), person__in=people))
        )

    def about_meetings(self, meetings):
        return self.filter(
            Exists(ArticleMeeting.objects.filter(article=OuterRef("pk"), meeting__in=meetings))
        )

    def on_topics(self, topics):
        through = Article.topics.through
        return self.filter(Exists(through.objects.filter(article=OuterRef("pk"), topic__in=topics)))

    def from_outlets(self, outlets):
        return self.filter(outlet__in=outlets)

    def in_languages(self, codes):
        return self.filter(language__in=codes)

    def from_countries(self, countries):
        """Reports of outlets based in any of `countries` (names as stored on Outlet)."""
        return self.filter(outlet__country__in=countries)

    def published_between(self, start=None, end=None):
        queryset = self
        if start:
            queryset = queryset.filter(published_on__gte=start)
        if end:
            queryset = queryset.filter(published_on__lte=end)
        return queryset

    def in_order(self, sort: str):
        """Order by a SortKey; relevance needs `search()` first and falls back to newest
        without it. The order always ends on the primary key, so pages never overlap."""
        if sort == SortKey.RELEVANCE and "rank" in self.query.annotations:
            return self.order_by(F("rank").desc(), F("published_on").desc(nulls_last=True), "-pk")
        if sort == SortKey.OLDEST:
            return self.order_by(F("published_on").asc(nulls_last=True), "pk")
        return self.order_by(F("published_on").desc(nulls_last=True), "-pk")

    def headlines(self, text: str, *, start_sel: str, stop_sel: str) -> dict:
        """{pk: snippet of the body around the words of `text`} for these rows only: call
        it on one page of results, never on the whole match set (ts_headline is costly)."""
        from django.contrib.postgres.search import SearchHeadline

        query = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
        rows = self.order_by().annotate(
            headline=SearchHeadline(
                "body",
                query,
                config=SEARCH_CONFIG,
                start_sel=start_sel,
                stop_sel=stop_sel,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
        )
        return dict(rows.values_list("pk", "headline"))

    def search(self, text: str):
        """Full-text match in web-search syntax (quotes, OR, -word), ranked.

        `websearch_to_tsquery` never raises on bad syntax, so user input goes straight in."""
        text = (text or "").strip()
        if not text:
            return self
        query = search_query(text)
        return self.filter(search_vector=query).annotate(rank=SearchRank(F("search_vector"), query))

    def ranked(self, text: str):
        """`rank` for the words of `text`, on rows already known to match them (no
        second match: ranking reads each row's vector once)."""
        text = (text or "").strip()
        if not text:
            return self
        return self.annotate(rank=SearchRank(F("search_vector"), search_query(text)))

    def query_is_empty(self, text: str) -> bool:
        """True when web-search `text` keeps no searchable word ("the", "-", '""'):
        PostgreSQL then matches nothing, and the visitor deserves to be told why."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT numnode(websearch_to_tsquery(%s::regconfig, %s)) = 0",
                [SEARCH_CONFIG, text],
            )
            return cursor.fetchone()[0]

    def refresh_search_vector(self):
        """Rebuild the stored vector of these articles from their title, the names and
        aliases of the people they mention, their outlet and wire, and their body, so that
        "Anthony Blinken" or 林芳正 finds a report that spells the name otherwise."""
        ids = list(self.values_list("pk", flat=True))
        if not ids:
            return 0
        with connection.cursor() as cursor:
            cursor.execute(REFRESH_SEARCH_VECTOR_SQL, {"ids": ids, "config": SEARCH_CONFIG})
            return cursor.rowcount


SEARCH_CONFIG = "english"


def search_query(text: str) -> SearchQuery:
    """The visitor's words in web-search syntax. Runs of Japanese, Chinese or Korean also
    match as phrases of character bigrams (the stored vector holds them), so 外相会談 finds
    a body that says 日米外相会談: each run matches either as a whole word (a name or alias
    stored as written) or as its bigram phrase, and every other word as usual."""
    from functools import reduce

    from archive.ingest.cjk import CJK_RUN, cjk_bigrams

    runs = CJK_RUN.findall(text)
    if not runs:
        return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
    parts = [
        SearchQuery(run, search_type="plain", config=SEARCH_CONFIG)
        | SearchQuery(cjk_bigrams(run), search_type="phrase", config="simple")
        for run in runs
    ]
    rest = CJK_RUN.sub(" ", text).strip()
    if rest.strip(' "-'):
        parts.append(SearchQuery(rest, search_type="websearch", config=SEARCH_CONFIG))
    return reduce(lambda left, right: left & right, parts)


REFRESH_SEARCH_VECTOR_SQL = """
WITH named AS (
    -- The names and aliases of the people each article mentions, gathered once and used by
    -- both the word and the CJK bigram parts of the vector; in a fixed order, so that the
    -- same rows always give the same vector (positions included) whatever the plan.
    SELECT a2.id, coalesce(string_agg(p.name || ' ' || coalesce((
        SELECT string_agg(al.alias, ' ' ORDER BY al.id) FROM archive_personalias al
        WHERE al.person_id = p.id
    ), ''), ' ' ORDER BY p.id), '') AS names
    FROM archive_article a2
    LEFT JOIN archive_mention m ON m.article_id = a2.id
    LEFT JOIN archive_person p ON p.id = m.person_id
    WHERE a2.id = ANY(%(ids)s)
    GROUP BY a2.id
)
UPDATE archive_article AS a SET search_vector =
    setweight(to_tsvector(%(config)s::regconfig, coalesce(a.title, '')), 'A')
    || setweight(to_tsvector(%(config)s::regconfig, n.names), 'A')
    || setweight(to_tsvector(%(config)s::regconfig, o.name || ' ' || coalesce((
        SELECT w.name FROM archive_outlet w WHERE w.id = a.original_wire_id
    ), '')), 'B')
    || setweight(to_tsvector(%(config)s::regconfig, a.body), 'C')
    -- Japanese, Chinese and Korean: character bigrams (0008_cjk_search).
    || setweight(to_tsvector('simple', archive_cjk_bigrams(coalesce(a.title, ''))), 'A')
    || setweight(to_tsvector('simple', archive_cjk_bigrams(n.names)), 'A')
    || setweight(to_tsvector('simple', archive_cjk_bigrams(a.body)), 'C')
FROM archive_outlet AS o, named AS n
WHERE o.id = a.outlet_id AND n.id = a.id
"""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# The raw bytes never change (a trigger refuses it) and the vector and the pipeline's
# reading are derived: history keeps the fields a person can correct.
@tracked(exclude=["raw", "search_vector", "extraction"])
class Article(models.Model):
    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="articles")
    original_wire = models.ForeignKey(
        Outlet,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="wire_copies",
        help_text="The wire whose copy this report republishes.",
    )
    title = models.CharField(max_length=500)
    section = models.CharField(max_length=200, blank=True)
    # NULL, not "", for a report without an address: the unique constraint ignores NULLs.
    url = models.URLField(max_length=1000, null=True, blank=True)  # noqa: DJ001
    published_on = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    dateline = models.CharField(max_length=300, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=10, blank=True, help_text="ISO 639-1 code")
    body = models.TextField(help_text="Clean text: the report's own paragraphs.")
    raw = models.BinaryField(help_text="The bytes exactly as received. Never modified.")
    raw_sha256 = models.CharField(max_length=64, db_index=True)
    raw_encoding = models.CharField(max_length=40, blank=True)
    source_name = models.CharField(max_length=500, blank=True)
    content_hash = models.CharField(
        max_length=64, db_index=True, help_text="SHA-256 of the normalised clean text."
    )
    status = models.CharField(
        max_length=10, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT
    )
    meetings = models.ManyToManyField(Meeting, through="ArticleMeeting", related_name="articles")
    people = models.ManyToManyField(Person, through="Mention", related_name="articles")
    topics = models.ManyToManyField(Topic, blank=True, related_name="articles")
    curated_fields = ArrayField(
        models.CharField(max_length=50),
        default=list,
        blank=True,
        help_text="Fields a curator corrected; re-running extraction leaves them alone.",
    )
    extraction = models.JSONField(
        default=dict, blank=True, help_text="What the pipeline read, for review."
    )
    search_vector = SearchVectorField(null=True, editable=False)
    batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    corrected_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When a curator last corrected it."
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = [F("published_on").desc(nulls_last=True), "-id"]
        indexes = [
            GinIndex(fields=["search_vector"], name="article_search_gin"),
            models.Index(fields=["status", "published_on"], name="article_status_date"),
            # The search's date orders, walked for one page (deep pages read ids only).
            models.Index(
                F("published_on").desc(nulls_last=True),
                F("id").desc(),
                name="article_published_newest",
                condition=Q(status="published"),
            ),
            models.Index(
                F("published_on").asc(nulls_last=True),
                "id",
                name="article_published_oldest",
                condition=Q(status="published"),
            ),
            # An outlet page's latest wire copies of its reports elsewhere, newest first
            # (walked backward for a page): without it the newest published reports are
            # read one by one until enough copies of that wire turn up.
            models.Index(
                fields=["original_wire", "published_on", "id"],
                name="article_wire_copies",
                condition=Q(status="published", original_wire__isnull=False),
            ),
            # The estimate's sample (`sample_stripe`): the text index of one published
            # report in 64 only, so a sample's match reads 1/64 of the postings.
            GinIndex(
                fields=["search_vector"],
                name="article_sample_search_gin",
                condition=Q(Exact(Mod("id", 64), 0), status="published"),
            ),
            # The same sample by date, for a search by dates without words: its sampled
            # reports read from this small index alone, not from every report in the range.
            models.Index(
                fields=["published_on", "id"],
                name="article_sample_by_date",
                condition=Q(Exact(Mod("id", 64), 0), status="published"),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="article_url_unique"
            ),
            models.CheckConstraint(
                condition=Q(raw_sha256__regex=r"^[0-9a-f]{64}$"), name="article_sha256_hex"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.url == "":
            self.url = None
        raw = bytes(self.raw) if self.raw is not None else b""
        if not self.raw_sha256:
            self.raw_sha256 = sha256_hex(raw)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:article_detail", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED

    @property
    def date_is_month_only(self) -> bool:
        return self.date_precision == DatePrecision.MONTH

    @property
    def date_year_inferred(self) -> bool:
        return self.date_precision == DatePrecision.INFERRED


# The link's copy of its report's date is derived, not a curator's edit: history skips it.
@tracked(exclude=["published_on"])
class ArticleMeeting(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="meeting_links")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="article_links")
    score = models.FloatField(null=True, blank=True)
    linked_by = models.CharField(
        max_length=10, choices=LinkSource.choices, default=LinkSource.CURATOR
    )
    role = models.CharField(
        max_length=10,
        choices=LinkRole.choices,
        default=LinkRole.COVERAGE,
        help_text="A preview is published before the meeting, a follow-up days after it.",
    )
    # The report's publication date, kept equal to it by PostgreSQL triggers (migration
    # 0018, whatever writes the report or the link), so that a meeting's earliest reports
    # are read from an index instead of by joining every link of the meeting to its report.
    published_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "meeting"], name="article_meeting_once")
        ]
        indexes = [
            models.Index(
                fields=["meeting", "published_on", "article"], name="article_meeting_by_date"
            )
        ]

    def __str__(self):
        return f"{self.article} → {self.meeting}"


@tracked()
class Mention(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="mentions")
    count = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-count", "person__name"]
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="mention_once"),
            models.CheckConstraint(condition=Q(count__gte=1), name="mention_count_positive"),
        ]
        # A person's reports by id, read from the index alone: a search narrowed to a
        # person joins these to its sampled reports instead of probing each of them.
        indexes = [models.Index(fields=["person", "article"], name="mention_by_person")]

    def __str__(self):
        return f"{self.person} ×{self.count}"


@tracked()
class Credit(models.Model):
    """A reporter or editor of the article: a credit, not a person in the news."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="credits")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=30, choices=CreditRole.choices)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"


class QuoteQuerySet(models.QuerySet):
    def published(self):
        """Quotes of published reports only."""
        return self.filter(article__status=ArticleStatus.PUBLISHED)

    def for_reading(self):
        """Speaker and source, in the order a reader follows them."""
        return self.select_related("speaker", "article__outlet").order_by(
            "speaker__name", "article__published_on", "article_id", "start"
        )


@tracked()
class Quote(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="quotes"
    )
    text = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the quote in the clean text.")
    end = models.PositiveIntegerField()
    form = models.CharField(max_length=50, blank=True, help_text="How it was attributed.")

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="quote_span_nonempty")
        ]

    def __str__(self):
        return f"{self.speaker or 'Unattributed'}: {self.text[:60]}"

    @property
    def in_headline(self) -> bool:
        """A quote read from the headline: its offsets are in the title, not the body."""
        from archive.ingest.headline_quotes import FORM

        return self.form == FORM


# Topics are a plain many-to-many: their links are recorded too.
pghistory.track(
    pghistory.InsertEvent("topic.add"),
    pghistory.DeleteEvent("topic.remove"),
    obj_field=None,
    model_name="ArticleTopicEvent",
    app_label="archive",
)(Article.topics.through)
