"""CJK text in the stored search vector: PostgreSQL's parsers split words on spaces, and
Japanese and Chinese have none, so a word inside a Japanese body could not be found. The
function below turns every run of Han, kana or hangul into overlapping character bigrams
(the same as `archive.ingest.cjk.cjk_bigrams`, which the query side uses; a test checks
they agree), and the vector indexes them with the 'simple' configuration."""

from django.db import migrations

# The character classes of archive.ingest.cjk (HAN + KANA + HANGUL).
CJK_CLASS = (
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006"
    r"\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"
    r"\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
)

CREATE = rf"""
CREATE OR REPLACE FUNCTION archive_cjk_bigrams(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    run text;
    tokens text[] := ARRAY[]::text[];
    i integer;
BEGIN
    IF input IS NULL OR input !~ '[{CJK_CLASS}]' THEN
        RETURN '';
    END IF;
    FOR run IN SELECT m[1] FROM regexp_matches(input, '([{CJK_CLASS}]+)', 'g') AS m LOOP
        IF char_length(run) = 1 THEN
            tokens := tokens || run;
        ELSE
            FOR i IN 1 .. char_length(run) - 1 LOOP
                tokens := tokens || substr(run, i, 2);
            END LOOP;
        END IF;
    END LOOP;
    RETURN array_to_string(tokens, ' ');
END
$$;
"""


def refresh_cjk_articles(apps, schema_editor):
    from archive.models import REFRESH_SEARCH_VECTOR_SQL, SEARCH_CONFIG

    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id FROM archive_article WHERE title ~ '[{CJK_CLASS}]' "
            f"OR body ~ '[{CJK_CLASS}]'"
        )
        ids = [row[0] for row in cursor.fetchall()]
        if ids:
            cursor.execute(REFRESH_SEARCH_VECTOR_SQL, {"ids": ids, "config": SEARCH_CONFIG})


class Migration(migrations.Migration):
    dependencies = [("archive", "0007_import_jobs")]

    operations = [
        migrations.RunSQL(CREATE, "DROP FUNCTION IF EXISTS archive_cjk_bigrams(text)"),
        migrations.RunPython(refresh_cjk_articles, migrations.RunPython.noop),
    ]
