"""The benchmark harness (bench/): percentile math, EXPLAIN summaries, results kept in
docs, and gunicorn started on a free loopback port and stopped again."""

import json
import os
import socket

import pytest
from django.db import connection

from archive.benchmark import export_measure
from archive.corpus.load import database_url
from archive.management.commands.benchmark import MARKER, results_insert
from bench.http import get, load_run, page_time
from bench.server import Gunicorn, RssSampler, memory_kb
from bench.sql import plan_main_cost
from bench.stats import percentile, summary


def test_percentiles_interpolate_between_ranks():
    assert percentile([4, 1, 3, 2], 0.5) == 2.5
    assert percentile([1, 2, 3, 4], 0) == 1
    assert percentile([1, 2, 3, 4], 1) == 4
    assert percentile(list(range(1, 21)), 0.95) == pytest.approx(19.05)
    assert percentile([7.0], 0.99) == 7.0
    with pytest.raises(ValueError):
        percentile([], 0.5)
    with pytest.raises(ValueError):
        percentile([1], 1.5)
    assert summary([10, 20, 30, 40, 50]) == {
        "n": 5, "p50": 30, "p95": 48.0, "p99": 49.6, "mean": 30,
    }  # fmt: skip


def test_the_plan_summary_names_the_costliest_node_by_its_own_time():
    plan = [
        {
            "Plan": {
                "Node Type": "Sort",
                "Actual Total Time": 120.0,
                "Actual Loops": 1,
                "Actual Rows": 20,
                "Plans": [
                    {
                        "Node Type": "Bitmap Heap Scan",
                        "Relation Name": "archive_article",
                        "Actual Total Time": 100.0,
                        "Actual Loops": 1,
                        "Actual Rows": 40000,
                        "Plans": [
                            {
                                "Node Type": "Bitmap Index Scan",
                                "Index Name": "article_search_gin",
                                "Actual Total Time": 10.0,
                                "Actual Loops": 1,
                                "Actual Rows": 40000,
                            }
                        ],
                    }
                ],
            }
        }
    ]
    summary_text = plan_main_cost(json.dumps(plan))
    first, second = summary_text.split("; ")
    assert first == "Bitmap Heap Scan on archive_article: 90 ms of its own, 40,000 rows"
    assert second == "Sort: 20 ms of its own, 20 rows"


def test_a_new_result_goes_above_the_earlier_ones(tmp_path):
    path = tmp_path / "benchmarks.md"
    path.write_text(f"# Benchmarks\n\nHow.\n\n{MARKER}\n\n## old run\n", encoding="utf-8")
    results_insert("## new run\n", path=path)
    text = path.read_text(encoding="utf-8")
    assert text.index("How.") < text.index("## new run") < text.index("## old run")
    assert text.count(MARKER) == 1


@pytest.mark.django_db(transaction=True)
def test_gunicorn_starts_on_a_free_loopback_port_answers_and_stops():
    env = {"DATABASE_URL": database_url(connection.settings_dict["NAME"]), "DEBUG": "0"}
    server = Gunicorn(env=env, workers=1, timeout=20, cwd=os.getcwd()).start(wait=30)
    try:
        assert server.base_url.startswith("http://127.0.0.1:")
        workers = server.worker_pids()
        assert len(workers) == 1
        assert memory_kb(workers[0])["VmHWM"] > 0
        timing = page_time(server.base_url, "/meetings/", requests=3, warmup=1, budget=10)
        assert timing.errors == []
        assert len(timing.samples) == 3
        assert get(server.base_url + "/no-such-page/", timeout=10).status == 404
        load = load_run(
            server.base_url, ["/meetings/", "/no-such-page/"], clients=2, requests_per_client=2
        )
        assert (load.completed, load.errors) == (2, 2)
        assert list(load.error_kinds.values()) == [2]
        assert next(iter(load.error_kinds)).startswith("404")
        export = export_measure(server, "/articles.csv", timeout=20)
        assert export["status"] == 200
        assert export["megabytes"] >= 0
        assert 0 < export["peak_rss_mb"] <= export["hwm_mb"] + 1
    finally:
        server.stop()
    assert server.process.poll() is not None
    assert not os.path.exists(f"/proc/{workers[0]}/status") or (
        open(f"/proc/{workers[0]}/status").read().find("zombie") >= 0
    )
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", server.port)) != 0
    assert get(server.base_url + "/", timeout=2).status == 0


def test_the_memory_sampler_sees_a_process_grow():
    """This process maps 64 MB of fresh pages while sampled: the sampler's growth must
    show it. (An anonymous map, not a bytearray: malloc may hand a bytearray a region
    earlier tests freed but left resident, and then the process does not grow.)"""
    import mmap
    import time

    with RssSampler(lambda: [os.getpid()], interval=0.01) as sampler:
        block = mmap.mmap(-1, 64 * 1024 * 1024)
        for offset in range(0, len(block), 4096):  # touch every page so it is resident
            block[offset] = 1
        time.sleep(0.1)
    block.close()
    assert sampler.growth_kb() >= 60 * 1024
