"""Recount every published report into `PublishedCount` (the counts the lists and the
unfiltered search read). The services keep the counts true as reports change; run this
after a bulk load that bypassed them, such as the synthetic corpus's COPY:

    DATABASE_URL=... python manage.py counts_rebuild
"""

import time

from django.core.management.base import BaseCommand

from archive.services.counts import counts_rebuild


class Command(BaseCommand):
    help = "Recount every published report into the kept counts (PublishedCount)."

    def handle(self, *args, **options):
        started = time.monotonic()
        total = counts_rebuild()
        elapsed = time.monotonic() - started
        self.stdout.write(f"Counted {total} published reports in {elapsed:.1f} s.")
