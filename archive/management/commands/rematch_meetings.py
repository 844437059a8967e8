from datetime import date

from django.core.management.base import BaseCommand, CommandError

from archive.services.matching import meetings_rematch


def iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"“{text}” is not a date such as 2024-04-10.") from None


class Command(BaseCommand):
    help = (
        "Match the reports dated --from to --to against every meeting again: automatic"
        " links are replaced, a curator's links are never touched."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, type=iso_day)
        parser.add_argument("--to", dest="end", required=True, type=iso_day)

    def handle(self, *args, start, end, **options):
        try:
            result = meetings_rematch(start=start, end=end)
        except ValueError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"{result.reports} reports from {start} to {end}: {result.changed} relinked, "
            f"{result.skipped_curated} left as a curator linked them; automatic links "
            f"{result.links_before} → {result.links_after}."
        )
        for article_id, before, after in result.changes:
            was = ", ".join(before) or "none"
            now = ", ".join(after) or "none"
            self.stdout.write(f"  report {article_id}: {was} → {now}")
