"""Outlets, people, their aliases and offices, topics, and boilerplate patterns."""

import re

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse

from .counts import count_subquery, published_count
from .tracking import tracked
from .vocabularies import AliasKind, ArticleStatus, CountKind, OutletKind, Post

# --- Outlets -------------------------------------------------------------------------


class OutletQuerySet(models.QuerySet):
    def public(self):
        """Outlets a visitor may see: reference data, confirmed by a curator, or the
        outlet (or wire) of a published report. One a draft import created is not."""
        # Imported here: those modules import this one (their foreign keys point here).
        from .articles import Article

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
        # Imported here: those modules import this one (their foreign keys point here).
        from .articles import Mention, Quote
        from .meetings import MeetingParticipant

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
        from .meetings import MeetingParticipant

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
        # A whole word of the text that is a whole word of a name ("Hayashi Taiwan"), unless
        # a name or alias the text holds has that word: "Anthony Blinken" means Blinken, not
        # also Anthony Albanese. One word alone needs no such reading (whatever has it as a
        # word contains it): one query.
        words = re.findall(r"\w{4,}", text)
        if len(words) > 1:
            whole = list(self.filter(matches).values_list("pk", "name", "aliases__alias"))
            taken = {
                word
                for _, name, alias in whole
                for word in re.findall(r"\w+", f"{name} {alias or ''}".lower())
            }
            matches = Q(pk__in={pk for pk, _, _ in whole})
            words = [word for word in words if word.lower() not in taken]
        for word in words[:8]:
            pattern = rf"\m{word}\M"  # PostgreSQL word boundaries; \w+ needs no escaping
            matches |= Q(name__iregex=pattern) | Q(aliases__alias__iregex=pattern)
        return self.filter(pk__in=self.filter(matches).values("pk"))


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


# --- Topics ----------------------------------------------------------------------------


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
