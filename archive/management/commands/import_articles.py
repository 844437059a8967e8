"""Bulk import: `python manage.py import_articles PATH... [--url URL...] [--workers N]` (files,
folders or pages fetched from the web, all in one batch, parsed by N processes), or
`import_articles --preparsed FILE.jsonl` (fields already read, saved in bulk)."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archive.fetch import FetchError, fetch_url, fetched_source, raw_kept
from archive.models import ArticleStatus, ImportChannel
from archive.services import ImportStatus, articles_import
from archive.services.import_parallel import default_workers
from archive.services.preparsed import preparsed_import

SUPPORTED = {".txt", ".html", ".htm", ".jsonl", ".ndjson", ".csv", ".zip"}


def collect_files(paths: list[str]) -> list[Path]:
    files = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            )
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"{name}: no such file or folder")
    return files


class Command(BaseCommand):
    help = (
        "Import reports from text, HTML, JSON Lines, CSV or zip files (or folders of them), "
        "or from web pages (--url). Each report is saved on its own: a broken one, or a page "
        "that cannot be fetched, is reported and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="files or folders")
        parser.add_argument(
            "--url",
            nargs="+",
            action="extend",
            default=[],
            dest="urls",
            metavar="URL",
            help="fetch these pages (http or https, HTML or plain text, at most 5 MB) and "
            "import them with their URL; private and internal addresses are refused",
        )
        parser.add_argument("--dry-run", action="store_true", help="parse and report, save nothing")
        parser.add_argument(
            "--json",
            action="store_true",
            help="print one JSON object per report with every parsed field; saves nothing",
        )
        parser.add_argument(
            "--status",
            choices=ArticleStatus.values,
            default=ArticleStatus.DRAFT,
            help="status of the new articles (default: draft)",
        )
        parser.add_argument(
            "--preparsed",
            action="store_true",
            help="the files are pre-parsed JSON Lines (fields already read: title, body, "
            "outlet, date, people, quotes, topics, meetings; schema in docs/import.md), "
            "saved in bulk without parsing",
        )
        parser.add_argument(
            "--no-shared-passages",
            action="store_false",
            dest="shared_passages",
            help="with --preparsed: skip comparing each new report with the archive's "
            "(the largest loads); no shared passages are then recorded for them",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=default_workers(),
            help="processes that parse reports side by side (default: the CPU count, "
            f"{default_workers()} here); the saving stays in order, in this process",
        )

    def handle(self, *args, paths, urls, dry_run, json: bool, status, workers, **options):
        if not paths and not urls:
            raise CommandError("give files or folders to import, or --url URL...")
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        if options["preparsed"]:
            return self.import_preparsed(
                paths, urls=urls, dry_run=dry_run or json, status=status, **options
            )
        as_json = json
        # Read when their turn comes: one file in memory at a time.
        loaded = [(str(path), path) for path in collect_files(paths)]
        fetched, not_fetched = fetch_pages(urls)
        for page, source in fetched:
            if not raw_kept(page) and not as_json:
                self.stdout.write(
                    f"note: {page.url}: the page is in {page.charset or 'another encoding'}; "
                    "it is stored converted to UTF-8"
                )
            loaded.append(source)
        for url, message in not_fetched:
            if as_json:
                failure = {"source": url, "status": ImportStatus.FAILED, "message": message}
                self.stdout.write(dump_json(failure))
            else:
                self.stderr.write(f"failed: {url}: {message}")
        if not loaded:
            if not as_json:
                self.stdout.write(f"Nothing imported: {urls_count(len(not_fetched))} not fetched")
            return
        report = self.import_streamed(
            loaded, status=status, dry_run=dry_run or as_json, as_json=as_json, workers=workers
        )
        if as_json:
            return
        prefix = "Dry run, nothing saved: " if dry_run else ""
        suffix = f"; {urls_count(len(not_fetched))} not fetched" if not_fetched else ""
        self.stdout.write(prefix + report.summary() + suffix)

    def import_preparsed(self, paths, *, urls, dry_run, status, shared_passages, **options):
        if urls or dry_run:
            raise CommandError("--preparsed takes files only (no --url, --dry-run or --json)")
        files = [(str(path), path) for path in collect_files(paths)]
        report = preparsed_import(
            files=files,
            channel=ImportChannel.COMMAND,
            status=status,
            shared_passages=shared_passages,
            progress=self.outcome_written,
        )
        self.stdout.write("Pre-parsed: " + report.summary())

    def outcome_written(self, outcome):
        if outcome.status == ImportStatus.FAILED:
            self.stderr.write(f"failed: {outcome.name}: {outcome.message}")
        elif outcome.status == ImportStatus.DUPLICATE:
            self.stdout.write(f"duplicate: {outcome.name}: {outcome.message}")

    def import_streamed(self, loaded, *, status, dry_run, as_json, workers):
        """Each outcome written as it comes and let go (the report keeps counts only)."""
        show_bar = not as_json and sys.stderr.isatty()

        def shown(outcome):
            bar.update(1)
            if as_json:
                self.stdout.write(dump_json(outcome.as_dict()))
            else:
                self.outcome_written(outcome)

        with tqdm(desc="Importing", unit=" report", disable=not show_bar, file=sys.stderr) as bar:
            return articles_import(
                files=loaded,
                channel=ImportChannel.COMMAND,
                status=status,
                dry_run=dry_run,
                progress=shown,
                workers=workers,
                keep_outcomes=False,
            )


def fetch_pages(urls: list[str]) -> tuple[list, list[tuple[str, str]]]:
    """Each URL fetched (archive.fetch: every address checked, bounded in size and time):
    (page, the (name, bytes) pair to import) for each page, and (url, reason) for each one
    that could not be fetched or read."""
    pages, failures = [], []
    for url in urls:
        try:
            page = fetch_url(url)
            pages.append((page, fetched_source(page)))
        except FetchError as error:
            failures.append((url, error.message))
    return pages, failures


def urls_count(count: int) -> str:
    return f"{count} URL" if count == 1 else f"{count} URLs"


def dump_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)
