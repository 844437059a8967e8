"""A broken archive is reported under its file's name (issue 11's seed-20261209 mutation
sample, sources.py): the curator reads which upload failed."""

from archive.ingest.sources import SourceError, read_sources


def test_an_unreadable_zip_archive_is_reported_under_its_name():
    # _read_zip 12 gave the error no name.
    found = list(read_sources("reports.zip", b"PK\x03\x04 Blinken met Hayashi in Tokyo."))
    assert len(found) == 1 and isinstance(found[0], SourceError)
    assert found[0].name == "reports.zip"
    assert found[0].message.startswith("not a readable zip archive (")
