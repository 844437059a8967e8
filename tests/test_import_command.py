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
