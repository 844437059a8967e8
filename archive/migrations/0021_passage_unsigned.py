"""The reports without passage key rows of the current scheme, kept as a set by triggers,
so that an import asks "are there any?" with one index probe: the anti-join it replaces
read the whole archive (12.8 s at 1,000,000 reports) once per import.

An article inserted joins the set unless it already holds a signature of the current
scheme; a signature written with the current scheme takes its article out, one of another
scheme or a deleted signature puts it back (while the article exists); a deleted article
leaves. Statement-level triggers with transition tables: one statement each, whatever the
number of rows. Rows loaded with triggers off (the synthetic corpus's COPY) are counted
again by `passage_signatures.passages_unsigned_refresh`, which the backfill and the stop
keys' count run.

SCHEME is `archive.ingest.minhash.SCHEME`, written into the functions: a new scheme needs a
migration replacing them (tests/test_passage_unsigned.py checks they agree)."""

from django.db import migrations, models

SCHEME = 1

TRIGGERS = f"""
CREATE FUNCTION archive_passageunsigned_articles_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO archive_passageunsigned (article_id)
    SELECT added.id FROM added
    WHERE NOT EXISTS (
        SELECT 1 FROM archive_passagesignature signature
        WHERE signature.article_id = added.id AND signature.scheme = {SCHEME})
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION archive_passageunsigned_articles_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM archive_passageunsigned unsigned USING removed
    WHERE unsigned.article_id = removed.id;
    RETURN NULL;
END $$;

CREATE FUNCTION archive_passageunsigned_signed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM archive_passageunsigned unsigned USING signed
    WHERE unsigned.article_id = signed.article_id AND signed.scheme = {SCHEME};
    INSERT INTO archive_passageunsigned (article_id)
    SELECT signed.article_id FROM signed
    WHERE signed.scheme <> {SCHEME}
      AND EXISTS (SELECT 1 FROM archive_article article WHERE article.id = signed.article_id)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION archive_passageunsigned_unsigned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO archive_passageunsigned (article_id)
    SELECT removed.article_id FROM removed
    WHERE EXISTS (SELECT 1 FROM archive_article article WHERE article.id = removed.article_id)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER passageunsigned_articles_added AFTER INSERT ON archive_article
REFERENCING NEW TABLE AS added FOR EACH STATEMENT
EXECUTE FUNCTION archive_passageunsigned_articles_added();

CREATE TRIGGER passageunsigned_articles_removed AFTER DELETE ON archive_article
REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
EXECUTE FUNCTION archive_passageunsigned_articles_removed();

CREATE TRIGGER passageunsigned_signature_added AFTER INSERT ON archive_passagesignature
REFERENCING NEW TABLE AS signed FOR EACH STATEMENT
EXECUTE FUNCTION archive_passageunsigned_signed();

CREATE TRIGGER passageunsigned_signature_changed AFTER UPDATE ON archive_passagesignature
REFERENCING NEW TABLE AS signed FOR EACH STATEMENT
EXECUTE FUNCTION archive_passageunsigned_signed();

CREATE TRIGGER passageunsigned_signature_removed AFTER DELETE ON archive_passagesignature
REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
EXECUTE FUNCTION archive_passageunsigned_unsigned();
"""

# The reports of the archive as it stands: without a signature of the scheme, or with one
# whose key rows were never written (the first key stands for all).
FILL = f"""
INSERT INTO archive_passageunsigned (article_id)
SELECT article.id FROM archive_article article
WHERE NOT EXISTS (
    SELECT 1 FROM archive_passagesignature signature
    WHERE signature.article_id = article.id AND signature.scheme = {SCHEME}
      AND (cardinality(signature.keys) = 0 OR EXISTS (
          SELECT 1 FROM archive_passagekey held
          WHERE held.key = signature.keys[1] AND held.article_id = signature.article_id)))
"""

DROP_TRIGGERS = """
DROP TRIGGER passageunsigned_articles_added ON archive_article;
DROP TRIGGER passageunsigned_articles_removed ON archive_article;
DROP TRIGGER passageunsigned_signature_added ON archive_passagesignature;
DROP TRIGGER passageunsigned_signature_changed ON archive_passagesignature;
DROP TRIGGER passageunsigned_signature_removed ON archive_passagesignature;
DROP FUNCTION archive_passageunsigned_articles_added();
DROP FUNCTION archive_passageunsigned_articles_removed();
DROP FUNCTION archive_passageunsigned_signed();
DROP FUNCTION archive_passageunsigned_unsigned();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0020_topic_link_history"),
    ]

    operations = [
        migrations.CreateModel(
            name="PassageUnsigned",
            fields=[
                ("article_id", models.BigIntegerField(primary_key=True, serialize=False)),
            ],
        ),
        migrations.RunSQL(TRIGGERS + FILL, DROP_TRIGGERS),
    ]
