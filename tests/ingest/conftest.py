"""Fixtures for the pipeline tests: no database, no Django; the Reference comes from CSVs."""

import pytest

from archive.ingest.pipeline import parse_report
from tests.ingest.reference_data import SEED_FILES, seed_reference


@pytest.fixture(scope="session")
def ref():
    """The seed Reference (built once: building the alias regexes is the costly part)."""
    return seed_reference()


@pytest.fixture(scope="session")
def seeds(ref):
    """Each seed parsed once, by number: {"000": ParsedReport, ...}."""
    return {
        number: parse_report(path.read_bytes(), reference=ref, filename=path.name)
        for number, path in SEED_FILES.items()
    }
