"""The archive's data: outlets, people and their offices, meetings, articles and what
curators and the ingestion pipeline record about them. Reads go through one custom
QuerySet per model; writes go through `archive.services`."""

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


class OutletKind(models.TextChoices):
    WIRE = "wire", "Wire agency"
    NEWSPAPER = "newspaper", "Newspaper"
    BROADCASTER = "broadcaster", "Broadcaster"
    GOVERNMENT = "government", "Government"
    AGGREGATOR = "aggregator", "Aggregator"
    BLOG = "blog", "Blog"
    UNKNOWN = "unknown", "Unknown"


class Post(models.TextChoices):
    """What an office is, whatever its printed title (an "Acting Secretary of Defense"
    holds the defense post), so that successors can be found."""

    FOREIGN = "foreign", "Foreign minister / Secretary of State"
    DEFENSE = "defense", "Defense minister / Secretary of Defense"
    HEAD_OF_GOVERNMENT = "head_of_government", "Head of government"
    HEAD_OF_STATE = "head_of_state", "Head of state"
    OTHER = "other", "Other"


class MeetingKind(models.TextChoices):
    """Who met: the 2+2 (both countries' foreign and defense ministers), the leaders, the
    foreign or the defense ministers, a trilateral or larger meeting in which both sit, or
    a call (leaders or ministers, by phone or video), or another ministerial meeting."""

    SCC = "scc", "2+2 Security Consultative Committee"
    SUMMIT = "summit", "Leaders' summit"
    FOREIGN_MINISTERS = "foreign_ministers", "Foreign ministers' meeting"
    DEFENSE_MINISTERS = "defense_ministers", "Defense ministers' meeting"
    MULTILATERAL = "multilateral", "Trilateral or multilateral meeting"
    CALL = "call", "Call"
    # Ministers of different posts, or other ministers (an economic "2+2", trade talks).
    MINISTERIAL = "ministerial", "Other ministerial meeting"


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    PHONE = "phone", "By phone"
    VIDEO = "video", "By video"
    VIRTUAL = "virtual", "Virtual"
    HYBRID = "hybrid", "Hybrid"


# What the series keys of the reference data stand for; a curator's new key is shown as
# written, its hyphens as spaces.
SERIES_LABELS = {
    "scc": "Security Consultative Committee (2+2)",
    "extended-deterrence-dialogue": "Ministerial meeting on extended deterrence",
    "quad-leaders": "Quad leaders",
    "quad-foreign-ministers": "Quad foreign ministers",
    "us-japan-rok-trilateral": "Japan–U.S.–ROK trilateral",
    "us-japan-australia-trilateral": "Japan–U.S.–Australia trilateral",
    "us-japan-philippines-trilateral": "Japan–U.S.–Philippines trilateral",
    "us-japan-australia-philippines": "Japan–U.S.–Australia–Philippines",
    "us-japan-india-trilateral": "Japan–U.S.–India trilateral",
    "g7-summit": "G7 leaders' summit",
    "g8-summit": "G8 leaders' summit",
    "g7-foreign-ministers": "G7 foreign ministers' meeting",
    "g8-foreign-ministers": "G8 foreign ministers' meeting",
    "g7-sidelines": "On the sidelines of the G7",
    "g8-sidelines": "On the sidelines of the G8",
    "g20-sidelines": "On the sidelines of the G20",
    "apec-sidelines": "On the sidelines of APEC",
    "asean-sidelines": "On the sidelines of ASEAN meetings",
    "un-sidelines": "On the sidelines of the UN",
    "quad-sidelines": "On the sidelines of the Quad",
    "nato-sidelines": "On the sidelines of NATO",
}


def series_label(key: str) -> str:
    return SERIES_LABELS.get(key, key.replace("-", " ")) if key else ""


class LinkRole(models.TextChoices):
    """What a report is to the meeting it is linked to, by its date: written before the
    meeting, about it, or looking back at it later."""

    COVERAGE = "coverage", "Report"
    PREVIEW = "preview", "Preview"
    FOLLOW_UP = "follow_up", "Follow-up"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    INFERRED = "inferred", "Inferred from the meeting"
    UNKNOWN = "unknown", "Unknown"


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    REJECTED = "rejected", "Rejected"


