"""US–Japan meetings, their participants and their official documents."""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse

from .counts import published_count
from .entities import Office, Person
from .tracking import tracked
from .vocabularies import CountKind, MeetingFormat, MeetingKind, OfficialDocumentKind, series_label


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
