"""read_sources at its edges (issue 11's mutation score): each limit is inclusive (a file of
exactly the limit is read, one byte more is refused), each accepted extension in any case,
and each refusal names the file or entry it refuses, with its message."""

import io
import json
import zipfile

import pytest

from archive.ingest.sources import (
    SourceError,
    SourceItem,
    _Limits,
    _read_entry,
    _read_zip,
    read_sources,
)

TEXT = b"Tokyo, Jan 7 (EFE).- Japan and the United States agreed Friday."


def read(name, data, **limits):
    return [
        (r.name, r.message) if isinstance(r, SourceError) else (r.name, r.content_type)
        for r in read_sources(name, data, **limits)
    ]


def make_zip(entries, compression=zipfile.ZIP_STORED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("a.htm", "text/html"),
        ("a.HTM", "text/html"),
        ("a.text", "text/plain"),
        ("a.TEXT", "text/plain"),
        ("README", "text/plain"),  # no extension: plain text
    ],
)
def test_every_accepted_extension_in_any_case(name, content_type):
    assert read(name, TEXT) == [(name, content_type)]


def test_an_item_keeps_its_bytes_and_no_hints():
    [item] = read_sources("a.htm", TEXT)
    assert isinstance(item, SourceItem)
    assert (item.raw, item.hints) == (TEXT, {})


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.ndjson", "rows.NDJSON", "rows.JSONL"])
def test_json_lines_in_any_case(name):
    data = json.dumps({"text": "Japan and the United States agreed."}).encode()
    assert read(name, data) == [(f"{name}#1", "text/plain")]


@pytest.mark.parametrize("name", ["rows.csv", "rows.CSV", "rows.jsonl", "rows.ndjson"])
def test_a_container_is_held_to_the_total_limit_not_one_reports(name):
    if name.lower().endswith(".csv"):
        data = b"text\n" + b"Japan and the United States agreed.\n" * 3
    else:
        data = b'{"text": "Japan and the United States agreed."}\n' * 3
    assert all(kind == "text/plain" for _, kind in read(name, data, max_bytes=60))


@pytest.mark.parametrize(
    ("name", "data", "limits", "expected"),
    [
        ("a.txt", b"x" * 100, {"max_bytes": 100}, [("a.txt", "text/plain")]),
        ("a.txt", b"x" * 101, {"max_bytes": 100}, [("a.txt", "file over 100 bytes limit")]),
        ("a.txt", b"x" * 100, {"max_bytes": 1024 * 1024}, [("a.txt", "text/plain")]),
        ("a.txt", b" \n", {}, [("a.txt", "empty file")]),
        (
            "rows.jsonl",
            json.dumps({"text": "x" * 100}).encode(),
            {"max_bytes": 100},
            [("rows.jsonl#1", "text/plain")],
        ),
        (
            "rows.jsonl",
            json.dumps({"text": "x" * 101}).encode(),
            {"max_bytes": 100},
            [("rows.jsonl#1", "text over 100 bytes limit")],
        ),
        (
            "rows.jsonl",
            b'{"text": "a"}\n{"text": "b"}\n',
            {"max_items": 1},
            [
                ("rows.jsonl#1", "text/plain"),
                ("rows.jsonl", "more than 1 rows: the rest were not read"),
            ],
        ),
        ("rows.csv", b"", {}, [("rows.csv", "empty file")]),
        ("rows.csv", b'"\n', {}, [("rows.csv", "no readable CSV header (unexpected end of data)")]),
        # Only a byte-order mark: no line at all, said so.
        ("rows.csv", b"\xef\xbb\xbf", {}, [("rows.csv", "no readable CSV header (empty)")]),
    ],
)
def test_limits_are_inclusive_and_refusals_are_named(name, data, limits, expected):
    assert read(name, data, **limits) == expected


def test_the_size_of_a_limit_in_megabytes():
    data = b"x" * (1024 * 1024 + 1)
    assert read("a.txt", data, max_bytes=1024 * 1024) == [("a.txt", "file over 1 MB limit")]


def test_csv_rows_are_counted_without_blank_lines():
    data = b"text\nfirst\n\n\nsecond\n\nthird\n"
    assert read("rows.csv", data, max_items=3) == [
        ("rows.csv#1", "text/plain"),
        ("rows.csv#2", "text/plain"),
        ("rows.csv#3", "text/plain"),
    ]
    assert read("rows.csv", data, max_items=2)[-1] == (
        "rows.csv",
        "more than 2 rows: the rest were not read",
    )


def test_csv_with_only_an_html_column_and_a_quoted_line_break():
    data = b'title,html\nA,"<p>Japan and\r\nthe US.</p>"\n'
    assert read("rows.csv", data) == [("rows.csv#1", "text/html")]


