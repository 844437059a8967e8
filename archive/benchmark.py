"""A repeatable benchmark of import and search, on a synthetic corpus made from the seeds.

It runs in a database of its own (created and dropped around the run), so it never touches
the archive's data. Results are printed and written to docs/benchmarks.md."""

import json
import random
import resource
import statistics
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from archive.models import ArticleStatus, Meeting
from archive.services import SEEDS_DIR, articles_import, reference_load

SEARCHES = [
    "/articles/?q=Blinken",
    "/articles/?q=%22hypersonic+missile%22",
    "/articles/?q=China+-Taiwan&sort=newest",
    "/articles/?person=yoshimasa-hayashi&date_from=2022-01-01",
    "/articles/?outlet=efe&topic=china",
    "/articles/?q=alliance&page=3",
    "/meetings/scc-2022-01-07/",
    "/people/antony-blinken/",
]


def synthetic_rows(count: int, seed: int = 7) -> list[dict]:
    """Reports built from the seed paragraphs: each one a shuffled mix with its own URL,
    date near a real meeting and a closing line, so none is an exact duplicate."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(p.strip() for p in text.split("\n\n") if len(p.strip()) > 80)
    meetings = list(Meeting.objects.values_list("start_date", flat=True))
    rows = []
    for number in range(count):
        day = rng.choice(meetings) + timedelta(days=rng.randint(-2, 3))
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(5, 10)))
        body.append(f"This is synthetic report number {number} for the benchmark.")
        rows.append(
            {
                "url": f"https://bench.example/{number}",
                "title": f"Allies' ministers meet ({number})",
                "published": day.isoformat(),
                "text": "\n\n".join(body),
            }
        )
    return rows


@dataclass
class BenchmarkResult:
    reports: int
    import_seconds: float
    per_report_ms: float
    created: int
    failed: int
    peak_rss_mb: float
    page_ms: dict = field(default_factory=dict)
    page_queries: dict = field(default_factory=dict)


def time_pages(client: Client, repeat: int) -> tuple[dict, dict]:
    timings, queries = {}, {}
    for url in SEARCHES:
        samples = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                samples.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{url} answered {response.status_code}")
        timings[url] = statistics.median(samples)
        queries[url] = len(captured)
    return timings, queries


def run_benchmark(*, reports: int, repeat: int = 5) -> BenchmarkResult:
    reference_load()
    rows = synthetic_rows(reports)
    data = "\n".join(json.dumps(row) for row in rows).encode()
    started = time.perf_counter()
    report = articles_import(
        files=[("bench.jsonl", data)], channel="command", status=ArticleStatus.PUBLISHED
    )
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    client = Client()
    page_ms, page_queries = time_pages(client, repeat)
    return BenchmarkResult(
        reports=reports,
        import_seconds=round(seconds, 2),
        per_report_ms=round(seconds * 1000 / max(reports, 1), 1),
        created=report.created,
        failed=report.failed,
        peak_rss_mb=round(peak_mb, 1),
        page_ms={url: round(ms, 1) for url, ms in page_ms.items()},
        page_queries=page_queries,
    )
