"""An admin import preview kept running for `make loadtest PREVIEW=1` (deploy/loadtest.py).

Queues the same job the admin's "Import reports" page queues (a preview: parse, save
nothing) with the labelled evaluation corpus (eval/corpus/reports/, 75 real reports in six
languages) as its upload, waits for the background worker to finish it, and queues the next,
until --seconds have passed. Prints one line per preview. Runs against DATABASE_URL (the
load test's corpus), never against the curator's database by accident: it refuses to run
without DATABASE_URL.

    DATABASE_URL=... .venv/bin/python deploy/preview_load.py --seconds 70
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "eval" / "corpus" / "reports"


def upload() -> list:
    return [(path.name, path.read_bytes()) for path in sorted(REPORTS.iterdir()) if path.is_file()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    options = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("DATABASE_URL is not set: the preview load runs on the test corpus only")
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from archive.models import ArticleStatus, ImportJob, JobState, JobStep
    from archive.services.import_jobs import import_job_create

    files = upload()
    size = sum(len(data) for _, data in files)
    deadline = time.monotonic() + options.seconds
    done = 0
    while time.monotonic() < deadline:
        started = time.monotonic()
        job = import_job_create(
            user=None, step=JobStep.PREVIEW, files=files, article_status=ArticleStatus.DRAFT
        )
        while True:
            job.refresh_from_db()
            if job.state in (JobState.READY, JobState.FAILED):
                break
            time.sleep(0.5)
        done += 1
        print(
            f"preview {done}: {len(files)} files, {size / 1e6:.2f} MB, {job.state}, "
            f"{time.monotonic() - started:.1f} s",
            flush=True,
        )
        ImportJob.objects.filter(pk=job.pk).delete()
    return 0


if __name__ == "__main__":
    sys.exit(main())
