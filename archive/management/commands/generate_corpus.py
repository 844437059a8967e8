"""`python manage.py generate_corpus --reports 100000 --seed 1 [--database archive_bench]`:
a realistic synthetic archive in a database of its own (see `archive.corpus`)."""

import os

from django.core.management.base import BaseCommand, CommandError

from archive.corpus import DEFAULT_DATABASE, corpus_generate


class Command(BaseCommand):
    help = "Build (or reuse) a synthetic archive of N reports in its own database."

    def add_arguments(self, parser):
        parser.add_argument("--reports", type=int, required=True)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--database",
            default=DEFAULT_DATABASE,
            help=f"database on the same server, created and migrated (default {DEFAULT_DATABASE})",
        )
        parser.add_argument(
            "--workers", type=int, default=min(2, os.cpu_count() or 1), help="loading processes"
        )
        parser.add_argument(
            "--force", action="store_true", help="rebuild even when the corpus is already there"
        )

    def handle(self, *args, reports, seed, database, workers, force, **options):
        if reports < 1:
            raise CommandError("--reports must be at least 1")
        try:
            result = corpus_generate(
                reports=reports,
                seed=seed,
                database=database,
                workers=workers,
                force=force,
                progress=lambda message: self.stderr.write(message),
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        if result.reused:
            self.stdout.write(
                f"{database} already holds {reports} reports of seed {seed}: reused "
                f"(built in {result.seconds} s)."
            )
            return
        rate = reports / result.seconds if result.seconds else 0
        self.stdout.write(
            f"{reports} reports (seed {seed}) in {database} in {result.seconds} s "
            f"({rate:.0f} reports/s)."
        )
        for name, seconds in result.timings.items():
            self.stdout.write(f"  {name}: {seconds} s")
        for name, count in result.counts.items():
            self.stdout.write(f"  {name} rows: {count}")
