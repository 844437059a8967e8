"""A page's SQL: captured from one request through Django's test client (the query count),
then run again directly with psycopg (the raw SQL time), and the slowest one explained."""

import json
import statistics
import time
from dataclasses import dataclass, field


@dataclass
class PageSql:
    status: int
    queries: list = field(default_factory=list)  # SQL text as executed
    raw_ms: float | None = None  # sum over the SELECTs of the median of 3 direct runs
    slowest_ms: float | None = None
    slowest_sql: str = ""
    plan: str = ""  # the slowest SELECT's costliest plan node


def page_queries(path: str) -> tuple[int, list[str]]:
    """Status and SQL of one GET of `path` through the test client (same process, same
    database as Django's default connection)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
        if getattr(response, "streaming", False):
            for _ in response.streaming_content:
                pass
    return response.status_code, [query["sql"] for query in captured.captured_queries]


def node_costs(node: dict, found: list) -> float:
    """Walk an EXPLAIN (ANALYZE, FORMAT JSON) plan; collect (own ms, node) pairs, where
    own time is the node's total time over all loops less its children's."""
    total = node.get("Actual Total Time", 0.0) * node.get("Actual Loops", 1)
    children = sum(node_costs(child, found) for child in node.get("Plans", []))
    found.append((max(0.0, total - children), node))
    return total


def describe(node: dict, own_ms: float) -> str:
    what = node.get("Node Type", "?")
    for key in ("Relation Name", "Index Name", "Function Name"):
        if key in node:
            what += f" on {node[key]}"
            break
    rows = node.get("Actual Rows", 0) * node.get("Actual Loops", 1)
    return f"{what}: {own_ms:.0f} ms of its own, {rows:,.0f} rows"


def plan_main_cost(plan_json) -> str:
    """The two costliest nodes of an EXPLAIN (ANALYZE, FORMAT JSON) result, in words."""
    if isinstance(plan_json, str):
        plan_json = json.loads(plan_json)
    top = plan_json[0]["Plan"]
    found = []
    node_costs(top, found)
    found.sort(key=lambda item: item[0], reverse=True)
    return "; ".join(describe(node, ms) for ms, node in found[:2])


def sql_time(conn, queries: list[str], *, repeat: int = 3, explain: bool = True) -> PageSql:
    """Run each captured SELECT `repeat` times on `conn` (psycopg, autocommit) and sum
    the medians; EXPLAIN ANALYZE the slowest."""
    result = PageSql(status=0, queries=queries)
    total, slowest = 0.0, (0.0, "")
    for sql in queries:
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            with conn.cursor() as cursor:
                cursor.execute(sql.encode(), prepare=False)
                cursor.fetchall()
            runs.append((time.perf_counter() - started) * 1000)
        median = statistics.median(runs)
        total += median
        if median > slowest[0]:
            slowest = (median, sql)
    result.raw_ms = round(total, 1)
    result.slowest_ms = round(slowest[0], 1)
    result.slowest_sql = slowest[1]
    if explain and slowest[1]:
        with conn.cursor() as cursor:
            cursor.execute(b"EXPLAIN (ANALYZE, FORMAT JSON) " + slowest[1].encode())
            result.plan = plan_main_cost(cursor.fetchone()[0])
    return result
