"""read_sources by the file's name (issue 11's seed-20261208 mutation sample, sources.py):
a file named .zip is read as an archive even when it does not start like one, so a broken
archive is reported as one, not as a file of an unsupported type."""

from archive.ingest.sources import SourceError, read_sources


def test_a_zip_file_that_is_no_archive_is_reported_as_an_unreadable_archive():
    # read_sources 13 looked at the bytes only: this went to the plain-file reader, which
    # called it "unsupported file type '.zip'".
    found = list(read_sources("reports.zip", b"Blinken met Hayashi in Tokyo on Friday."))
    assert len(found) == 1 and isinstance(found[0], SourceError)
    assert found[0].message.startswith("not a readable zip archive")
