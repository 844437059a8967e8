"""read_sources: every kind of file, and every bad input with its message."""

import io
import json
import random
import string
import zipfile

import pytest

from archive.ingest.sources import SourceError, SourceItem, read_sources

TEXT = b"Tokyo, Jan 7 (EFE).- Japan and the United States agreed Friday."


def read(name, data, **limits):
    return list(read_sources(name, data, **limits))


def names(results):
    return [(type(r).__name__, r.name) for r in results]


def messages(results):
    return [str(r) for r in results if isinstance(r, SourceError)]


def make_zip(entries, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def test_txt_and_html():
    [item] = read("a.txt", TEXT)
    assert (item.name, item.raw, item.hints, item.content_type) == ("a.txt", TEXT, {}, "text/plain")
    [page] = read("b.HTML", b"<html><body><p>Hi there.</p></body></html>")
    assert page.content_type == "text/html"


def test_jsonl_rows_with_hints_and_errors_in_between():
    rows = [
        json.dumps(
            {"url": "https://x.it/1", "outlet": "X", "published": "2022-01-07", "text": "One."}
        ),
        "",
        json.dumps({"title": "Two", "html": "<html><p>Two.</p></html>", "extra": 1}),
        '{"title": "broken" "text": "x"}',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Six.", "language": None}),
    ]
    results = read("rows.jsonl", "\n".join(rows).encode())
    assert names(results) == [
        ("SourceItem", "rows.jsonl#1"),
        ("SourceItem", "rows.jsonl#3"),
        ("SourceError", "rows.jsonl#4"),
        ("SourceError", "rows.jsonl#5"),
        ("SourceError", "rows.jsonl#6"),
        ("SourceItem", "rows.jsonl#7"),
    ]
    assert results[0].hints == {"url": "https://x.it/1", "outlet": "X", "published": "2022-01-07"}
    assert results[0].raw == b"One."
    assert (results[1].content_type, results[1].hints) == ("text/html", {"title": "Two"})
    assert messages(results) == [
        "rows.jsonl#4: invalid JSON: Expecting ',' delimiter at column 20",
        "rows.jsonl#5: not a JSON object",
        "rows.jsonl#6: no text or html field",
    ]
    assert results[-1].hints == {}


def test_csv_rows_in_cp1252_with_a_malformed_row():
    data = (
        "title,outlet,text\r\n"
        'First,EFE,"“Quoted,” he said."\r\n'
        "Second,Reuters\r\n"
        'Third,AP,"a ""fine"" text"\r\n'
        'Fourth,AP,"bad "quote here\r\n'
        "Fifth,AP,Last one.\r\n"
    ).encode("cp1252")
    results = read("rows.csv", data)
    assert names(results) == [
        ("SourceItem", "rows.csv#1"),
        ("SourceError", "rows.csv#2"),
        ("SourceItem", "rows.csv#3"),
        ("SourceError", "rows.csv#4"),
        ("SourceItem", "rows.csv#5"),
    ]
    assert results[0].raw.decode() == "“Quoted,” he said."
    assert results[0].hints == {"title": "First", "outlet": "EFE"}
    assert results[2].raw == b'a "fine" text'
    assert messages(results)[0] == "rows.csv#2: row has 2 fields, the header has 3"
    assert messages(results)[1].startswith("rows.csv#4: malformed CSV row")


def test_csv_without_a_text_column():
    assert messages(read("rows.csv", b"title,url\nA,B\n")) == [
        "rows.csv: CSV header has no text or html column"
    ]


@pytest.mark.parametrize(
    ("name", "data", "limits", "message"),
    [
        ("empty.txt", b"", {}, "empty.txt: empty file"),
        ("blank.txt", b" \n ", {}, "blank.txt: empty file"),
        (
            "img.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00",
            {},
            "img.txt: binary file (not text): looks like a PNG image",
        ),
        ("nul.txt", b"abc\x00def", {}, "nul.txt: binary file (not text)"),
        ("big.txt", b"x" * 101, {"max_bytes": 100}, "big.txt: file over 100 bytes limit"),
        ("big.txt", b"x" * (5 * 1024 * 1024 + 1), {}, "big.txt: file over 5 MB limit"),
        (
            "odd.txt",
            b"Hello \x9d\x81\x8f world \x90\x8d",
            {},
            "odd.txt: undecodable text: not UTF-8, Windows-1252, Shift_JIS or EUC-JP",
        ),
        ("a.pdf", b"just text", {}, "a.pdf: unsupported file type '.pdf'"),
    ],
    ids=[
        "empty",
        "blank",
        "binary-png",
        "binary-nul",
        "over-limit",
        "over-5mb",
        "undecodable",
        "type",
    ],
)
def test_bad_files(name, data, limits, message):
    assert messages(read(name, data, **limits)) == [message]


def test_zip_with_every_kind_of_entry_and_every_refusal():
    jsonl = json.dumps({"text": "Row one."}) + "\n" + "{bad json\n"
    data = make_zip(
        [
            ("inner.txt", TEXT),
            ("pages/page.html", b"<html><p>Page.</p></html>"),
            ("rows.jsonl", jsonl.encode()),
            ("../x.txt", TEXT),
            ("/abs.txt", TEXT),
            ("C:\\win.txt", TEXT),
            ("nested.zip", make_zip([("a.txt", TEXT)])),
            ("sneaky.dat", make_zip([("a.txt", TEXT)])),
            ("empty.txt", b""),
            ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("odd.txt", b"Hello \x9d\x81\x8f world \x90\x8d"),
            ("__MACOSX/._inner.txt", b"junk"),
            ("last.txt", TEXT),
        ]
    )
    results = read("batch.zip", data)
    items = [r.name for r in results if isinstance(r, SourceItem)]
    assert items == [
        "batch.zip/inner.txt",
        "batch.zip/pages/page.html",
        "batch.zip/rows.jsonl#1",
        "batch.zip/last.txt",
    ]
    assert messages(results) == [
        "batch.zip/rows.jsonl#2: invalid JSON: "
        "Expecting property name enclosed in double quotes at column 2",
        "batch.zip/../x.txt: path traversal refused",
        "batch.zip//abs.txt: path traversal refused",
        "batch.zip/C:\\win.txt: path traversal refused",
        "batch.zip/nested.zip: nested zip refused",
        "batch.zip/sneaky.dat: nested zip refused",
        "batch.zip/empty.txt: empty file",
        "batch.zip/image.txt: binary file (not text): looks like a PNG image",
        "batch.zip/odd.txt: undecodable text: not UTF-8, Windows-1252, Shift_JIS or EUC-JP",
    ]


def test_zip_entry_over_the_size_limit_does_not_stop_the_others():
    data = make_zip([("big.txt", b"x" * 2000), ("ok.txt", TEXT)])
    results = read("batch.zip", data, max_bytes=1000, max_ratio=1000)
    assert names(results) == [
        ("SourceError", "batch.zip/big.txt"),
        ("SourceItem", "batch.zip/ok.txt"),
    ]
    assert messages(results) == ["batch.zip/big.txt: file over 1000 bytes limit"]


def test_zip_bomb_ratio_is_refused_whole():
    bomb = make_zip([("bomb.txt", b"a" * 3_000_000), ("ok.txt", TEXT)])
    [error] = read("bomb.zip", bomb)
    assert error.name == "bomb.zip"
    assert "100x expansion ratio" in error.message


def test_zip_entry_ratio_is_refused_per_entry():
    """The archive as a whole expands little (its other entry does not compress), but one
    entry expands hundreds of times: that entry alone is refused."""
    rng = random.Random(1)
    incompressible = "".join(rng.choice(string.ascii_letters + " .,") for _ in range(20_000))
    data = make_zip([("squashed.txt", b"a" * 50_000), ("ok.txt", incompressible.encode())])
    results = read("batch.zip", data)
    assert names(results) == [
        ("SourceError", "batch.zip/squashed.txt"),
        ("SourceItem", "batch.zip/ok.txt"),
    ]
    assert messages(results) == ["batch.zip/squashed.txt: compression ratio over 100x refused"]


def test_zip_with_too_many_entries():
    data = make_zip([(f"{n}.txt", TEXT) for n in range(5)])
    assert messages(read("many.zip", data, max_items=4)) == [
        "many.zip: too many entries (5, the limit is 4)"
    ]


def test_not_a_zip():
    [error] = read("broken.zip", b"PK\x03\x04 this is not really a zip")
    assert error.message.startswith("not a readable zip archive")


def test_jsonl_row_limit():
    data = "\n".join(json.dumps({"text": f"Row {n}."}) for n in range(5)).encode()
    results = read("rows.jsonl", data, max_items=3)
    assert len([r for r in results if isinstance(r, SourceItem)]) == 3
    assert messages(results) == ["rows.jsonl: more than 3 rows: the rest were not read"]
