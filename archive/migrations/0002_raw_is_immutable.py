"""The raw bytes of a report are evidence: once stored they may never change. The
database refuses an edit, whatever code path tries it, and checks the stored SHA-256."""

from django.db import migrations

CREATE = """
CREATE FUNCTION archive_article_raw_immutable() RETURNS trigger AS $$
BEGIN
    IF NEW.raw IS DISTINCT FROM OLD.raw OR NEW.raw_sha256 IS DISTINCT FROM OLD.raw_sha256 THEN
        RAISE EXCEPTION 'the raw text of article % is kept as received and cannot be changed', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_raw_immutable
    BEFORE UPDATE OF raw, raw_sha256 ON archive_article
    FOR EACH ROW EXECUTE FUNCTION archive_article_raw_immutable();

ALTER TABLE archive_article ADD CONSTRAINT article_raw_sha256_matches
    CHECK (raw_sha256 = encode(sha256(raw), 'hex'));
"""

DROP = """
ALTER TABLE archive_article DROP CONSTRAINT article_raw_sha256_matches;
DROP TRIGGER article_raw_immutable ON archive_article;
DROP FUNCTION archive_article_raw_immutable();
"""


class Migration(migrations.Migration):
    dependencies = [("archive", "0001_initial")]

    operations = [migrations.RunSQL(CREATE, DROP)]
