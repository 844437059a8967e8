"""How a loading process writes what psycopg's generic COPY rows cost too much for: the
reports, inserted from a temporary stage with their search vectors, and the passage
signatures with their key rows (about 145 a report), written by hand."""

import numpy as np
import psycopg

from archive.models import REFRESH_SEARCH_VECTOR_SQL

# The loading processes' own scratch table of a chunk's reports (temporary: no WAL, emptied
# at each commit), from which they are inserted with their search vectors.
ARTICLE_STAGE = "corpus_article_stage"
_VECTOR_HEAD = "UPDATE archive_article AS a SET search_vector ="
_VECTOR_TAIL = "FROM archive_outlet AS o, named AS n"


def article_stage_create(conn: psycopg.Connection) -> None:
    conn.execute(f"CREATE TEMP TABLE {ARTICLE_STAGE} (LIKE archive_article) ON COMMIT DELETE ROWS")


def article_insert_sql(columns: list[str]) -> str:
    """INSERT … SELECT of the staged reports, each with the search vector
    `REFRESH_SEARCH_VECTOR_SQL` would give it: its `named` CTE and vector expression are
    taken from that SQL, so the two cannot drift apart (a test compares the vectors)."""
    named, rest = REFRESH_SEARCH_VECTOR_SQL.split(_VECTOR_HEAD)
    expression = rest.split(_VECTOR_TAIL)[0]
    named = named.replace("FROM archive_article a2", f"FROM {ARTICLE_STAGE} a2")
    named = named.replace("WHERE a2.id = ANY(%(ids)s)", "")
    if "archive_article" in named or "%(ids)s" in named:
        raise ValueError("REFRESH_SEARCH_VECTOR_SQL changed shape: update article_insert_sql")
    columns = [column for column in columns if column != "search_vector"]
    listed = ", ".join(f'"{column}"' for column in columns)
    selected = ", ".join(f'a."{column}"' for column in columns)
    return (
        f"{named}INSERT INTO archive_article ({listed}, search_vector) "
        f"SELECT {selected}, {expression} FROM {ARTICLE_STAGE} AS a "
        "JOIN archive_outlet AS o ON o.id = a.outlet_id JOIN named AS n ON n.id = a.id "
        "ORDER BY a.id"
    )


# The binary COPY format (PostgreSQL's "COPY … WITH (FORMAT binary)"): a signature, then
# per row its field count and each field's length and big-endian bytes, then a trailer.
BINARY_HEADER = b"PGCOPY\n\xff\r\n\x00" + b"\x00" * 8
BINARY_TRAILER = b"\xff\xff"
KEY_ROW = np.dtype(
    [("fields", ">i2"), ("key_size", ">i4"), ("key", ">i8"), ("id_size", ">i4"), ("id", ">i8")]
)


def signatures_copy(cursor, signatures: list[dict]) -> int:
    """The chunk's signatures and their key rows (`PassageKey`: one row per distinct band
    key of each report, which the signatures' triggers would write, and the triggers are
    off); returns how many key rows. Both written by hand: psycopg's row dumper took
    more CPU than drawing the reports' words (the key rows as binary from one array)."""
    if not signatures:
        return 0
    lines = "".join(
        f"{s['article_id']}\t{{{','.join(map(str, s['keys']))}}}\t{s['scheme']}\n"
        for s in signatures
    )
    with cursor.copy("COPY archive_passagesignature (article_id, keys, scheme) FROM STDIN") as copy:
        copy.write(lines)
    sizes = [len(s["keys"]) for s in signatures]
    total = sum(sizes)
    if not total:
        return 0
    rows = np.empty(total, dtype=KEY_ROW)
    rows["fields"], rows["key_size"], rows["id_size"] = 2, 8, 8
    rows["key"] = np.fromiter(
        (key for s in signatures for key in s["keys"]), dtype=np.int64, count=total
    )
    rows["id"] = np.repeat(np.array([s["article_id"] for s in signatures], np.int64), sizes)
    statement = "COPY archive_passagekey (key, article_id) FROM STDIN (FORMAT binary)"
    with cursor.copy(statement) as copy:
        copy.write(BINARY_HEADER + rows.tobytes() + BINARY_TRAILER)
    return total
