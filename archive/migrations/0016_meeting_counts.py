"""The meeting page reads its counts by language, outlet, role and speaker from
`PublishedCount` (keys `meeting-language:M:xx` and the like, written by
`archive.services.counts`): count every published report again so that an existing
archive has them (minutes at a million reports)."""

from django.db import migrations


def counts_again(apps, schema_editor):
    from archive.services.counts import counts_rebuild

    counts_rebuild()


class Migration(migrations.Migration):
    dependencies = [("archive", "0015_meeting_links_by_article")]

    operations = [migrations.RunPython(counts_again, migrations.RunPython.noop)]
