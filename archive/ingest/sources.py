"""One uploaded or loaded file expanded into report items, each checked on its own.

Accepted files, by extension:

- ``.txt`` (also ``.text``): one report, plain text.
- ``.html`` / ``.htm``: one report, content type ``text/html``.
- ``.jsonl`` (also ``.ndjson``): one report per line, a JSON object::

      {"url": "...", "outlet": "...", "title": "...", "published": "2022-01-07",
       "language": "en", "section": "...", "byline": "...", "text": "..."}

  ``text`` (plain) or ``html`` (a page) is required; every other field is optional and
  becomes a hint that wins over what the parser extracts. Other keys are ignored.
  Items are named ``rows.jsonl#N``, N the line number (blank lines are skipped).
- ``.csv``: the same columns, with a header row; decoded like any report (UTF-8 with or
  without BOM, Windows-1252, ...). Items are named ``rows.csv#N``, N the data row.
- ``.zip``: any of the above inside. Refused: names that leave the archive (``../x``,
  ``/abs``, ``C:\\x``), nested zips, encrypted entries, entries over ``max_bytes``, an
  entry or archive that expands more than ``max_ratio`` times, more than ``max_items``
  entries.

A broken file, row or entry yields a `SourceError` with a clear message and never stops
the others. Limits: ``max_bytes`` for one report (a .txt, .html, row or zip entry);
``max_total_bytes`` for a container (.jsonl, .csv, .zip) and for a zip's expanded size.
"""

from __future__ import annotations

import csv
import io
import json
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from archive.ingest.errors import IngestError
from archive.ingest.text import decode

HINT_FIELDS = ("url", "outlet", "title", "published", "language", "section", "byline")
MB = 1024 * 1024
DEFAULT_MAX_BYTES = 5 * MB
DEFAULT_MAX_TOTAL_BYTES = 200 * MB
DEFAULT_MAX_ITEMS = 10_000
DEFAULT_MAX_RATIO = 100
ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class SourceItem:
    name: str  # "batch.zip/inner.txt", "rows.jsonl#3"
    raw: bytes
    hints: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/plain"


@dataclass
class SourceError:
    name: str
    message: str

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"


@dataclass(frozen=True)
class _Limits:
    max_bytes: int
    max_total_bytes: int
    max_items: int
    max_ratio: float


def _size(limit: int) -> str:
    return f"{limit / MB:g} MB" if limit >= MB else f"{limit} bytes"


def _extension(name: str) -> str:
    return posixpath.splitext(name.lower())[1]


def read_sources(
    name: str,
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_items: int = DEFAULT_MAX_ITEMS,
    max_ratio: float = DEFAULT_MAX_RATIO,
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
) -> Iterator[SourceItem | SourceError]:
    """Yield one SourceItem per report in the file, or a SourceError per broken part."""
    limits = _Limits(max_bytes, max_total_bytes, max_items, max_ratio)
    if _extension(name) == ".zip" or data.startswith(ZIP_MAGIC):
        yield from _read_zip(name, data, limits)
    else:
        yield from _read_file(name, data, limits)


def _read_file(name: str, data: bytes, limits: _Limits) -> Iterator[SourceItem | SourceError]:
    extension = _extension(name)
    if not data or not data.strip():
        yield SourceError(name, "empty file")
        return
    container = extension in (".jsonl", ".ndjson", ".csv")
    limit = limits.max_total_bytes if container else limits.max_bytes
    if len(data) > limit:
        yield SourceError(name, f"file over {_size(limit)} limit")
        return
    try:
        text, _ = decode(data)
    except IngestError as error:
        yield SourceError(name, str(error))
        return
    if extension in (".jsonl", ".ndjson"):
        yield from _read_jsonl(name, text, limits)
    elif extension == ".csv":
        yield from _read_csv(name, text, limits)
    elif extension in (".html", ".htm"):
        yield SourceItem(name, data, {}, "text/html")
    elif extension in (".txt", ".text", ""):
        yield SourceItem(name, data, {}, "text/plain")
    else:
        yield SourceError(name, f"unsupported file type {extension!r}")


def _row_item(name: str, row: dict, limits: _Limits) -> SourceItem | SourceError:
    """A report from one JSONL/CSV row (a dict of field -> value)."""
    hints = {
        key: str(row[key]).strip()
        for key in HINT_FIELDS
        if row.get(key) is not None and str(row[key]).strip()
    }
    for key, content_type in (("html", "text/html"), ("text", "text/plain")):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            raw = value.encode("utf-8")
            if len(raw) > limits.max_bytes:
                return SourceError(name, f"{key} over {_size(limits.max_bytes)} limit")
            return SourceItem(name, raw, hints, content_type)
    return SourceError(name, "no text or html field")


