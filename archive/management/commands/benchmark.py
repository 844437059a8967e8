"""`python manage.py benchmark --reports 1000`: import and page timings on a synthetic
corpus, in a throw-away database; results go to docs/benchmarks.md."""

import os
import platform
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection

from archive.benchmark import run_benchmark

RESULTS = Path(settings.BASE_DIR) / "docs" / "benchmarks.md"


class Command(BaseCommand):
    help = "Benchmark import and search on a synthetic corpus in a throw-away database."

    def add_arguments(self, parser):
        parser.add_argument("--reports", type=int, default=1000)
        parser.add_argument("--repeat", type=int, default=5, help="requests per page timed")
        parser.add_argument("--no-write", action="store_true", help="do not update docs/")

    def handle(self, *args, reports, repeat, no_write, **options):
        connection.settings_dict.setdefault("TEST", {})["NAME"] = "archive_benchmark"
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            result = run_benchmark(reports=reports, repeat=repeat)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        lines = [
            f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC — {reports} synthetic reports",
            "",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, PostgreSQL {connection.pg_version // 10000} "
            f"({'DATABASE_URL' if os.environ.get('DATABASE_URL') else 'embedded pgserver'}).",
            "",
            f"- Import: {result.import_seconds} s in all, {result.per_report_ms} ms per report "
            f"({result.created} created, {result.failed} failed), "
            f"peak RSS {result.peak_rss_mb} MB.",
            "",
            "| page | median ms | queries |",
            "| --- | ---: | ---: |",
            *(
                f"| `{url}` | {ms} | {result.page_queries[url]} |"
                for url, ms in result.page_ms.items()
            ),
            "",
        ]
        text = "\n".join(lines)
        self.stdout.write(text)
        if not no_write:
            header = (
                "# Benchmarks\n\nMade by `make bench` (`python manage.py benchmark`): a synthetic "
                "corpus built from the seed paragraphs is imported through the real pipeline "
                "into a throw-away database, then the main pages are requested through Django's "
                "test client (no network, no gunicorn). Newest run first.\n\n"
                "The synthetic corpus is a worst case for shared-passage detection: every "
                "report is cut from the same seed paragraphs, so nearly every pair of reports "
                "of a meeting shares text (about 6,000 pairs a meeting at 1,000 reports). Each "
                "new report is compared with the reports of its meetings and of the fortnight "
                "around it, so import time per report grows with that neighbourhood, not with "
                "the archive. Query counts do not grow with the data (tests pin them).\n\n"
            )
            previous = RESULTS.read_text().split("\n", 4)[-1] if RESULTS.exists() else ""
            previous = previous[previous.find("## ") :] if "## " in previous else ""
            RESULTS.write_text(header + text + "\n" + previous)
