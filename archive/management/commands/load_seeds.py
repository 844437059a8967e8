from django.core.management.base import BaseCommand

from archive.services import seeds_load


class Command(BaseCommand):
    help = (
        "Import the five seed reports (archive/fixtures/seeds/)"
        " through the ingestion pipeline, published. Safe to re-run."
    )

    def handle(self, *args, **options):
        report = seeds_load()
        self.stdout.write(f"Seed reports: {report.summary()}.")
        for outcome in report.outcomes:
            if outcome.status == "failed":
                self.stderr.write(f"  {outcome.name}: {outcome.message}")
