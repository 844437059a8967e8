"""Headers, inputs and the admin sign-in: a Content-Security-Policy with no inline script or
style on every HTML page (public and admin, and the pages obey it), HSTS preload only when
asked, request bodies bounded per route, NUL bytes refused, spreadsheet formulas
neutralised in CSV exports, sign-in guessing throttled and logged, sessions bounded."""

import csv
import io
import logging
import os
import re
import subprocess
import sys
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest
from django.conf import settings
from django.test import Client

from archive.exports import FORMULA_START, spreadsheet_safe
from tests.factories import ArticleFactory, OutletFactory, UserFactory

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "a-curator-password"
JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
NOT_HTML = re.compile(r"\.(csv|json|atom|bib|ris|txt|xml|svg|css|js)$")


class InlineCode(HTMLParser):
    """Collects everything a CSP without 'unsafe-inline' would block: inline scripts (data
    blocks such as JSON-LD are not scripts and are allowed), <style> elements, style=""
    attributes, on* event handler attributes and javascript: URLs."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes:
            if (attributes.get("type") or "").strip().lower() in JAVASCRIPT_TYPES:
                self.found.append(f"inline <script> at line {self.getpos()[0]}")
        if tag == "style":
            self.found.append(f"<style> at line {self.getpos()[0]}")
        for name, value in attrs:
            if name == "style":
                self.found.append(f'style="{value}" on <{tag}>')
            if name.startswith("on"):
                self.found.append(f"{name}= handler on <{tag}>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"javascript: URL on <{tag}>")
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])


def check_page(client, url):
    """Fetch `url`; for an HTML answer, return (its links, what breaks the CSP)."""
    response = client.get(url)
    assert response.status_code < 500, (url, response.status_code)
    if response.status_code in (301, 302):
        return [response["Location"]], []
    policy = response.get("Content-Security-Policy", "")
    if not response["Content-Type"].startswith("text/html"):
        return [], []
    problems = []
    if "script-src 'self'" not in policy or "style-src 'self'" not in policy:
        problems.append(f"no strict Content-Security-Policy header: {policy!r}")
    if "unsafe-inline" in policy or "unsafe-eval" in policy:
        problems.append(f"the policy allows inline code: {policy!r}")
    parser = InlineCode()
    parser.feed(response.content.decode())
    return parser.links, problems + parser.found


def crawl(client, start: list[str], prefix: str, limit: int, skip=()) -> dict[str, list]:
    """Every page reachable from `start` through links under `prefix` (query strings
    dropped: the pages differ in rows, not in markup), up to `limit` pages."""
    seen, queue, problems = set(), deque(start), {}
    while queue and len(seen) < limit:
        url = urldefrag(queue.popleft())[0]
        parts = urlsplit(url)
        if parts.netloc not in ("", "testserver"):
            continue
        path = parts.path
        if not path.startswith(prefix) or path in seen or NOT_HTML.search(path):
            continue
        if any(marker in path for marker in skip):
            continue
        seen.add(path)
        links, found = check_page(client, path)
        if found:
            problems[path] = found
        queue.extend(links)
    assert len(seen) > 10, seen
    return problems


@pytest.mark.django_db
def test_every_page_has_a_strict_csp_and_no_inline_code(client, admin_client, seed_corpus):
    """Every public page reachable from the home page, and every admin page reachable from
    the admin index (one test: loading the seed corpus is the costly part)."""
    problems = crawl(client, ["/", "/articles/?q=alliance"], "/", limit=400, skip=("/admin/",))
    assert problems == {}
    for url in ("/no-such-page/", "/articles/?date_from=not-a-date"):
        _, found = check_page(client, url)
        assert found == [], (url, found)

    problems = crawl(
        admin_client,
        ["/admin/"],
        "/admin/",
        limit=250,
        skip=("/logout/", "/delete/", "/jsi18n/", "/autocomplete/", "/password_change/"),
    )
    assert problems == {}
    _, login = check_page(Client(), "/admin/login/")
    assert login == []


def test_the_changelist_style_block_django_adds_is_never_rendered():
    """Django's change_list.html inlines a <style> only for a ModelAdmin with actions neither
    on top nor at the bottom; none of ours is configured so (the crawl above shows the rest)."""
    from django.contrib import admin

    for model_admin in admin.site._registry.values():
        assert model_admin.actions_on_top or model_admin.actions_on_bottom, model_admin


def test_hsts_preload_only_when_asked():
    def preload(**env) -> str:
        code = "from django.conf import settings; print(settings.SECURE_HSTS_PRELOAD)"
        result = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            cwd=ROOT,
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "config.settings",
                "DATABASE_URL": "postgresql://nobody@localhost/none",
                "HTTPS": "1",
                **env,
            },
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert preload() == "False"
    assert preload(SECURE_HSTS_PRELOAD="1") == "True"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/articles/?q=%00",
        "/articles/?q=abc%00def",
        "/meetings/?kind=%00",
        "/articles.csv?outlet=%00",
    ],
)
def test_a_nul_byte_in_a_public_query_string_is_a_400(client, url):
    response = client.get(url)
    assert response.status_code == 400


def test_a_public_view_that_fails_on_a_nul_answers_400_not_500():
    """The safety net behind the public pages' own validation."""
    from django.test import RequestFactory

    from archive.middleware import RejectNulMiddleware

    guard = RejectNulMiddleware(lambda request: None)
    with_nul = RequestFactory().get("/meetings/", {"city": "Tokyo\x00"})
    failure = ValueError("PostgreSQL text fields cannot contain NUL (0x00) bytes")
    assert guard.process_exception(with_nul, failure).status_code == 400
    assert guard.process_exception(RequestFactory().get("/meetings/"), failure) is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/archive/article/?status__exact=%00",
        "/admin/archive/article/?q=%00",
        "/admin/archive/outlet/?country=%00",
        "/admin/archive/person/?o=%00",
    ],
)
def test_a_nul_byte_in_an_admin_filter_is_a_400(admin_client, url):
    response = admin_client.get(url)
    assert response.status_code == 400