class CreditRole(models.TextChoices):
    REPORTER = "reporter", "Reporting"
    ADDITIONAL_REPORTING = "additional_reporting", "Additional reporting"
    EDITOR = "editor", "Editing"
    STAFF = "staff", "Staff byline"


class AliasKind(models.TextChoices):
    SPELLING = "spelling", "Other spelling"
    MISSPELLING = "misspelling", "Misspelling seen in print"
    SURNAME_FIRST = "surname_first", "Surname first"
    NATIVE_SCRIPT = "native_script", "Native script"


class LinkSource(models.TextChoices):
    AUTOMATIC = "automatic", "Linked by the pipeline"
    CURATOR = "curator", "Linked by a curator"


class ImportChannel(models.TextChoices):
    ADMIN = "admin", "Admin import page"
    COMMAND = "command", "import_articles command"
    SEED = "seed", "Seed corpus"


class SortKey(models.TextChoices):
    """How search results are ordered; "relevance" needs words to rank by."""

    RELEVANCE = "relevance", "Relevance"
    NEWEST = "newest", "Newest first"
    OLDEST = "oldest", "Oldest first"


def tracked(**options):
    """Every insert, update and delete of the model is recorded by PostgreSQL triggers
    (django-pghistory), whichever code path made it: an admin page, a bulk action, an
    import, a shell. Who and through what comes from `pghistory.context`."""
    return pghistory.track(
        pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent(), **options
    )


# --- Outlets -------------------------------------------------------------------------


class OutletQuerySet(models.QuerySet):
    def public(self):
        """Outlets a visitor may see: reference data, confirmed by a curator, or the
        outlet (or wire) of a published report. One a draft import created is not."""
        published = Article.objects.published()
        return self.filter(
            Q(curated=True)
            | Exists(published.filter(outlet=OuterRef("pk")))
            | Exists(published.filter(original_wire=OuterRef("pk")))
        )

    def with_published_counts(self):
        """Published reports and published wire copies per outlet, read from the counts
        the write path keeps (`PublishedCount`), one index look-up each."""
        return self.annotate(
            article_count=published_count(CountKind.OUTLET),
            wire_copy_count=published_count(CountKind.WIRE),
        )


@tracked()
class Outlet(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=OutletKind.choices, default=OutletKind.UNKNOWN)
    country = models.CharField(max_length=100, blank=True)
    language = models.CharField(max_length=10, blank=True, help_text="ISO 639-1 code")
    homepage = models.URLField(blank=True)
    aliases = ArrayField(
        models.CharField(max_length=200),
        default=list,
        blank=True,
        help_text="Other names, domains and wire credits the pipeline recognises, e.g. “(EFE)”.",
    )
    republishes = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="republished_by",
        help_text="Wire services whose copy this outlet republishes.",
    )
    curated = models.BooleanField(
        default=True,
        help_text="Reference data or confirmed by a curator. An outlet an import created "
        "stays off the public pages until a published report or a curator vouches for it.",
    )

    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("archive:outlet_detail", args=[self.slug])


@tracked()
class BoilerplatePattern(models.Model):
    """A line the pipeline drops: site chrome, sign-up prompts, editor tags. Global when
    no outlet is set."""

    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.CASCADE, related_name="boilerplate"
    )
    pattern = models.CharField(
        max_length=500, help_text="A regular expression that a whole line must match."
    )
    note = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["outlet__name", "pattern"]
        constraints = [
            models.UniqueConstraint(
                fields=["outlet", "pattern"],
                name="boilerplate_unique_per_outlet",
                nulls_distinct=False,
            )
        ]

    def __str__(self):
        return self.pattern


# --- People and offices ----------------------------------------------------------------


