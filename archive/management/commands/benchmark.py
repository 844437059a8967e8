"""`python manage.py benchmark --reports 100000`: the archive measured through gunicorn on a
synthetic corpus in its own database (built or reused); results go to docs/benchmarks.md,
newest first, earlier results kept below."""

import os
import shlex
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.benchmark import markdown, run_benchmark
from archive.corpus import DEFAULT_DATABASE

RESULTS = Path(settings.BASE_DIR) / "docs" / "benchmarks.md"
MARKER = "<!-- results: newest first; make bench adds its run here -->"


def results_insert(text: str, *, path: Path = RESULTS) -> None:
    """Put `text` right under the marker, above every earlier result."""
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARKER not in current:
        current = f"# Benchmarks\n\n{MARKER}\n\n{current}"
    head, _, rest = current.partition(MARKER)
    path.write_text(f"{head}{MARKER}\n\n{text}\n{rest.lstrip()}", encoding="utf-8")


class Command(BaseCommand):
    help = "Time the pages through gunicorn on a synthetic corpus; write docs/benchmarks.md."

    def add_arguments(self, parser):
        parser.add_argument("--reports", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--database", default=DEFAULT_DATABASE)
        parser.add_argument("--requests", type=int, default=20, help="timed requests a page")
        parser.add_argument(
            "--page-budget", type=float, default=60.0, help="seconds a page may take in all"
        )
        parser.add_argument("--clients", type=int, default=8)
        parser.add_argument("--import-reports", type=int, default=20)
        parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
        parser.add_argument("--no-write", action="store_true", help="do not update docs/")

    def handle(self, *args, **options):
        if options["reports"] < 1:
            raise CommandError("--reports must be at least 1")
        result = run_benchmark(
            reports=options["reports"],
            seed=options["seed"],
            database=options["database"],
            requests=options["requests"],
            page_budget=options["page_budget"],
            clients=options["clients"],
            import_reports=options["import_reports"],
            workers=options["workers"],
            progress=lambda message: self.stderr.write(message),
        )
        command = "python manage.py benchmark " + " ".join(shlex.quote(arg) for arg in sys.argv[2:])
        text = markdown(result, command=command.strip())
        self.stdout.write(text)
        if not options["no_write"]:
            results_insert(text)
