"""`python manage.py story_groups_build [--database archive_bench] [--after MEETING_ID]`:
every meeting's story groups recomputed from its shared pairs (the backfill; the services
keep them true afterwards). Meeting by meeting, each in its own transaction: after a stop,
`--after` the last meeting it reported."""

import time

from django.core.management.base import BaseCommand

from archive.services.story_groups import story_groups_build


class Command(BaseCommand):
    help = "Recompute the story groups of every meeting (reports linked by shared passages)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--database", default="", help="another database on the same server (a corpus)"
        )
        parser.add_argument("--after", type=int, default=0, help="start after this meeting id")

    def handle(self, *args, database, after, **options):
        if database:
            from archive.corpus.load import database_use

            database_use(database)
        started = time.monotonic()
        result = story_groups_build(
            after=after, progress=lambda message: self.stderr.write(message)
        )
        self.stdout.write(
            f"{result['groups']} story groups in {result['meetings']} meetings, "
            f"in {time.monotonic() - started:.1f} s."
        )
