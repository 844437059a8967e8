"""bench/parse.py: the generated reports and the results table (no timing asserted)."""

import os

import pytest

from bench import parse as parse_bench


@pytest.mark.parametrize("kind", parse_bench.KINDS)
def test_reports_have_the_size_asked_and_are_the_same_each_time(kind):
    raw = parse_bench.generate_report(kind, 50_000)
    assert 45_000 <= len(raw) <= 50_000
    assert raw == parse_bench.generate_report(kind, 50_000)
    assert raw != parse_bench.generate_report(kind, 50_000, seed=1)
    raw.decode("utf-8")


def test_kinds_differ_as_described():
    english = parse_bench.generate_report("english", 20_000).decode()
    japanese = parse_bench.generate_report("japanese", 20_000).decode()
    one_line = parse_bench.generate_report("one-line", 20_000).decode()
    assert english.startswith(parse_bench.HEADS["english"].rstrip())
    assert "\n\n" in english and "\n\n" in japanese
    assert "外相" in japanese
    assert "\n" not in one_line
    assert any(f"{title} " in one_line for title in parse_bench.TITLES)


def test_a_paragraph_is_never_printed_twice_in_a_row():
    paragraphs = parse_bench.generate_report("english", 200_000).decode().split("\n\n")
    assert all(a != b for a, b in zip(paragraphs, paragraphs[1:], strict=False))


def test_unknown_kind():
    with pytest.raises(ValueError, match="unknown kind"):
        parse_bench.generate_report("klingon", 1000)


def test_run_times_every_kind_and_size_and_writes_a_row_each(ref):
    seen = []
    timings = parse_bench.run(
        ref, kinds=("english", "one-line"), sizes_mb=(0.002, 0.004), progress=seen.append
    )
    assert [(t.kind, t.size_mb) for t in timings] == [
        ("english", 0.002),
        ("english", 0.004),
        ("one-line", 0.002),
        ("one-line", 0.004),
    ]
    assert seen == timings
    assert all(t.seconds > 0 and t.cpu_seconds >= 0 and t.peak_rss_mb > 0 for t in timings)
    table = parse_bench.markdown(timings, machine="test box", command="make parse-bench")
    assert "- Machine: test box" in table
    assert "| load |" in table
    assert all(t.load >= 0 for t in timings)
    rows = [line for line in table.splitlines() if line.startswith(("| english", "| one-line"))]
    assert [row.rsplit("|", 2)[1].strip() for row in rows] == [f"{t.load:.1f}" for t in timings]
    assert table.count("\n| english |") == 2 and table.count("\n| one-line |") == 2


def test_no_timed_report_begins_with_the_text_parsed_before_it(ref, monkeypatch):
    """The parser remembers its last long text (to read a text that extends it cheaply):
    a report that began with the smaller one parsed just before would be timed too low."""
    parsed = []
    monkeypatch.setattr(
        parse_bench, "time_parse", lambda raw, reference, **kw: parsed.append(raw) or kw
    )
    parse_bench.run(ref, kinds=("english", "one-line"), sizes_mb=(0.02, 0.04, 0.08))
    for before, after in zip(parsed, parsed[1:], strict=False):
        assert len(os.path.commonprefix([before, after])) < 1_000


def test_a_report_labeled_later_does_not_change_the_generated_texts(tmp_path):
    paragraph = "A paragraph long enough to be taken as body text by the generator, about talks."
    last = parse_bench.LAST_CORPUS_ID
    for number, text in ((last, paragraph), (last + 1, paragraph + " Later.")):
        (tmp_path / "labels").mkdir(exist_ok=True)
        (tmp_path / "reports").mkdir(exist_ok=True)
        (tmp_path / "labels" / f"{number:03d}.json").write_text('{"language": "ja"}')
        (tmp_path / "reports" / f"{number:03d}.txt").write_text(text)
    assert parse_bench.corpus_paragraphs("ja", corpus=tmp_path) == [paragraph]
