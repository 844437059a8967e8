"""The links of a meeting in article order, so that "the newest reports of this meeting"
(the article page's other reports, the meeting page's page of reports) walks the index
backwards and stops, instead of reading and sorting every link of a meeting with tens of
thousands of reports."""

from django.db import migrations

INDEX = (
    "CREATE INDEX IF NOT EXISTS article_meeting_by_meeting "
    "ON archive_articlemeeting (meeting_id, article_id) INCLUDE (role)"
)


class Migration(migrations.Migration):
    dependencies = [("archive", "0014_import_job_reports")]

    operations = [
        migrations.RunSQL(INDEX, "DROP INDEX IF EXISTS article_meeting_by_meeting"),
    ]
