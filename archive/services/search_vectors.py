"""New articles written by one INSERT whose search vectors it computes, instead of by an
UPDATE after it. The UPDATE (`Article.objects.refresh_search_vector`) writes each new row a
second time, with a new entry in each of the article table's indexes (sixteen) and its
search GIN index: in a bulk load that was the largest statement of a chunk.

The expression is the one `archive.models.REFRESH_SEARCH_VECTOR_SQL` computes, fed with the
same values: the title, the names and aliases of the people the article mentions (in
person id order, each person's aliases in alias id order), its outlet's and wire's names,
its body. `tests/test_import_writes.py` checks that both give the same vector.

`articles_insert_set` sends the articles as one array a column (`INSERT ... SELECT FROM
unnest(...)`), about 25 parameters whatever their number: a multi-row `VALUES` of 500
articles (Django's `bulk_create` with the vector as an expression) held some 17,000, and
building, converting and parsing that statement cost more than a millisecond a report."""

import json

from django.contrib.postgres.fields import ArrayField
from django.db import connection

from archive.models import SEARCH_CONFIG, Article

# A person's part of the names, as REFRESH_SEARCH_VECTOR_SQL writes it.
PERSON_NAMES_SQL = """
SELECT p.id, p.name || ' ' || coalesce((
    SELECT string_agg(al.alias, ' ' ORDER BY al.id) FROM archive_personalias al
    WHERE al.person_id = p.id
), '')
FROM archive_person p WHERE p.id = ANY(%s)
"""


def names_by_person(people: list) -> dict:
    """person id -> the names and aliases the vector gives them, for every id of `people`
    (lists of ids): one query."""
    ids = sorted({pk for pks in people for pk in pks})
    if not ids:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(PERSON_NAMES_SQL, [ids])
        return dict(cursor.fetchall())


def vector_inputs(article, pks, texts: dict) -> tuple[str, str, str, str]:
    """(title, names, outlet and wire, body): what the vector is computed from."""
    names = " ".join(texts[pk] for pk in sorted(set(pks)))
    wire = article.original_wire.name if article.original_wire_id else ""
    return article.title or "", names, f"{article.outlet.name} {wire}", article.body


# The vector REFRESH_SEARCH_VECTOR_SQL computes, over the unnested rows: v.body is the
# article's column, v.vector_title, v.vector_names and v.vector_outlet its other inputs.
SET_VECTOR_SQL = """
setweight(to_tsvector(%(config)s::regconfig, v.vector_title), 'A')
|| setweight(to_tsvector(%(config)s::regconfig, v.vector_names), 'A')
|| setweight(to_tsvector(%(config)s::regconfig, v.vector_outlet), 'B')
|| setweight(to_tsvector(%(config)s::regconfig, v.body), 'C')
|| setweight(to_tsvector('simple', archive_cjk_bigrams(v.vector_title)), 'A')
|| setweight(to_tsvector('simple', archive_cjk_bigrams(v.vector_names)), 'A')
|| setweight(to_tsvector('simple', archive_cjk_bigrams(v.body)), 'C')
"""
VECTOR_INPUTS = ("vector_title", "vector_names", "vector_outlet")


def article_columns() -> list:
    """The article table's columns an import writes: all but the id and the vector."""
    return [
        field
        for field in Article._meta.concrete_fields
        if not field.primary_key and field.name != "search_vector"
    ]


def unnested(field) -> tuple[str, str]:
    """(the parameter's array type, the value selected) of `field`'s column. An array
    column travels as JSON text: arrays of arrays must be rectangular, articles' lists
    are not."""
    if isinstance(field, ArrayField):
        elements = f"ARRAY(SELECT jsonb_array_elements_text(v.{field.column}::jsonb))"
        return "text[]", f"{elements}::{field.db_type(connection)}"
    return f"{field.db_type(connection)}[]", f"v.{field.column}"


def insert_set_sql(fields: list) -> str:
    """INSERT ... SELECT from one array a column and one a vector input, in their order."""
    typed = [unnested(field) for field in fields]
    arrays = [f"%({f.column})s::{array}" for f, (array, _) in zip(fields, typed, strict=True)]
    arrays += [f"%({name})s::text[]" for name in VECTOR_INPUTS]
    names = [field.column for field in fields] + list(VECTOR_INPUTS)
    return (
        f"INSERT INTO archive_article ({', '.join(names[: len(fields)])}, search_vector)"
        f" SELECT {', '.join(value for _, value in typed)}, {SET_VECTOR_SQL}"
        f" FROM unnest({', '.join(arrays)}) WITH ORDINALITY AS v({', '.join(names)}, position)"
        " ORDER BY v.position RETURNING id"
    )


def articles_insert_set(articles: list, people: list) -> list:
    """Insert the unsaved `articles` (their outlet and wire set) with their search vectors,
    `people[i]` the ids of the people `articles[i]` mentions: two statements whatever their
    number (the names, the INSERT). Sets each article's id, as `bulk_create` does."""
    if not articles:
        return articles
    texts = names_by_person(people)
    fields = article_columns()
    params: dict[str, list] = {
        name: [] for name in [f.column for f in fields] + list(VECTOR_INPUTS)
    }
    for article, pks in zip(articles, people, strict=True):
        for field in fields:
            value = field.get_db_prep_save(field.pre_save(article, True), connection)
            params[field.column].append(
                json.dumps(value) if isinstance(field, ArrayField) else value
            )
        for name, value in zip(VECTOR_INPUTS, vector_inputs(article, pks, texts)[:3], strict=True):
            params[name].append(value)
    with connection.cursor() as cursor:
        cursor.execute(insert_set_sql(fields), {**params, "config": SEARCH_CONFIG})
        ids = [row[0] for row in cursor.fetchall()]
    for article, pk in zip(articles, ids, strict=True):
        article.pk = pk
        article._state.adding, article._state.db = False, connection.alias
    return articles
