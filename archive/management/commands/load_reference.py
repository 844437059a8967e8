from django.core.management.base import BaseCommand

from archive.services import reference_load


class Command(BaseCommand):
    help = (
        "Load the verified meetings, ministers, outlets and topics"
        " shipped in archive/fixtures/reference/ (safe to re-run)."
    )

    def handle(self, *args, **options):
        result = reference_load()
        self.stdout.write(
            f"Reference data: {result.meetings} meetings, {result.people} people, "
            f"{result.offices} office terms, {result.outlets} outlets, {result.topics} topics."
        )
