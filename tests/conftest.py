import pytest

from archive.services import reference_load


@pytest.fixture
def reference(db):
    """The verified meetings, ministers, outlets and topics that the archive ships."""
    return reference_load()


@pytest.fixture
def curator(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client
