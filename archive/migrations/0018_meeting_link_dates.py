"""Each meeting link keeps its report's publication date, so that the meeting page reads
a meeting's earliest reports from an index (meeting, date, report) instead of joining
every link of a meeting with tens of thousands of reports to its report. PostgreSQL
keeps the copy true whatever writes the report or the link: a link takes its report's
date when it is made (or moved to another report), and a report's new date goes to its
links. History skips the copy (it is derived, not a curator's edit)."""

import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

BACKFILL = """
UPDATE archive_articlemeeting link SET published_on = article.published_on
FROM archive_article article
WHERE article.id = link.article_id AND article.published_on IS NOT NULL
"""

TRIGGERS = """
CREATE OR REPLACE FUNCTION archive_link_date_from_article() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.published_on := (SELECT published_on FROM archive_article WHERE id = NEW.article_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER archive_link_date BEFORE INSERT OR UPDATE OF article_id, published_on
ON archive_articlemeeting FOR EACH ROW EXECUTE FUNCTION archive_link_date_from_article();

CREATE OR REPLACE FUNCTION archive_article_date_to_links() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE archive_articlemeeting SET published_on = NEW.published_on
    WHERE article_id = NEW.id AND published_on IS DISTINCT FROM NEW.published_on;
    RETURN NULL;
END
$$;
CREATE TRIGGER archive_article_date AFTER UPDATE OF published_on ON archive_article
FOR EACH ROW WHEN (OLD.published_on IS DISTINCT FROM NEW.published_on)
EXECUTE FUNCTION archive_article_date_to_links();
"""

DROP_TRIGGERS = """
DROP TRIGGER IF EXISTS archive_article_date ON archive_article;
DROP FUNCTION IF EXISTS archive_article_date_to_links();
DROP TRIGGER IF EXISTS archive_link_date ON archive_articlemeeting;
DROP FUNCTION IF EXISTS archive_link_date_from_article();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0017_day_counts"),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name="articlemeeting",
            name="update_update",
        ),
        migrations.AddField(
            model_name="articlemeeting",
            name="published_on",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="articlemeeting",
            trigger=pgtrigger.compiler.Trigger(
                name="update_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."article_id" IS DISTINCT FROM (NEW."article_id") OR OLD."id" IS DISTINCT FROM (NEW."id") OR OLD."linked_by" IS DISTINCT FROM (NEW."linked_by") OR OLD."meeting_id" IS DISTINCT FROM (NEW."meeting_id") OR OLD."role" IS DISTINCT FROM (NEW."role") OR OLD."score" IS DISTINCT FROM (NEW."score"))',
                    func='INSERT INTO "archive_articlemeetingevent" ("article_id", "id", "linked_by", "meeting_id", "pgh_context_id", "pgh_created_at", "pgh_label", "pgh_obj_id", "role", "score") VALUES (NEW."article_id", NEW."id", NEW."linked_by", NEW."meeting_id", _pgh_attach_context(), NOW(), \'update\', NEW."id", NEW."role", NEW."score"); RETURN NULL;',
                    hash="1b8fe568e1504533b2c2cd944a2d776cfa3429b9",
                    operation="UPDATE",
                    pgid="pgtrigger_update_update_4ba8a",
                    table="archive_articlemeeting",
                    when="AFTER",
                ),
            ),
        ),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        migrations.RunSQL(TRIGGERS, DROP_TRIGGERS),
        migrations.AddIndex(
            model_name="articlemeeting",
            index=models.Index(
                fields=["meeting", "published_on", "article"], name="article_meeting_by_date"
            ),
        ),
    ]