def test_a_csv_row_hint_is_kept_stripped():
    [item] = read_sources("rows.csv", b"title,text\n  A title  ,Body\n")
    assert item.hints == {"title": "A title"}


def test_a_zip_named_zip_in_any_case_or_by_its_bytes():
    data = make_zip([("a.txt", TEXT)])
    assert read("batch.ZIP", data) == [("batch.ZIP/a.txt", "text/plain")]
    assert read("batch.bin", data) == [("batch.bin/a.txt", "text/plain")]


@pytest.mark.parametrize(
    ("entries", "limits", "expected"),
    [
        ([("a.txt", b"x" * 100)], {"max_bytes": 100}, [("z.zip/a.txt", "text/plain")]),
        (
            [("a.txt", b"x" * 101), ("b.txt", TEXT)],
            {"max_bytes": 100},
            [("z.zip/a.txt", "file over 100 bytes limit"), ("z.zip/b.txt", "text/plain")],
        ),
        ([("inner.ZIP", b"x")], {}, [("z.zip/inner.ZIP", "nested zip refused")]),
        ([("a.txt", TEXT), ("b.txt", TEXT)], {"max_items": 2}, None),  # exactly the limit
        (
            [("__MACOSX/a.txt", TEXT), ("x/._a.txt", TEXT), ("x/.DS_Store", TEXT), ("b.txt", TEXT)],
            {},
            [("z.zip/b.txt", "text/plain")],
        ),
        ([("x\\._a.txt", TEXT)], {}, []),  # litter, written with Windows separators
        ([("c:\\x.txt", TEXT)], {}, [("z.zip/c:\\x.txt", "path traversal refused")]),
    ],
)
def test_zip_entries(entries, limits, expected):
    found = read("z.zip", make_zip(entries), **limits)
    if expected is None:
        expected = [(f"z.zip/{name}", "text/plain") for name, _ in entries]
    assert found == expected


def test_a_zip_over_the_total_limit_is_named():
    data = make_zip([("a.txt", TEXT)])
    assert read("z.zip", data, max_total_bytes=len(data)) == [("z.zip/a.txt", "text/plain")]
    assert read("z.zip", data, max_total_bytes=len(data) - 1) == [
        ("z.zip", f"file over {len(data) - 1} bytes limit")
    ]


def test_an_encrypted_entry_is_refused_by_name():
    data = bytearray(make_zip([("a.txt", TEXT)]))
    # general purpose bit 0 (encrypted) in the local header and the central directory
    data[6] |= 0x1
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 0x1
    assert read("z.zip", bytes(data)) == [("z.zip/a.txt", "encrypted entry refused")]


def test_a_zip_entry_of_exactly_the_limit_is_read_whole():
    data = b"x" * 99 + b"y"
    (item,) = read_sources("z.zip", make_zip([("a.txt", data)]), max_bytes=100)
    assert isinstance(item, SourceItem)
    assert item.raw == data


@pytest.mark.parametrize(("compressed", "expanded"), [(0, 101), (1, 101), (2, 201)])
def test_an_entry_header_claiming_over_the_ratio_is_refused_unread(compressed, expanded):
    # a50f3b0 sample: a (forged) header of 0 or 1 compressed bytes is held to the ratio
    # as one byte; nothing of it is read.
    info = zipfile.ZipInfo("a.txt")
    info.compress_size, info.file_size = compressed, expanded
    limits = _Limits(max_bytes=10_000, max_total_bytes=10_000, max_items=10, max_ratio=100)
    with zipfile.ZipFile(io.BytesIO(), "w") as empty:
        found = list(_read_entry("up.zip", empty, info, limits))
    assert found == [SourceError("up.zip/a.txt", "compression ratio over 100x refused")]


def _zip_of(size: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", "x" * size)
    return buffer.getvalue()


def test_an_archive_expanding_to_exactly_the_ratio_is_left_to_its_entries():
    # seed-20261207 sample (_read_zip 25): the archive's own check refuses only what
    # expands to more than max_ratio times its size; at exactly that, each entry decides.
    limits = _Limits(max_bytes=10_000, max_total_bytes=10_000, max_items=10, max_ratio=10)
    size = next(n for n in range(1000, 3000) if n == len(_zip_of(n)) * 10)
    at, over = _zip_of(size), _zip_of(size + 1)
    assert list(_read_zip("up.zip", at, limits)) == [
        SourceError("up.zip/a.txt", "compression ratio over 10x refused")
    ]
    assert [e.message for e in _read_zip("up.zip", over, limits)] == [
        f"expands to {size + 1} bytes from {len(over)}: over the 10x expansion ratio or "
        "10000 bytes limit"
    ]
