import pytest

from tests.reference_snapshot import SNAPSHOTS, default_directory


@pytest.fixture(autouse=True)
def tasks_run_at_once(request, settings):
    """Background jobs run inside the request that queues them, unless a test asks for the
    real PostgreSQL queue and worker (`@pytest.mark.worker`)."""
    if "worker" not in request.keywords:
        settings.TASKS = {
            "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
        }


@pytest.fixture(autouse=True)
def quick_password_hashing(settings):
    """Curators' passwords hashed with a thousand PBKDF2 rounds, not a million: a second or
    more per curator on this machine, in hundreds of tests (tests/hashers.py)."""
    settings.PASSWORD_HASHERS = ["tests.hashers.QuickPBKDF2PasswordHasher"]


@pytest.fixture(autouse=True)
def content_types_fresh():
    """A test that flushes the database (a transactional or live-server test) has the
    content types created again under new ids; a cached old id would make the next admin
    edit's log entry refer to a row that no longer exists."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


@pytest.fixture
def reference(db):
    """The verified meetings, ministers, outlets and topics that the archive ships, as
    `reference_load()` leaves them: loaded for real once, then put back from a snapshot
    (tests/reference_snapshot.py). A test that calls `reference_load()` runs the loader."""
    from archive.services import reference_load

    return SNAPSHOTS.load("reference", reference_load, sources=[default_directory(reference_load)])


@pytest.fixture
def curator(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def seed_corpus(reference):
    """The five seed reports imported through the real ingestion pipeline, published."""
    from archive.services import reference_load, seeds_load

    sources = [default_directory(reference_load), default_directory(seeds_load)]
    report = SNAPSHOTS.load("seed corpus", seeds_load, sources=sources)
    assert report.failed == 0, [o.message for o in report.outcomes if o.status == "failed"]
    return report


@pytest.fixture
def web(settings):
    """A web server on 127.0.0.1 (tests/test_fetch.py's pages), which the fetcher may reach
    only through the test-only setting."""
    from tests.test_fetch import LocalServer

    settings.ARCHIVE_FETCH_ALLOW_LOOPBACK = True
    with LocalServer() as server:
        yield server
