"""The import page's heavy work runs in the background worker, queued in PostgreSQL: the
upload answers at once, the page shows progress, then the preview; confirming queues the
import the same way."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from archive.models import Article, ImportJob, JobState
from archive.services import SEEDS_DIR

# The worker closes and reopens its database connection, as in production: real commits.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]

URL = "admin:archive_article_import"


def seed_upload(prefix: str) -> SimpleUploadedFile:
    path = next(SEEDS_DIR.glob(f"{prefix}_*.txt"))
    return SimpleUploadedFile(path.name, path.read_bytes(), content_type="text/plain")


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def test_the_upload_is_read_by_the_worker_while_the_page_shows_progress(curator_client, reference):
    response = curator_client.post(
        reverse(URL), {"files": [seed_upload("002"), seed_upload("003")], "status": "draft"}
    )
    assert response.status_code == 302
    job = ImportJob.objects.get()
    assert job.state == JobState.QUEUED  # nothing was parsed during the request
    waiting = curator_client.get(response.url)
    assert waiting.status_code == 200
    content = waiting.content.decode()
    assert 'http-equiv="refresh"' in content and "Waiting for the import worker" in content

    run_worker()
    job.refresh_from_db()
    assert job.state == JobState.READY
    assert (job.done, job.total) == (2, 2)
    preview = curator_client.get(response.url).content.decode()
    assert "Lines it will drop" in preview
    assert not Article.objects.exists()


def test_confirming_queues_the_import_and_then_shows_the_batch(curator_client, reference):
    import re

    response = curator_client.post(reverse(URL), {"files": [seed_upload("002")], "status": "draft"})
    run_worker()
    preview = curator_client.get(response.url).content.decode()
    payload = re.search(r'name="payload" value="([^"]+)"', preview).group(1)
    confirm = curator_client.post(
        reverse(URL),
        {
            "payload": payload,
            "action": "confirm",
            "r0-include": "on",
            "r0-title": "A report read in the background",
            "r0-date_precision": "day",
            "r0-published_on": "2022-01-07",
        },
    )
    assert confirm.status_code == 302
    assert not Article.objects.exists()  # queued, not yet done
    run_worker()
    done = curator_client.get(confirm.url)
    assert done.status_code == 302 and "/importbatch/" in done.url
    assert Article.objects.get().title == "A report read in the background"


def test_another_curators_job_is_not_shown(client, curator_client, reference):
    from tests.factories import UserFactory

    curator_client.post(reverse(URL), {"files": [seed_upload("002")], "status": "draft"})
    job = ImportJob.objects.get()
    other = UserFactory(is_superuser=False, is_staff=True)
    from django.contrib.auth.models import Permission

    other.user_permissions.add(Permission.objects.get(codename="add_article"))
    client.force_login(other)
    response = client.get(reverse("admin:archive_article_import_job", args=[job.pk]))
    assert response.status_code == 302 and response.url == reverse(URL)
