"""`make import-bench`: the memory and time of a dry run (`import_articles --dry-run`) and of
the admin preview (the worker's `import_job_run` of a job queued beforehand) on batches of
small synthetic reports, written to docs/import-benchmark.md.

    python -m bench.import_memory [--rows 1000 10000] [--preview-rows 1000 10000]

Each measurement runs in a process of its own against a database of its own
(`archive_importbench`: migrated, the reference data loaded, no reports), so that nothing
else's memory is counted and the archive's data is never touched. The peak resident memory
(VmHWM from /proc) of the importing process and of its parse workers is read every 0.1 s
until the process ends.
"""

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE = "archive_importbench"
RESULTS = ROOT / "docs" / "import-benchmark.md"
NAMES = ["Antony Blinken", "Yoshimasa Hayashi", "Lloyd Austin", "Yasukazu Hamada", "Fumio Kishida"]


def rows(count: int, seed: int = 1):
    """`count` small reports (six paragraphs of Zipf-distributed words naming ministers),
    each with its own URL and text: none is a duplicate of another."""
    from archive.corpus.vocabulary import Vocabulary

    vocabulary, rng = Vocabulary(seed), random.Random(seed)
    for n in range(count):
        paragraphs = []
        for p in range(6):
            sentences = []
            for s in range(3):
                words = vocabulary.draw(rng, rng.randint(8, 18))
                if s == 0 and p < 3:
                    words.insert(rng.randint(0, len(words)), rng.choice(NAMES))
                sentences.append(" ".join([words[0][:1].upper() + words[0][1:], *words[1:]]) + ".")
            paragraphs.append(" ".join(sentences))
        text = "TOKYO, Jan 7 (Reuters) - " + "\n\n".join(paragraphs)
        yield {"url": f"https://example.org/bench/{seed}/{n}", "title": f"Report {n}", "text": text}


def batch_write(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as file:
        for row in rows(count):
            file.write(json.dumps(row) + "\n")


def peak_kb(pid: int) -> tuple[int, int]:
    """VmHWM of `pid` and the highest VmHWM among its children, in kB (0 when gone)."""
    from bench.server import children, memory_kb

    def hwm(process):
        try:
            return memory_kb(process).get("VmHWM", 0)
        except OSError:
            return 0

    return hwm(pid), max((hwm(child) for child in children(pid)), default=0)


def measured(command: list[str], env: dict) -> dict:
    """Run `command`; its seconds, exit code, peak memory and last line of output."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=output)
        main = workers = 0
        while process.poll() is None:
            now_main, now_workers = peak_kb(process.pid)
            main, workers = max(main, now_main), max(workers, now_workers)
            time.sleep(0.1)
        output.seek(0)
        lines = output.read().decode(errors="replace").strip().splitlines()
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "code": process.returncode,
        "peak_mb": round(main / 1024, 1),
        "worker_peak_mb": round(workers / 1024, 1),
        "said": lines[-1] if lines else "",
    }


def database_prepare() -> str:
    """`archive_importbench` migrated with the reference data (built once, then reused)."""
    from django.core.management import call_command

    from archive.corpus import load
    from archive.services import reference_load

    if not load.database_exists(DATABASE):
        load.database_recreate(DATABASE)
    load.database_use(DATABASE)
    call_command("migrate", verbosity=0, interactive=False)
    reference_load()
    return load.database_url(DATABASE)


def preview_job(path: Path) -> int:
    """A preview job of `path` queued as the admin page queues it (here, in the harness:
    the upload's bytes are the web request's memory, not the worker's)."""
    from archive.models import ArticleStatus, JobStep
    from archive.services import import_job_create

    job = import_job_create(
        user=None, step=JobStep.PREVIEW, files=[(path.name, path.read_bytes())],
        article_status=ArticleStatus.DRAFT,
    )  # fmt: skip
    return job.pk


def preview_child(job_id: int) -> None:
    """In its own process: the worker's run of the preview job `job_id`, as
    `manage.py db_worker` runs it."""
    from django.db.models.expressions import RawSQL
    from django.db.models.fields.json import KeyTextTransform

    from archive.models import ImportJob
    from archive.services import import_job_run

    import_job_run(job_id=job_id)
    # Read back in SQL: loading the result here would count the page's memory, not the
    # worker's.
    state, error, summary, size = (
        ImportJob.objects.filter(pk=job_id)
        .annotate(
            summary=KeyTextTransform("summary", "result"),
            size=RawSQL(
                "SELECT coalesce(sum(octet_length(shown::text) + octet_length(coalesce("
                "form::text, ''))), 0) FROM archive_importjobreport WHERE job_id = %s",
                [job_id],
            ),
        )
        .values_list("state", "error", "summary", "size")
        .get()
    )
    print(f"{state}: {summary or error}; stored for the page {size / 1e6:.1f} MB")


def run(rows_counts: list[int], preview_counts: list[int], workers: int, done=None) -> list[dict]:
    """Every measurement asked for, smallest batch first; `done(results)` after each."""
    done = done or (lambda results: None)
    url = database_prepare()
    env = {**os.environ, "DATABASE_URL": url}
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for count in sorted(set(rows_counts) | set(preview_counts)):
            path = Path(folder) / f"rows-{count}.jsonl"
            batch_write(path, count)
            if count in rows_counts:
                command = [sys.executable, "manage.py", "import_articles", "--dry-run",
                           "--workers", str(workers), str(path)]  # fmt: skip
                results.append({"mode": "dry run", "rows": count, "workers": workers,
                                **measured(command, env)})  # fmt: skip
                done(results)
            if count in preview_counts:
                job_id = preview_job(path)
                command = [sys.executable, "-m", "bench.import_memory",
                           "--preview-child", str(job_id)]  # fmt: skip
                results.append({"mode": "admin preview", "rows": count, "workers": 1,
                                **measured(command, env)})  # fmt: skip
                done(results)
    return results


def markdown(results: list[dict], *, command: str) -> str:
    load = os.getloadavg()
    lines = [
        "# Import benchmark: dry run and preview memory",
        "",
        f"Command: `{command}`, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; load average at the end {load[0]:.1f} (the machine is "
        "shared: seconds are disturbed by other work, memory is not).",
        "",
        "Synthetic small reports (`bench/import_memory.py: rows`, about 1.9 kB of text each, "
        "JSON Lines), into a database holding the reference data and no reports. Peak memory "
        "is VmHWM of the importing process (and the highest of its parse workers), sampled "
        "every 0.1 s. Target (issue 10): 10,000 rows in under 500 MB.",
        "",
        "| mode | rows | parse workers | seconds | reports/s | peak MB (importer) | "
        "peak MB (a parse worker) | exit | what it said |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        rate = round(r["rows"] / r["seconds"], 1) if r["seconds"] else "—"
        said = r["said"].replace("|", "/")[:160]
        lines.append(
            f"| {r['mode']} | {r['rows']:,} | {r['workers']} | {r['seconds']} | {rate} | "
            f"{r['peak_mb']} | {r['worker_peak_mb'] or '—'} | {r['code']} | {said} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--preview-rows", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--preview-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    if args.preview_child:
        preview_child(args.preview_child)
        return
    command = "python -m bench.import_memory " + " ".join(sys.argv[1:])

    def written(results):
        """Each result as soon as it is measured: a long run stopped early keeps its rows."""
        print(results[-1], file=sys.stderr)
        if not args.no_write:
            RESULTS.write_text(markdown(results, command=command.strip()), encoding="utf-8")

    results = run(args.rows, args.preview_rows, args.workers, done=written)
    print(markdown(results, command=command.strip()))


if __name__ == "__main__":
    main()
