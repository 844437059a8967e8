"""New articles' search vectors computed by the INSERT that writes them, instead of by an
UPDATE after it. The UPDATE (`Article.objects.refresh_search_vector`) writes each new row a
second time, with a new entry in each of the article table's indexes (sixteen) and its
search GIN index: in a bulk load that was the largest statement of a chunk.

The expression is the one `archive.models.REFRESH_SEARCH_VECTOR_SQL` computes, fed with the
same values: the title, the names and aliases of the people the article mentions (in
person id order, each person's aliases in alias id order), its outlet's and wire's names,
its body. `tests/test_import_writes.py` checks that both give the same vector."""

from django.db import connection
from django.db.models.expressions import RawSQL

from archive.models import SEARCH_CONFIG

VECTOR_SQL = """
setweight(to_tsvector(%s::regconfig, %s), 'A')
|| setweight(to_tsvector(%s::regconfig, %s), 'A')
|| setweight(to_tsvector(%s::regconfig, %s), 'B')
|| setweight(to_tsvector(%s::regconfig, %s), 'C')
|| setweight(to_tsvector('simple', archive_cjk_bigrams(%s)), 'A')
|| setweight(to_tsvector('simple', archive_cjk_bigrams(%s)), 'A')
|| setweight(to_tsvector('simple', archive_cjk_bigrams(%s)), 'C')
"""

# A person's part of the names, as REFRESH_SEARCH_VECTOR_SQL writes it.
PERSON_NAMES_SQL = """
SELECT p.id, p.name || ' ' || coalesce((
    SELECT string_agg(al.alias, ' ' ORDER BY al.id) FROM archive_personalias al
    WHERE al.person_id = p.id
), '')
FROM archive_person p WHERE p.id = ANY(%s)
"""


def search_vectors_set(articles: list, people: list) -> None:
    """Give each unsaved article of `articles` its search vector as an expression of its
    INSERT; `people[i]` holds the ids of the people `articles[i]` mentions. One query
    for the names, whatever the number of articles; its outlet and wire must be set."""
    ids = sorted({pk for pks in people for pk in pks})
    texts = {}
    if ids:
        with connection.cursor() as cursor:
            cursor.execute(PERSON_NAMES_SQL, [ids])
            texts = dict(cursor.fetchall())
    for article, pks in zip(articles, people, strict=True):
        names = " ".join(texts[pk] for pk in sorted(set(pks)))
        wire = article.original_wire.name if article.original_wire_id else ""
        outlet = f"{article.outlet.name} {wire}"
        title = article.title or ""
        config = SEARCH_CONFIG
        params = [config, title, config, names, config, outlet, config, article.body]
        article.search_vector = RawSQL(VECTOR_SQL, [*params, title, names, article.body])
