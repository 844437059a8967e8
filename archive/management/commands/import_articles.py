"""Bulk import: `python manage.py import_articles PATH...` (files or folders)."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archive.models import ArticleStatus, ImportChannel
from archive.services import ImportStatus, articles_import

SUPPORTED = {".txt", ".html", ".htm", ".jsonl", ".csv", ".zip"}


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
        "Import reports from text, HTML, JSON Lines, CSV or zip files (or folders of them). "
        "Each report is saved on its own: a broken one is reported and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
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

    def handle(self, *args, paths, dry_run, json: bool, status, **options):
        files = collect_files(paths)
        as_json = json
        loaded = [(str(path), path.read_bytes()) for path in files]
        show_bar = not as_json and sys.stderr.isatty()
        with tqdm(desc="Importing", unit=" report", disable=not show_bar, file=sys.stderr) as bar:
            report = articles_import(
                files=loaded,
                channel=ImportChannel.COMMAND,
                status=status,
                dry_run=dry_run or as_json,
                progress=lambda outcome: bar.update(1),
            )
        if as_json:
            for outcome in report.outcomes:
                self.stdout.write(dump_json(outcome.as_dict()))
            return
        for outcome in report.outcomes:
            if outcome.status == ImportStatus.FAILED:
                self.stderr.write(f"failed: {outcome.name}: {outcome.message}")
            elif outcome.status == ImportStatus.DUPLICATE:
                self.stdout.write(f"duplicate: {outcome.name}: {outcome.message}")
        prefix = "Dry run, nothing saved: " if dry_run else ""
        self.stdout.write(prefix + report.summary())


def dump_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)