class PersonQuerySet(models.QuerySet):
    def public(self):
        """People a visitor may see: reference data, confirmed by a curator, at a meeting,
        or named or quoted in a published report. One a draft import created is not."""
        published = ArticleStatus.PUBLISHED
        return self.filter(
            Q(curated=True)
            | Exists(MeetingParticipant.objects.filter(person=OuterRef("pk")))
            | Exists(Mention.objects.filter(person=OuterRef("pk"), article__status=published))
            | Exists(Quote.objects.filter(speaker=OuterRef("pk"), article__status=published))
        )

    def with_public_counts(self):
        """Published reports that mention each person (kept by the write path in
        `PublishedCount`) and meetings they attended, as subqueries so that the two
        counts cannot multiply each other."""
        attended = MeetingParticipant.objects.filter(person=OuterRef("pk")).values("person")
        return self.annotate(
            article_count=published_count(CountKind.PERSON),
            meeting_count=count_subquery(attended),
        )

    def named_in(self, text: str):
        """People a visitor may mean by `text`: it contains one of their names or aliases
        ("Anthony Blinken said", 林芳正), or it is part of one ("Hayashi")."""
        from django.db.models.functions import Lower
        from django.db.models.lookups import Contains

        text = " ".join((text or "").split())
        if not text:
            return self.none()
        needle = models.Value(text.lower(), output_field=models.CharField())
        name_in_text = Contains(needle, Lower(F("name"))) | Contains(
            needle, Lower(F("aliases__alias"))
        )
        matches = Q(name_in_text)
        if len(text) >= 3:
            matches |= Q(name__icontains=text) | Q(aliases__alias__icontains=text)
        # A whole word of the text that is a whole word of a name ("Hayashi Taiwan").
        import re

        for word in re.findall(r"\w{4,}", text)[:8]:
            pattern = rf"\m{word}\M"  # PostgreSQL word boundaries; \w+ needs no escaping
            matches |= Q(name__iregex=pattern) | Q(aliases__alias__iregex=pattern)
        ids = self.filter(matches).values("pk")
        return self.filter(pk__in=ids)


@tracked()
class Person(models.Model):
    name = models.CharField(max_length=200, help_text="Canonical name, given name first.")
    slug = models.SlugField(max_length=200, unique=True)
    country = models.CharField(max_length=100, blank=True)
    description = models.CharField(max_length=300, blank=True)
    curated = models.BooleanField(
        default=True,
        help_text="Reference data or confirmed by a curator. A person an import created "
        "stays off the public pages until a published report or a curator vouches for them.",
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("archive:person_detail", args=[self.slug])


@tracked()
class PersonAlias(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=AliasKind.choices, default=AliasKind.SPELLING)

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "person aliases"
        constraints = [
            models.UniqueConstraint(fields=["person", "alias"], name="alias_unique_per_person")
        ]

    def __str__(self):
        return self.alias


class OfficeQuerySet(models.QuerySet):
    def held_on(self, day):
        """Offices held on `day`.

        A term with a known start runs until its recorded end; with no end recorded, a
        term in a one-holder post runs until someone else's term in the same post and
        country starts. A term whose start is unknown counts only where a meeting on that
        day records it."""
        successor_started = Office.objects.filter(
            post=OuterRef("post"),
            country=OuterRef("country"),
            start__gt=OuterRef("start"),
            start__lte=day,
        ).exclude(person=OuterRef("person"))
        # Only a one-holder post (foreign, defense, head of government or state) is ended
        # by a successor; "other" posts may be held by many people at once.
        open_ended = Q(end__isnull=True) & ~Q(post=Post.OTHER) & ~Q(Exists(successor_started))
        known_term = Q(start__lte=day) & (
            Q(end__gt=day) | open_ended | Q(end__isnull=True, post=Post.OTHER)
        )
        attested = Q(
            participations__meeting__start_date__lte=day,
            participations__meeting__end_date__gte=day,
        )
        return self.filter(known_term | attested).distinct()

    def with_successor_start(self):
        """`successor_start`: when someone else's term in the same one-holder post and
        country began, for terms whose end no source records."""
        successor = (
            Office.objects.filter(
                post=OuterRef("post"), country=OuterRef("country"), start__gt=OuterRef("start")
            )
            .exclude(person=OuterRef("person"))
            .exclude(post=Post.OTHER)
            .order_by("start")
            .values("start")[:1]
        )
        return self.annotate(successor_start=models.Subquery(successor))


@tracked()
class Office(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="offices")
    title = models.CharField(max_length=200)
    post = models.CharField(max_length=30, choices=Post.choices, default=Post.OTHER)
    country = models.CharField(max_length=100)
    start = models.DateField(null=True, blank=True, help_text="Blank when no source confirms it.")
    end = models.DateField(
        null=True, blank=True, help_text="Blank while in office or when no source confirms it."
    )
    source_url = models.TextField(blank=True)

    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = [F("start").asc(nulls_first=True), "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=F("start")),
                name="office_ends_after_start",
            ),
            models.UniqueConstraint(
                fields=["person", "title", "country", "start"],
                name="office_unique_term",
                nulls_distinct=False,
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.country})"

    @property
    def effective_end(self):
        """The recorded end, else the day a successor took the post (when the QuerySet
        was annotated `with_successor_start`): Blinken's term ends when Rubio's begins."""
        return self.end or getattr(self, "successor_start", None)

    @property
    def span(self) -> str:
        start = self.start.isoformat() if self.start else "?"
        end = self.effective_end
        end = end.isoformat() if end else ("?" if not self.start else "")
        return f"{start} – {end}".strip()


