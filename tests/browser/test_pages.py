"""Every main page in a browser: no console error, basic accessibility, and screenshots
at desktop and phone width (test-artifacts/screenshots/, kept in CI's log)."""

import pytest

from archive.models import Article, SharedPassage
from tests.browser.conftest import ACCESSIBILITY_AUDIT, DESKTOP, PHONE, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def main_pages():
    efe = Article.objects.get(source_name__startswith="000_")
    pair = SharedPassage.objects.order_by("-score").first()
    return {
        "home": "/",
        "search": "/articles/?q=Hayashi",
        "search-filtered": "/articles/?q=Blinken&outlet=efe&date_from=2022-01-01",
        "search-error": "/articles/?date_from=not-a-date",
        "meetings": "/meetings/",
        "meeting": "/meetings/scc-2022-01-07/",
        "shared": f"/meetings/scc-2022-01-07/shared/{pair.pk}/",
        "article": efe.get_absolute_url(),
        "people": "/people/",
        "person": "/people/yoshimasa-hayashi/",
        "outlets": "/outlets/",
        "outlet": "/outlets/reuters/",
        "topics": "/topics/",
        "topic": "/topics/china/",
        "not-found": "/meetings/no-such-meeting/",
    }


def test_main_pages_have_no_console_errors_and_pass_basic_accessibility(make_page, seed_corpus):
    pages = main_pages()
    failures = {}
    for viewport_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page, console = make_page(viewport)
        for name, url in pages.items():
            page.goto(url)
            problems = page.evaluate(ACCESSIBILITY_AUDIT)
            # the error pages answer 400/404 on purpose; Chromium logs that as an error
            errors = [e for e in console.errors if "status of 40" not in e]
            if problems or errors:
                failures[f"{viewport_name} {name}"] = problems + errors
            console.errors.clear()
            screenshot(page, f"{name}-{viewport_name}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > viewport["width"] + 1:
                failures.setdefault(f"{viewport_name} {name}", []).append(
                    f"scrolls sideways: {width}px wide"
                )
    assert failures == {}


def test_stylesheet_is_served_and_applied(make_page, seed_corpus):
    page, console = make_page()
    response = page.request.get("/static/archive/site.css")
    assert response.status == 200 and response.headers["content-type"].startswith("text/css")
    page.goto("/")
    background = page.evaluate(
        "getComputedStyle(document.querySelector('.site-header')).backgroundColor"
    )
    assert background == "rgb(18, 38, 58)"
    assert console.errors == []
