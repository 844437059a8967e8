"""Covering indexes for the meeting page's aggregate and its page of reports: the status,
outlet, date and language of an article, and the id, speaker and offset of a quote, read from
the index alone (an index-only scan) instead of from the wide article and quote rows."""

from django.db import migrations

ARTICLE = (
    "CREATE INDEX IF NOT EXISTS article_listing_cover ON archive_article (id) "
    "INCLUDE (status, outlet_id, published_on, language)"
)
QUOTE = (
    "CREATE INDEX IF NOT EXISTS quote_by_article_cover ON archive_quote (article_id) "
    "INCLUDE (id, speaker_id, start)"
)


class Migration(migrations.Migration):
    dependencies = [("archive", "0011_passage_stop_keys")]

    operations = [
        migrations.RunSQL(ARTICLE, "DROP INDEX IF EXISTS article_listing_cover"),
        migrations.RunSQL(QUOTE, "DROP INDEX IF EXISTS quote_by_article_cover"),
    ]