def _read_jsonl(name: str, text: str, limits: _Limits) -> Iterator[SourceItem | SourceError]:
    count = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        count += 1
        if count > limits.max_items:
            yield SourceError(name, f"more than {limits.max_items} rows: the rest were not read")
            return
        item_name = f"{name}#{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield SourceError(item_name, f"invalid JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(row, dict):
            yield SourceError(item_name, "not a JSON object")
            continue
        yield _row_item(item_name, row, limits)


def _read_csv(name: str, text: str, limits: _Limits) -> Iterator[SourceItem | SourceError]:
    # A report's text easily passes csv's default 128 KB field limit.
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_bytes))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [column.strip().lower() for column in next(reader)]
    except (StopIteration, csv.Error) as error:
        # StopIteration says nothing ("" as text): the file holds no line at all.
        yield SourceError(name, f"no readable CSV header ({str(error) or 'empty'})")
        return
    if "text" not in header and "html" not in header:
        yield SourceError(name, "CSV header has no text or html column")
        return
    number = 0
    while True:
        number += 1
        item_name = f"{name}#{number}"
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield SourceError(item_name, f"malformed CSV row (line {reader.line_num}): {error}")
            continue
        if number > limits.max_items:
            yield SourceError(name, f"more than {limits.max_items} rows: the rest were not read")
            return
        if not any(value.strip() for value in values):
            number -= 1  # a blank line is not a row
            continue
        if len(values) != len(header):
            yield SourceError(
                item_name, f"row has {len(values)} fields, the header has {len(header)}"
            )
            continue
        yield _row_item(item_name, dict(zip(header, values, strict=True)), limits)


def _unsafe_name(entry: str) -> bool:
    """Names that would leave the archive's folder if extracted."""
    normalised = entry.replace("\\", "/")
    return (
        normalised.startswith("/")
        or bool(re.match(r"^[A-Za-z]:", normalised))
        or ".." in normalised.split("/")
    )


def _read_zip(name: str, data: bytes, limits: _Limits) -> Iterator[SourceItem | SourceError]:
    if len(data) > limits.max_total_bytes:
        yield SourceError(name, f"file over {_size(limits.max_total_bytes)} limit")
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as error:
        yield SourceError(name, f"not a readable zip archive ({error})")
        return
    if len(entries) > limits.max_items:
        yield SourceError(
            name, f"too many entries ({len(entries)}, the limit is {limits.max_items})"
        )
        return
    expanded = sum(info.file_size for info in entries)
    if expanded > limits.max_total_bytes or expanded > max(len(data), 1) * limits.max_ratio:
        yield SourceError(
            name,
            f"expands to {expanded} bytes from {len(data)}: over the "
            f"{limits.max_ratio:g}x expansion ratio or {_size(limits.max_total_bytes)} limit",
        )
        return
    with archive:
        for info in entries:
            yield from _read_entry(name, archive, info, limits)


def _read_entry(
    name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: _Limits
) -> Iterator[SourceItem | SourceError]:
    entry_name = f"{name}/{info.filename}"
    base = posixpath.basename(info.filename.replace("\\", "/"))
    if info.filename.startswith("__MACOSX/") or base.startswith("._") or base == ".DS_Store":
        return  # archiver litter, not reports
    if _unsafe_name(info.filename):
        yield SourceError(entry_name, "path traversal refused")
        return
    if _extension(info.filename) == ".zip":
        yield SourceError(entry_name, "nested zip refused")
        return
    if info.flag_bits & 0x1:
        yield SourceError(entry_name, "encrypted entry refused")
        return
    if info.file_size > limits.max_bytes:
        yield SourceError(entry_name, f"file over {_size(limits.max_bytes)} limit")
        return
    if info.file_size > max(info.compress_size, 1) * limits.max_ratio:
        yield SourceError(entry_name, f"compression ratio over {limits.max_ratio:g}x refused")
        return
    try:
        with archive.open(info) as file:
            # Read one byte past the limit: a lying header cannot make us read more.
            content = file.read(limits.max_bytes + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:
        yield SourceError(entry_name, f"unreadable entry ({error})")
        return
    if len(content) > limits.max_bytes:
        yield SourceError(entry_name, f"file over {_size(limits.max_bytes)} limit")
        return
    if content.startswith(ZIP_MAGIC):
        yield SourceError(entry_name, "nested zip refused")
        return
    yield from _read_file(entry_name, content, limits)