# --- Topics and meetings -------------------------------------------------------------


class TopicQuerySet(models.QuerySet):
    def public(self):
        return self  # topics are reference data only

    def with_published_counts(self):
        """Published reports per topic, read from `PublishedCount`."""
        return self.annotate(article_count=published_count(CountKind.TOPIC))


@tracked()
class Topic(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    keywords = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        help_text="Words and phrases the pipeline looks for.",
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("archive:topic_detail", args=[self.slug])


class MeetingQuerySet(models.QuerySet):
    def public(self):
        return self  # meetings are reference data or a curator's

    def with_public_report_counts(self):
        """Published reports per meeting, read from `PublishedCount`."""
        return self.annotate(report_count=published_count(CountKind.MEETING))

    def with_participants(self):
        """The people at each meeting and the post each held that day, in two queries."""
        return self.prefetch_related(
            models.Prefetch(
                "participations",
                queryset=MeetingParticipant.objects.select_related("person", "office"),
            )
        )

    def attended_by(self, people):
        return self.filter(
            Exists(MeetingParticipant.objects.filter(meeting=OuterRef("pk"), person__in=people))
        )


@tracked()
class Meeting(models.Model):
    kind = models.CharField(max_length=20, choices=MeetingKind.choices, default=MeetingKind.SCC)
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    start_date = models.DateField()
    end_date = models.DateField()
    city = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=100, blank=True)
    format = models.CharField(
        max_length=20, choices=MeetingFormat.choices, default=MeetingFormat.IN_PERSON
    )
    series = models.SlugField(
        max_length=60,
        blank=True,
        help_text="A recurring series, as a short key: “scc”, “quad-leaders”, "
        "“us-japan-rok-trilateral”, “g7-sidelines”. Blank for a one-off.",
    )
    other_countries = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        help_text="Countries at the table besides the United States and Japan.",
    )
    summary = models.TextField(blank=True)
    date_note = models.CharField(
        max_length=300,
        blank=True,
        help_text="When reports may date it differently (time zones), say so here.",
    )
    first_local_date = models.DateField(
        null=True,
        blank=True,
        help_text="The earliest date the meeting fell on in any host's time zone, when "
        "earlier than the start date (6 January in Washington for a meeting on the "
        "morning of 7 January in Tokyo). Reports dated then are on the meeting's day.",
    )
    keywords = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        help_text="Words that point a report at this meeting, e.g. “two-plus-two”.",
    )
    source_url = models.TextField(blank=True)
    source_title = models.CharField(
        max_length=300, blank=True, help_text="The title of the page the source address names."
    )
    participants = models.ManyToManyField(
        Person, through="MeetingParticipant", related_name="meetings"
    )

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")), name="meeting_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(first_local_date__isnull=True)
                | Q(first_local_date__lte=F("start_date")),
                name="meeting_first_local_date_not_after_start",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("archive:meeting_detail", args=[self.slug])

    @property
    def series_label(self) -> str:
        return series_label(self.series)


