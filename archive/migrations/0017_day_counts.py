"""The unfiltered list's deep pages start from the kept count of published reports per
day (`PublishedCount` keys `day:YYYY-MM-DD`, written by `archive.services.counts`): count
every published report again so that an existing archive has them (minutes at a million
reports)."""

from django.db import migrations


def counts_again(apps, schema_editor):
    from archive.services.counts import counts_rebuild

    counts_rebuild()


class Migration(migrations.Migration):
    dependencies = [("archive", "0016_meeting_counts")]

    operations = [migrations.RunPython(counts_again, migrations.RunPython.noop)]
