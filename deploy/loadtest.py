"""`make loadtest`: locust visitors against gunicorn (config/gunicorn.conf.py) serving a
synthetic corpus. Not part of `make test`.

Builds the corpus once in its own database (archive_bench, see archive/corpus/; reused after
that), starts gunicorn on a loopback port against it, runs deploy/locustfile.py headless and
prints the requests, failures, throughput and latency percentiles, with a Markdown row for
docs/benchmarks.md. Exits non-zero when any request failed.

    .venv/bin/python deploy/loadtest.py --reports 100000 --users 50 --time 60s
"""

import argparse
import csv
import os
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCUST = ROOT / ".local" / "loadtest-venv" / "bin" / "locust"
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(base: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("gunicorn exited before it served a page")
        try:
            with urllib.request.urlopen(base + "/favicon.ico", timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer within {seconds} s")


def seconds_of(duration: str) -> float:
    """Locust's run time ("60s", "2m", "1h") in seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    return float(duration[:-1]) * units[duration[-1]] if duration[-1] in units else float(duration)


def preview_started(env: dict, duration: str) -> list:
    """The background worker and a preview queued again whenever the last one finished,
    both against the load test's corpus, for as long as the visitors run."""
    python = sys.executable
    worker = subprocess.Popen(
        [python, "manage.py", "db_worker", "--no-startup-delay", "--interval", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    previews = subprocess.Popen(
        [python, "deploy/preview_load.py", "--seconds", str(seconds_of(duration))],
        cwd=ROOT,
        env=env,
    )
    return [previews, worker]


def aggregated(stats_csv: Path) -> dict:
    with stats_csv.open(newline="") as handle:
        for row in csv.DictReader(handle):
            if row["Name"] == "Aggregated":
                return row
    raise SystemExit(f"no Aggregated row in {stats_csv}")


def options_parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database", default="archive_bench")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--spawn-rate", type=float, default=10)
    parser.add_argument("--time", default="60s")
    parser.add_argument("--port", type=int, default=0, help="default: a free one")
    parser.add_argument(
        "--with-preview",
        action="store_true",
        help="keep an admin import preview running in the background worker meanwhile",
    )
    return parser.parse_args()


def corpus_ready(options: argparse.Namespace) -> str:
    """The corpus built or reused; returns its database URL."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()  # holds the embedded server (if used) for the whole run
    from archive.corpus import corpus_generate
    from archive.corpus.load import database_url

    print(f"corpus: {options.reports} reports (seed {options.seed}) in {options.database} …")
    corpus = corpus_generate(
        reports=options.reports,
        seed=options.seed,
        database=options.database,
        progress=lambda message: print("  " + message, flush=True),
    )
    print(f"corpus {'reused' if corpus.reused else 'built'} ({corpus.seconds} s to build)")
    return database_url(options.database)


def locust_run(options: argparse.Namespace, base: str, csv_prefix: Path) -> int:
    command = [str(LOCUST), "-f", str(ROOT / "deploy" / "locustfile.py"), "--headless"]
    command += ["--users", str(options.users), "--spawn-rate", str(options.spawn_rate)]
    command += ["--run-time", options.time, "--host", base]
    command += ["--csv", str(csv_prefix), "--only-summary"]
    return subprocess.run(command, cwd=ROOT).returncode


def load_run(options: argparse.Namespace, database: str, csv_prefix: Path) -> int:
    """gunicorn on a free loopback port (and the preview, if asked) while locust runs;
    everything stopped after. Returns locust's exit code."""
    port = options.port or free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DATABASE_URL": database, "DEBUG": "0", "GUNICORN_ACCESSLOG": ""}
    server = subprocess.Popen(
        [str(GUNICORN), "-c", "config/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
    )
    background = []
    try:
        wait_until_serving(base, server)
        if options.with_preview:
            background = preview_started(env, options.time)
        workers = os.environ.get("GUNICORN_WORKERS", "2")
        threads = os.environ.get("GUNICORN_THREADS", "8")
        print(f"gunicorn {workers} workers x {threads} threads on {base}")
        return locust_run(options, base, csv_prefix)
    finally:
        for process in [*background, server]:
            process.terminate()
        for process in [*background, server]:
            process.wait(timeout=60)


def main() -> int:
    options = options_parse()
    if not LOCUST.exists():
        raise SystemExit(f"{LOCUST} is missing: run `make loadtest`, which installs it")
    database = corpus_ready(options)
    out = ROOT / ".local" / "loadtest"
    out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    returncode = load_run(options, database, out / stamp)

    total = aggregated(out / f"{stamp}_stats.csv")
    requests, failures = int(total["Request Count"]), int(total["Failure Count"])
    print(
        f"\n{requests} requests, {failures} failures, {float(total['Requests/s']):.1f} req/s, "
        f"p50 {total['50%']} ms, p95 {total['95%']} ms, p99 {total['99%']} ms, "
        f"max {float(total['Max Response Time']):.0f} ms"
    )
    print("Row for docs/benchmarks.md:")
    print(
        f"| {stamp} | {options.reports} | {'yes' if options.with_preview else 'no'} "
        f"| {options.users} | {options.time} | {requests} "
        f"| {failures} | {float(total['Requests/s']):.1f} | {total['50%']} | {total['95%']} |"
    )
    print(f"Per-page figures: {out / stamp}_stats.csv")
    return 1 if failures or returncode not in (0, 1) else 0


if __name__ == "__main__":
    sys.exit(main())
