"""A report carrying markup is shown as text: its scripts and event handlers never reach a
page, the admin, a feed or an export unescaped."""

import json

import pytest
from django.urls import reverse

from archive.models import Article
from archive.services import articles_import

pytestmark = pytest.mark.django_db

HOSTILE_TITLE = "<script>alert('title')</script>Allies meet"
HOSTILE_TEXT = (
    "TOKYO, Jan 7 (Reuters) – Antony Blinken met Yoshimasa Hayashi in a virtual "
    "two-plus-two meeting. <img src=x onerror=alert(1)> The ministers agreed.\n\n"
    "“We agreed <b onmouseover=alert(2)>to deepen</b> cooperation,” Hayashi told reporters.\n"
)


@pytest.fixture
def hostile(reference):
    row = {
        "url": "https://example.com/x",
        "title": HOSTILE_TITLE,
        "published": "2022-01-07",
        "text": HOSTILE_TEXT,
    }
    report = articles_import(
        files=[("rows.jsonl", json.dumps(row).encode())], channel="command", status="published"
    )
    assert report.created == 1, report.outcomes[0].message
    return Article.objects.get()


def assert_inert(content: str):
    assert "<script>alert" not in content
    assert "<img src=x" not in content
    assert "<b onmouseover" not in content


@pytest.mark.parametrize(
    "url",
    [
        lambda a: a.get_absolute_url(),
        lambda a: reverse("archive:article_list") + "?q=Hayashi",
        lambda a: "/meetings/scc-2022-01-07/",
        lambda a: "/people/yoshimasa-hayashi/",
        lambda a: "/articles.atom",
        lambda a: "/",
    ],
    ids=["article", "search", "meeting", "person", "feed", "home"],
)
def test_markup_in_a_report_is_inert_on_every_page(client, hostile, url):
    response = client.get(url(hostile))
    assert response.status_code == 200
    content = response.content.decode()
    assert "alert" in content  # the words are shown, as text
    assert_inert(content)


def test_markup_is_inert_in_the_admin(curator_client, hostile):
    response = curator_client.get(reverse("admin:archive_article_change", args=[hostile.pk]))
    assert_inert(response.content.decode())
