"""`python manage.py evaluate [--split dev|holdout|all]` (`make eval`): the pipeline scored
on the labeled corpus in `eval/corpus/`, with the reference data the archive ships (loaded
into a throwaway database, read, dropped). Prints a table per split; writes
`eval/results/latest.json` and the `## Accuracy` section of `docs/ingestion.md`."""

import shlex
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.evaluation import (
    LabelError,
    NameResolver,
    corpus_load,
    corpus_score,
    evaluation_reference,
    people_outside_reference,
    shipped_reference,
    split_summary,
)
from archive.evaluation.intervals import gap_intervals, language_intervals, score_intervals
from archive.evaluation.results import (
    comparison_table,
    docs_write,
    holdout_gaps,
    interval_table,
    markdown_section,
    results_merge,
    run_intervals,
    shortfalls,
    split_table,
    text_table,
)

BASE = Path(settings.BASE_DIR)
CORPUS = BASE / "eval" / "corpus"
RESULTS = BASE / "eval" / "results" / "latest.json"
DOCS = BASE / "docs" / "ingestion.md"
INTRO = """`make eval` (`python manage.py evaluate --split dev|holdout|all`) runs every report
of the labeled corpus (`eval/corpus/`, see its README) through `parse_report` with the
reference data the archive ships, and scores what it reads against labels written by hand."""


def git_commit() -> str:
    """The checkout's commit, marked when the code or data under archive/ (the pipeline,
    the reference data and their loading) differs from it."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=BASE,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "archive", ":!archive/evaluation"],
            cwd=BASE,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit} + uncommitted changes under archive/" if dirty else commit


def _load_reports(options: dict, ids: set[str] | None) -> list:
    try:
        reports = corpus_load(options["corpus"], split=options["split"], ids=ids)
    except LabelError as error:
        raise CommandError(f"corpus: {error}") from error
    if not reports:
        raise CommandError("no report to score")
    return reports


def split_runs(reports: list, reference, *, asked: str, ids: set[str] | None) -> dict:
    """{split: the run's record (stamp, reports scored, summary, people outside the
    reference)} for each split `asked` for ("dev", "holdout" or "all") that has reports."""
    scores = corpus_score(reports, reference)
    names = NameResolver(reference.reference)
    stamp = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "command": "python manage.py evaluate "
        + " ".join(shlex.quote(arg) for arg in sys.argv[2:]),
    }
    splits = ["dev", "holdout"] if asked == "all" else [asked]
    runs = {}
    for split in splits:
        mine = [s for s in scores if s.split == split]
        if not mine:
            continue
        outside = people_outside_reference([r for r in reports if r.label.split == split], names)
        runs[split] = {
            **stamp,
            "reports": [s.id for s in mine] if ids else "all",
            "summary": split_summary(mine, details=split == "dev"),
            "intervals": score_intervals(mine),
            "language_intervals": language_intervals(mine),
            # Holdout labels stay unread: only how many, not who.
            "people_outside_reference": outside if split == "dev" else [],
            "people_outside_reference_count": len(outside),
        }
    if {"dev", "holdout"} <= runs.keys():
        runs["holdout"]["gap_intervals"] = gap_intervals(
            [s for s in scores if s.split == "dev"], [s for s in scores if s.split == "holdout"]
        )
    return runs


class Command(BaseCommand):
    help = "Score the parsing pipeline on the labeled corpus (precision and recall per field)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--split",
            choices=["dev", "holdout", "all"],
            default="dev",
            help="dev while tuning; holdout once, at the end (default: dev)",
        )
        parser.add_argument("--reports", default="", help="only these ids, e.g. 001,002")
        parser.add_argument("--corpus", type=Path, default=CORPUS)
        parser.add_argument("--results", type=Path, default=RESULTS)
        parser.add_argument("--docs", type=Path, default=DOCS)
        parser.add_argument("--no-write", action="store_true", help="print only")
        parser.add_argument(
            "--current-database",
            action="store_true",
            help="read the reference data of the database as it is (no throwaway database)",
        )

    def handle(self, *args, **options):
        ids = {i.strip() for i in options["reports"].split(",") if i.strip()} or None
        reports = _load_reports(options, ids)
        if options["current_database"]:
            reference = evaluation_reference()
        else:
            reference = shipped_reference()
        runs = split_runs(reports, reference, asked=options["split"], ids=ids)
        self.print_runs(runs)
        if options["no_write"]:
            return
        if ids and (options["results"] == RESULTS or options["docs"] == DOCS):
            # A partial run must not stand in the shared record for the whole corpus.
            self.stdout.write("\n(only some reports scored: eval/results and docs left alone)")
            return
        merged = results_merge(options["results"], runs)
        docs_write(options["docs"], markdown_section(merged), intro=INTRO)
        self.stdout.write(
            f"\nwrote {options['results']} and the Accuracy section of {options['docs']}"
        )

    def print_runs(self, runs: dict) -> None:
        """A table per split and what falls short of the targets; dev against holdout."""
        for split, run in runs.items():
            self.stdout.write(
                f"\n{split}: {run['summary']['reports']} reports (precision / recall, %)"
            )
            self.stdout.write(text_table(split_table(run["summary"])))
            intervals = interval_table(run)
            if intervals:
                self.stdout.write("overall, with 95% intervals (bootstrap over reports):")
                self.stdout.write(text_table(intervals))
            below = shortfalls(run["summary"], run_intervals(run))
            self.stdout.write(
                "under target (95 overall, 90 per language):" + ("" if below else " none")
            )
            for line in below:
                self.stdout.write(f"  {line}")
        comparison = comparison_table(runs)
        if comparison:
            self.stdout.write("\ndev against holdout (gap = holdout - dev, points)")
            self.stdout.write(text_table(comparison))
            for line in holdout_gaps(runs):
                self.stdout.write(f"  more than 5 points apart: {line}")
