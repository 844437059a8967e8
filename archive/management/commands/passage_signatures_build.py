"""`python manage.py passage_signatures_build [--database archive_bench] [--workers 2]`:
the MinHash band keys of every report stored before they existed, the key rows
(`PassageKey`, migration 0013) of signatures stored without them, and the stop keys
(`archive.services.passage_signatures`). Batched and resumable: run it again after a stop
and it goes on from the first report without a signature. `--stop-keys` only recounts
the stop keys (worth doing now and then as the archive grows)."""

import os
import time

from django.core.management.base import BaseCommand

from archive.services.passage_signatures import passage_signatures_build, passage_stop_keys_count


class Command(BaseCommand):
    help = "Sign every report's passages (MinHash band keys) and count the stop keys."

    def add_arguments(self, parser):
        parser.add_argument(
            "--database", default="", help="another database on the same server (a corpus)"
        )
        parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
        parser.add_argument("--batch", type=int, default=2000)
        parser.add_argument("--after", type=int, default=0, help="start after this article id")
        parser.add_argument(
            "--rebuild", action="store_true", help="sign again reports that hold a signature"
        )
        parser.add_argument("--stop-keys", action="store_true", help="only count stop keys")

    def handle(self, *args, database, workers, batch, after, rebuild, stop_keys, **options):
        if database:
            from archive.corpus.load import database_use

            database_use(database)
        started = time.monotonic()
        if stop_keys:
            count = passage_stop_keys_count()
            self.stdout.write(f"{count} stop keys in {time.monotonic() - started:.1f} s.")
            return
        result = passage_signatures_build(
            workers=workers,
            batch=batch,
            rebuild=rebuild,
            after=after,
            progress=lambda message: self.stderr.write(message),
        )
        self.stdout.write(
            f"Signed {result['signed']} reports, wrote the key rows of {result['keys_filled']}"
            f" signatures, {result['stop_keys']} stop keys, in "
            f"{time.monotonic() - started:.1f} s ({result['seconds']})."
        )
