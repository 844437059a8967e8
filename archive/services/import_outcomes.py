"""What an import came to: each report's outcome and the batch's counts and failures (the
types `services.imports`, the pre-parsed path and the admin's jobs share)."""

from collections import Counter
from dataclasses import dataclass, field

from django.db import models

from archive.models import ImportBatch

MESSAGE_LIMIT = 1000  # characters of a failure's message kept in the batch log


class ImportStatus(models.TextChoices):
    CREATED = "created", "Created"
    DUPLICATE = "duplicate", "Duplicate"
    FAILED = "failed", "Failed"
    PARSED = "parsed", "Ready to import"  # dry run: read, nothing saved


@dataclass
class ImportOutcome:
    name: str
    status: str
    message: str = ""
    article_id: int | None = None
    parsed: object = None  # archive.ingest.pipeline.ParsedReport, when parsing succeeded
    shared: list = field(default_factory=list)  # dry runs: shared-text matches

    def as_dict(self) -> dict:
        data = {"source": self.name, "status": self.status}
        if self.message:
            data["message"] = self.message
        if self.article_id:
            data["article_id"] = self.article_id
        if self.parsed is not None:
            data["parsed"] = self.parsed.to_dict()
            data["parsed"]["shared_text"] = self.shared
        return data


@dataclass
class ImportReport:
    """What a batch came to: counts by status and every failure (name and reason), and,
    unless the caller streams them (`keep_outcomes=False`), the outcomes themselves."""

    outcomes: list = field(default_factory=list)
    batch: ImportBatch | None = None
    counts: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)  # {"source", "message"}, in order

    def add(self, outcome: ImportOutcome, *, keep: bool = True) -> None:
        self.counts[outcome.status] += 1
        if outcome.status == ImportStatus.FAILED:
            self.failures.append(
                {"source": outcome.name, "message": outcome.message[:MESSAGE_LIMIT]}
            )
        if keep:
            self.outcomes.append(outcome)

    def count(self, status: str) -> int:
        return self.counts[status]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def created(self):
        return self.count(ImportStatus.CREATED)

    @property
    def duplicates(self):
        return self.count(ImportStatus.DUPLICATE)

    @property
    def failed(self):
        return self.count(ImportStatus.FAILED)

    def summary(self) -> str:
        counts = f"{self.duplicates} duplicates, {self.failed} failed ({self.total} reports)"
        parsed = self.count(ImportStatus.PARSED)
        if parsed or not self.batch:
            return f"{parsed} ready to import, {counts}"
        return f"{self.created} created, {counts}"