@pytest.mark.django_db
def test_public_pages_refuse_a_large_body_before_reading_it(client):
    response = client.post(
        "/articles/",
        data=b"x" * 100,
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(300 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert client.get("/articles/").status_code == 200


@pytest.mark.django_db
def test_the_admin_refuses_a_body_over_its_upload_limit(client):
    response = client.post(
        "/admin/login/",
        data=b"x" * 100,
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(settings.ADMIN_MAX_BODY_SIZE + 1),
    )
    assert response.status_code == 413


@pytest.mark.parametrize("start", FORMULA_START + ("＝", "＋", "－", "＠", "|"))
def test_every_formula_start_is_neutralised(start):
    cell = spreadsheet_safe(f'{start}HYPERLINK("https://evil.example")')
    assert cell.startswith("'")


def test_ordinary_cells_are_left_alone():
    assert spreadsheet_safe("US and Japan agree") == "US and Japan agree"
    assert spreadsheet_safe("２＋２ meeting") == "２＋２ meeting"
    assert spreadsheet_safe(None) == ""


@pytest.mark.django_db
def test_csv_export_neutralises_full_width_and_pipe_formulas(client):
    outlet = OutletFactory()
    titles = ['＝HYPERLINK("https://evil.example")', "|calc!A1", "＠SUM(1)", "Plain title"]
    for title in titles:
        ArticleFactory(outlet=outlet, title=title)
    response = client.get("/articles.csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode().lstrip("\ufeff")
    cells = {row["title"] for row in csv.DictReader(io.StringIO(text))}
    assert cells == {"'" + title for title in titles[:3]} | {"Plain title"}


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


@pytest.mark.django_db
def test_repeated_failed_sign_ins_lock_that_user_name_from_that_address(client, caplog):
    user = UserFactory(username="curator-lock")
    with caplog.at_level(logging.WARNING, logger="axes"):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            response = sign_in(client, user.username, "wrong")
            assert response.status_code == 200  # the form again, with its error
        locked = sign_in(client, user.username, "wrong")
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    failures = [r for r in caplog.records if "curator-lock" in r.getMessage()]
    assert len(failures) >= settings.AXES_FAILURE_LIMIT

    # Locked out: even the right password is refused from that address...
    assert sign_in(client, user.username, PASSWORD).status_code == 429
    # ...while the same user from another address, and another user from this one, sign in.
    assert sign_in(Client(), user.username, PASSWORD, address="198.51.100.9").status_code == 302
    other = UserFactory(username="curator-other")
    assert sign_in(Client(), other.username, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_successful_sign_in_clears_earlier_failures(client):
    user = UserFactory(username="curator-typo")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, user.username, "wrong")
    assert sign_in(client, user.username, PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, user.username, "wrong").status_code == 200
    assert sign_in(client, user.username, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_admin_sessions_are_bounded_and_end_with_the_browser(client):
    user = UserFactory(username="curator-session")
    response = sign_in(client, user.username, PASSWORD)
    assert response.status_code == 302
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert not cookie["expires"] and not cookie["max-age"]  # a browser-session cookie
    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60
    assert client.session.get_expiry_age() <= 8 * 60 * 60


def test_docker_compose_ships_no_default_password():
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "${POSTGRES_PASSWORD:?" in compose
    assert not re.search(r"PASSWORD[^\n]*:-", compose)
