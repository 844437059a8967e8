"""Property tests (hypothesis): the ingestion entry points take any bytes and give a result or
an IngestError, never another exception; the search parameters of /articles/ never give a
server error. Example counts are bounded so the whole file runs in well under 30 s."""

import io
import zipfile
from urllib.parse import urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.ingest import IngestError, SourceError, SourceItem, parse_report, read_sources
from tests.ingest.reference_data import SEED_FILES, seed_reference

REFERENCE = seed_reference()
SEED_TEXTS = [path.read_bytes() for path in SEED_FILES.values()]
NAMES = ["report.txt", "page.html", "batch.jsonl", "batch.csv", "batch.zip", "noext", ""]
CONTENT_TYPES = ["", "text/plain", "text/html", "application/json", "text/csv"]

# Bytes worth trying: anything, and real reports with bytes cut out or spliced in (these
# reach far deeper into the pipeline than random noise does).
seed_mutations = st.builds(
    lambda seed, at, cut, insert: seed[:at] + insert + seed[at + cut :],
    st.sampled_from(SEED_TEXTS),
    st.integers(min_value=0, max_value=4000),
    st.integers(min_value=0, max_value=400),
    st.binary(max_size=64),
)
any_report = st.one_of(st.binary(max_size=2048), seed_mutations)
# No example database: nothing is written into the checkout (.hypothesis/).
fast = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@fast
@given(raw=any_report, filename=st.sampled_from(NAMES), content_type=st.sampled_from(CONTENT_TYPES))
def test_parse_report_gives_a_report_or_an_ingest_error(raw, filename, content_type):
    try:
        report = parse_report(
            raw, reference=REFERENCE, filename=filename, content_type=content_type
        )
    except IngestError as error:
        assert str(error)
        return
    assert isinstance(report.body, str)
    assert "\x00" not in report.body and "\x00" not in (report.title or "")


def zip_of(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


member_names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=30
)
zips = st.lists(
    st.tuples(member_names, any_report), max_size=4, unique_by=lambda member: member[0]
).map(zip_of)


@fast
@given(name=st.sampled_from(NAMES), data=st.one_of(any_report, zips))
def test_read_sources_gives_items_errors_or_an_ingest_error(name, data):
    try:
        outcomes = list(read_sources(name, data))
    except IngestError as error:
        assert str(error)
        return
    for outcome in outcomes:
        assert isinstance(outcome, SourceItem | SourceError)


PARAMETERS = [
    "q",
    "outlet",
    "meeting",
    "person",
    "topic",
    "language",
    "country",
    "year",
    "date_from",
    "date_to",
    "kind",
    "format",
    "sort",
    "page",
]
values = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(["2022", "2022-01-07", "-1", "0", "99999999999999999999", "efe", "en", "zz"]),
    st.from_regex(r"[0-9０-９٠-٩]{1,6}", fullmatch=True),
)
queries = st.lists(
    st.tuples(st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=8)), values), max_size=6
)


@pytest.mark.django_db
@settings(
    max_examples=80,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pairs=queries, export=st.sampled_from(["/articles/", "/articles.json", "/articles.atom"]))
def test_search_parameters_never_give_a_server_error(reference, pairs, export):
    response = Client(raise_request_exception=False).get(f"{export}?{urlencode(pairs)}")
    assert response.status_code < 500, (export, pairs, response.status_code)