@tracked()
class MeetingParticipant(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="participations")
    office = models.ForeignKey(
        Office,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participations",
        help_text="The post held on the day of the meeting.",
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "person__name"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="participant_once")
        ]

    def __str__(self):
        return f"{self.person} at {self.meeting}"


class OfficialDocumentKind(models.TextChoices):
    JOINT_STATEMENT = "joint_statement", "Joint statement"
    FACT_SHEET = "fact_sheet", "Fact sheet"
    REMARKS = "remarks", "Remarks / transcript"
    PRESS_RELEASE = "press_release", "Press release"
    OTHER = "other", "Other"


@tracked()
class OfficialDocument(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(max_length=20, choices=OfficialDocumentKind.choices)
    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500)

    class Meta:
        ordering = ["kind", "title"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "url"], name="document_once_per_meeting")
        ]

    def __str__(self):
        return self.title


# --- Import batches ----------------------------------------------------------------------


class BatchState(models.TextChoices):
    RUNNING = "running", "Running"
    FINISHED = "finished", "Finished"
    INTERRUPTED = "interrupted", "Interrupted"


class ImportBatch(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=12, choices=BatchState.choices, default=BatchState.RUNNING)
    pid = models.PositiveIntegerField(null=True, blank=True, help_text="The importing process.")
    heartbeat_at = models.DateTimeField(
        null=True, blank=True, help_text="When the import last recorded progress."
    )
    finished_at = models.DateTimeField(null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    channel = models.CharField(max_length=20, choices=ImportChannel.choices)
    source = models.CharField(max_length=500, help_text="File names or “pasted text”.")
    created = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "import batches"

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.channel}: {self.source}"


class JobStep(models.TextChoices):
    PREVIEW = "preview", "Read and preview"
    IMPORT = "import", "Import"


class JobState(models.TextChoices):
    QUEUED = "queued", "Waiting for a worker"
    RUNNING = "running", "Working"
    READY = "ready", "Ready"
    FAILED = "failed", "Failed"


