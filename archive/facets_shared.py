"""Facets that read the same rows, counted in one statement.

The outlet, language and outlet-country facets of the search page all count report rows
(`FacetSpec.shared`): counted among the same matches, each used to look every matched
report up again in the index, three times over the same ids (on a rare word's 1,873
matches at a million reports: 5,625 index pages read by each, 6-12 ms each). Here the
rows are read once, with every shared facet's value and label, and each facet is grouped
from them: `GROUPING` by hand, one `UNION ALL` branch a facet, each branch ordered and
cut as `facets.facet_rows` orders and cuts a facet on its own (the selected values first,
then the highest counts, then the label), so the buckets are the very same."""

from __future__ import annotations

from django.db import connection
from django.db.models import F

from archive.search_matches import NO_SEQSCAN

BRANCH_SQL = (
    "SELECT {facet} AS facet, r.v{facet}::text AS facet_value, r.l{facet}::text AS facet_label, "
    "{total} AS total, "
    "CASE WHEN r.v{facet}::text = ANY(%s::text[]) THEN 0 ELSE 1 END AS chosen "
    "FROM r {blank}GROUP BY r.v{facet}, r.l{facet}"
)
SHARED_SQL = (
    "WITH r AS MATERIALIZED ({rows}) "
    "SELECT facet, facet_value, facet_label, total FROM ("
    "SELECT *, row_number() OVER (PARTITION BY facet ORDER BY chosen, total DESC, facet_label) "
    "AS place FROM ({branches}) AS g) AS t "
    "WHERE place <= %s ORDER BY facet, place"
)


def shared_statement(specs, matches, selected: list[list], limit: int) -> tuple[str, list]:
    """The statement counting every facet of `specs` (which read the same rows) among
    `matches`: at most `limit` buckets each, as rows of facet (its place in `specs`),
    facet_value, facet_label and total."""
    columns = {}
    for place, spec in enumerate(specs):
        columns[f"v{place}"] = F(spec.value_field)
        columns[f"l{place}"] = F(spec.label_field)
        columns[f"c{place}"] = F(spec.count_field)
    rows = specs[0].rows(matches).order_by().values(**columns)
    rows_sql, rows_params = rows.query.sql_with_params()
    branches, params = [], []
    for place, spec in enumerate(specs):
        blank = f"WHERE r.v{place} <> '' " if spec.exclude_blank else ""
        # Counting the rows' own keys, each row is one of them (the value and label are
        # its columns or reached through a foreign key): `count(*)` lets PostgreSQL hash
        # the groups, where a DISTINCT count sorts every row by value, label and key.
        total = "count(*)" if spec.count_field == "pk" else f"COUNT(DISTINCT r.c{place})"
        branches.append(BRANCH_SQL.format(facet=place, blank=blank, total=total))
        params.append([str(value) for value in selected[place]])
    sql = SHARED_SQL.format(rows=rows_sql, branches=" UNION ALL ".join(branches))
    return sql, [*rows_params, *params, limit]


def shared_rows_read(specs, matches, selected: list[list], limit: int, *, probing: bool):
    """Each facet's rows (dicts of facet_value, facet_label and total, in order), in the
    order of `specs`. `probing` (counted among sampled ids): sequential scans off, as
    `facets.rows_read` does for a facet on its own."""
    sql, params = shared_statement(specs, matches, selected, limit)
    found: list[list[dict]] = [[] for _ in specs]
    with connection.cursor() as cursor:
        if probing:
            cursor.execute(NO_SEQSCAN + sql, params)
            cursor.nextset()  # past the SET's empty result
        else:
            cursor.execute(sql, params)
        for facet, value, label, total in cursor.fetchall():
            found[facet].append({"facet_value": value, "facet_label": label, "total": total})
    return found
