"""`manage.py import_articles`: bulk import with a summary, --dry-run and --json."""

import json

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article, ImportBatch
from archive.services import SEEDS_DIR

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("import_articles", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_imports_a_folder_and_summarises(reference):
    out, _ = run(str(SEEDS_DIR), "--status", "published")
    assert "5 created, 0 duplicates, 0 failed" in out
    assert Article.objects.published().count() == 5
    out, _ = run(str(SEEDS_DIR))
    assert "0 created, 5 duplicates, 0 failed" in out
    assert Article.objects.count() == 5


def test_dry_run_saves_nothing(reference):
    out, _ = run(str(SEEDS_DIR), "--dry-run")
    assert "Dry run, nothing saved: 5 ready to import, 0 duplicates, 0 failed" in out
    assert not Article.objects.exists()
    assert not ImportBatch.objects.exists()


def test_json_prints_every_parsed_field_and_saves_nothing(reference):
    out, _ = run(*sorted(str(p) for p in SEEDS_DIR.glob("*.txt")), "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 5
    first = lines[0]["parsed"]
    for field in (
        "title",
        "outlet_slug",
        "wire_slug",
        "published",
        "date_precision",
        "language",
        "byline",
        "credits",
        "people",
        "quotes",
        "topics",
        "meetings",
        "dropped",
    ):
        assert field in first, field
    assert first["published"] == "2022-01-07" and first["date_precision"] == "inferred"
    assert not Article.objects.exists()


def test_failures_are_reported_with_reasons(reference, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_bytes((SEEDS_DIR / "002_47d3a070607f175a.txt").read_bytes())
    out, err = run(str(tmp_path))
    assert "1 created, 0 duplicates, 1 failed" in out
    assert "empty.txt" in err


def test_missing_path_is_a_clear_error(reference):
    with pytest.raises(CommandError, match="no such file"):
        run("/nonexistent/reports")


def test_json_reports_shared_text_within_the_batch_and_with_the_archive(reference):
    seeds = sorted(str(p) for p in SEEDS_DIR.glob("*.txt"))
    out, _ = run(*seeds[:3], "--json")  # 000, 001, 002
    shared = {
        line["source"].rsplit("/", 1)[-1][:3]: line["parsed"]["shared_text"]
        for line in map(json.loads, out.splitlines())
    }
    assert [m["source"].rsplit("/", 1)[-1][:3] for m in shared["001"]] == ["002"]
    assert shared["000"] == []
    run(seeds[1], "--status", "published")  # 001 is now in the archive
    out, _ = run(seeds[4], "--json")  # 004 retells the same wire story
    (line,) = map(json.loads, out.splitlines())
    assert [m.get("article") for m in line["parsed"]["shared_text"]] == [Article.objects.get().pk]


# -- import by URL (--url): pages from a local server, allowed by the test-only setting ------


def test_a_url_is_imported_with_its_url_and_its_bytes(reference, web):
    from tests.test_fetch import PAGE

    url = web.url("/page.html")
    out, err = run("--url", url, "--status", "published")
    assert "1 created, 0 duplicates, 0 failed (1 reports)" in out, err
    article = Article.objects.get()
    assert article.url == url
    assert bytes(article.raw) == PAGE
    assert article.title == "US, Japan pledge more defence cooperation"
    assert article.extraction["content_type"] == "text/html"
    assert article.extraction["source_hints"] == {"url": url}
    assert url in article.source_name
    assert ImportBatch.objects.get().source.startswith(url)


def test_a_redirected_url_keeps_where_the_page_was_found(reference, web):
    run("--url", web.url("/hops/2"))
    assert Article.objects.get().url == web.url("/page.html")


def test_files_and_urls_import_in_one_batch_and_a_failed_fetch_stops_nothing(reference, web):
    seed = str(SEEDS_DIR / "002_47d3a070607f175a.txt")
    out, err = run(
        seed, "--url", web.url("/pdf"), web.url("/page.html"), web.url("/hops/5"), "--url",
        "http://10.0.0.1/",
    )  # fmt: skip
    assert "2 created, 0 duplicates, 0 failed (2 reports); 3 URLs not fetched" in out, err
    assert f"failed: {web.url('/pdf')}: application/pdf is not a report" in err
    assert f"failed: {web.url('/hops/5')}: more than 5 redirects: stopped" in err
    assert "failed: http://10.0.0.1/: 10.0.0.1 is a private address: refused" in err
    assert ImportBatch.objects.count() == 1
    assert sorted(Article.objects.values_list("url", flat=True), key=str) == [
        None,
        web.url("/page.html"),
    ]


def test_a_url_already_imported_is_a_duplicate(reference, web):
    run("--url", web.url("/page.html"))
    out, _ = run("--url", web.url("/page.html"))
    assert "0 created, 1 duplicates, 0 failed" in out
    assert Article.objects.count() == 1


def test_a_refused_url_alone_imports_nothing_and_connects_nowhere(reference, monkeypatch):
    import socket

    connections = []
    monkeypatch.setattr(socket.socket, "connect", lambda sock, address: connections.append(1))
    out, err = run("--url", "http://169.254.169.254/latest/meta-data/")
    assert "Nothing imported: 1 URL not fetched" in out
    assert "a cloud metadata address: refused" in err
    assert connections == [] and not ImportBatch.objects.exists()


def test_json_reports_a_url_that_could_not_be_fetched(reference, web):
    out, _ = run("--url", web.url("/page.html"), web.url("/missing"), "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0] == {
        "source": web.url("/missing"),
        "status": "failed",
        "message": "the server answered 404 Not Found",
    }
    assert lines[1]["status"] == "parsed" and lines[1]["parsed"]["url"] == web.url("/page.html")
    assert not Article.objects.exists()


def test_a_page_in_another_charset_is_imported_and_said_to_be_converted(reference, web):
    from tests.test_fetch import JAPANESE

    out, _ = run("--url", web.url("/japanese.html"))
    assert "it is stored converted to UTF-8" in out
    article = Article.objects.get()
    assert bytes(article.raw) == JAPANESE.decode("shift_jis").encode("utf-8")
    assert article.language == "ja"


def test_nothing_to_import_is_a_clear_error(reference):
    with pytest.raises(CommandError, match="--url"):
        run()


def test_two_parse_workers_import_what_one_does(reference):
    out, _ = run(str(SEEDS_DIR), "--status", "published", "--workers", "2")
    assert "5 created, 0 duplicates, 0 failed (5 reports)" in out
    assert sorted(Article.objects.values_list("source_name", flat=True)) == sorted(
        str(path) for path in SEEDS_DIR.glob("*.txt")
    )


def test_json_with_workers_prints_the_reports_in_order(reference):
    seeds = sorted(str(p) for p in SEEDS_DIR.glob("*.txt"))
    out, _ = run(*seeds, "--json", "--workers", "2")
    assert [json.loads(line)["source"] for line in out.splitlines()] == seeds


def test_workers_must_be_at_least_one(reference):
    with pytest.raises(CommandError, match="--workers"):
        run(str(SEEDS_DIR), "--workers", "0")
