"""Import batches and background import jobs, and what stays of withdrawn reports."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from .vocabularies import ArticleStatus, BatchState, ImportChannel, JobState, JobStep


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