class ImportJob(models.Model):
    """An upload read (preview) or imported (confirm) by a background worker, so that no
    web request waits for parsing: the page shows progress, then the result."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    step = models.CharField(max_length=10, choices=JobStep.choices)
    state = models.CharField(max_length=10, choices=JobState.choices, default=JobState.QUEUED)
    article_status = models.CharField(
        max_length=10, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT
    )
    files = models.JSONField(default=list, help_text="[name, base64 bytes] of each upload.")
    answers = models.JSONField(
        default=dict, blank=True, help_text="The curator's corrections, when importing."
    )
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    result = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_step_display()} job {self.pk} ({self.get_state_display()})"

    @property
    def finished(self) -> bool:
        return self.state in (JobState.READY, JobState.FAILED)


class ImportJobReport(models.Model):
    """One report of a preview job as the preview page shows it (bounded whatever the
    report's size), written by the worker a chunk at a time as it reads, so that neither
    the worker nor the job's row holds the whole batch."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="reports")
    position = models.PositiveIntegerField(help_text="The report's place in the batch, from 0.")
    shown = models.JSONField(help_text="The status, message and parsed fields the page shows.")
    form = models.JSONField(
        null=True, blank=True, help_text="A parsed report's name, form values and unknown names."
    )

    class Meta:
        ordering = ["job", "position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="import_job_report_once")
        ]

    def __str__(self):
        return f"report {self.position} of import job {self.job_id}"


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


class CountKind(models.TextChoices):
    """What a row of `PublishedCount` counts published reports by: its key is the kind,
    a colon and the id (or the language code)."""

    TOTAL = "total", "All published reports"
    PERSON = "person", "Reports that mention a person"
    OUTLET = "outlet", "Reports of an outlet"
    WIRE = "wire", "Copies of a wire's reports"
    MEETING = "meeting", "Reports linked to a meeting"
    TOPIC = "topic", "Reports on a topic"
    LANGUAGE = "language", "Reports in a language"
    DAY = "day", "Reports published on a day (key: the date, empty when undated)"
    # Per meeting (key: kind, meeting id, value): what its page counts by.
    MEETING_LANGUAGE = "meeting-language", "A meeting's reports in a language"
    MEETING_OUTLET = "meeting-outlet", "A meeting's reports from an outlet"
    MEETING_ROLE = "meeting-role", "A meeting's reports linked in a role"
    MEETING_SPEAKER = "meeting-speaker", "Quotes of a speaker (0: none) in a meeting's reports"


def published_count(kind: str):
    """The kept count of published reports for `kind` and the row's id, as an
    annotation: one primary-key look-up in `PublishedCount` per row, 0 when absent."""
    from django.db.models.functions import Cast, Coalesce, Concat

    key = Concat(models.Value(f"{kind}:"), Cast(OuterRef("pk"), models.CharField()))
    counted = PublishedCount.objects.filter(key=key).values("count")[:1]
    return Coalesce(models.Subquery(counted, output_field=models.IntegerField()), 0)


def count_subquery(queryset):
    """COUNT(*) of `queryset` (already narrowed with OuterRef) as an annotation."""
    from django.db.models.functions import Coalesce

    counted = queryset.order_by().annotate(total=models.Count("pk"))
    return Coalesce(
        models.Subquery(counted.values("total")[:1], output_field=models.IntegerField()), 0
    )


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


# Topics are a plain many-to-many: their links are recorded too.
pghistory.track(
    pghistory.InsertEvent("topic.add"),
    pghistory.DeleteEvent("topic.remove"),
    obj_field=None,
    model_name="ArticleTopicEvent",
    app_label="archive",
)(Article.topics.through)


class PublishedCount(models.Model):
    """Published reports per person, outlet, wire, meeting, topic and language, and in
    all (`CountKind`): what the lists and the unfiltered search read instead of counting
    a million rows. Kept true by `archive.services.counts` on every write path;
    `manage.py counts_rebuild` fills it from scratch."""

    key = models.CharField(max_length=60, primary_key=True)
    count = models.IntegerField(default=0)

    def __str__(self):
        return f"{self.key}: {self.count}"


class CountedArticle(models.Model):
    """The keys of `PublishedCount` a published report adds one to, as last counted: a
    recount subtracts these and adds what the report counts for now, so any change (an
    edit, a status, a deletion) is counted by recounting the reports it touched."""

    article_id = models.BigIntegerField(primary_key=True)
    keys = ArrayField(models.CharField(max_length=60), default=list)

    def __str__(self):
        return f"{self.article_id}: {len(self.keys)} keys"


class IdArray:
    """Ids handed to `__any` as one array literal (`'{1,2,3}'::bigint[]`): neither Django's
    lookup resolution nor the driver then walks thousands of ids one by one (about 70 ms
    for a common word's page of sampled ids)."""

    def __init__(self, ids):
        self.literal = "{" + ",".join(str(int(pk)) for pk in ids) + "}"


@models.Field.register_lookup
class AnyOf(models.Lookup):
    """`field__any=[...]`: `field = ANY(%s)` with the list as one array parameter (an
    `__in` with thousands of ids would be thousands of parameters)."""

    lookup_name = "any"
    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        if isinstance(value, IdArray):
            return ("%s::bigint[]", [value.literal])
        return ("%s", [list(value)])

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]


class WithdrawnArticle(models.Model):
    """What stays of a published report a curator withdrew: enough to cite it and to say
    why it is gone. Its address answers 410 Gone with this."""

    article_id = models.BigIntegerField(unique=True, help_text="The withdrawn article's number.")
    title = models.CharField(max_length=500)
    outlet_name = models.CharField(max_length=200)
    published_on = models.DateField(null=True, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    raw_sha256 = models.CharField(max_length=64)
    reason = models.TextField()
    withdrawn_at = models.DateTimeField(auto_now_add=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering = ["-withdrawn_at"]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="withdrawal_has_reason"),
        ]

    def __str__(self):
        return f"Withdrawn: {self.title}"
