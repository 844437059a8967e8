"""Every main page in a browser: no console error, basic accessibility, and screenshots
at desktop and phone width (test-artifacts/screenshots/, kept in CI's log)."""

import pytest

from archive.models import Article, Meeting, Outlet, Person, SharedPassage
from tests.browser.conftest import (
    ACCESSIBILITY_AUDIT,
    DESKTOP,
    PHONE,
    focus_problems,
    screenshot,
)
from tests.views.conftest import make_article

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
    assert failures == {}


LONG_WORD = "Sicherheitskonsultationsausschuss" * 4  # 132 letters, no break
LONG_URL = "https://example.com/" + "us-japan-2plus2-" * 18 + "x" * 12  # 320 characters


@pytest.fixture
def long_text_report(seed_corpus):
    """A report whose title holds a 120-plus-letter word and whose body a 300-plus-character
    address, in a language other than the page's."""
    assert len(LONG_WORD) >= 120 and len(LONG_URL) >= 300
    return make_article(
        outlet=Outlet.objects.get(slug="reuters"),
        meeting=Meeting.objects.get(slug="scc-2022-01-07"),
        people=[Person.objects.get(slug="yoshimasa-hayashi")],
        title=f"Der {LONG_WORD} tagt in Washington",
        body=f"Hayashi sprach in Washington.\n\nQuelle: {LONG_URL}\n\nMehr folgt.",
        language="de",
        url=LONG_URL,
        published_on="2022-01-07",
    )


def test_long_unbroken_text_never_scrolls_the_page_sideways(make_page, long_text_report):
    pages = {
        "long-article": long_text_report.get_absolute_url(),
        "long-search": "/articles/?q=Washington",
        "long-meeting": "/meetings/scc-2022-01-07/",
        "long-outlet": "/outlets/reuters/",
        "long-person": "/people/yoshimasa-hayashi/",
        "long-home": "/",
    }
    failures = {}
    for viewport_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page, console = make_page(viewport)
        for name, url in pages.items():
            page.goto(url)
            problems = page.evaluate(ACCESSIBILITY_AUDIT) + console.errors
            console.errors.clear()
            if problems:
                failures[f"{viewport_name} {name}"] = problems
            screenshot(page, f"{name}-{viewport_name}")
    assert failures == {}
    page, _ = make_page(DESKTOP)
    page.goto(long_text_report.get_absolute_url())
    assert page.get_attribute("#article-title", "lang") == "de"
    page.goto("/articles/?q=Washington&language=de")
    assert page.get_attribute(".report-title", "lang") == "de"


def test_keyboard_focus_is_visible_with_enough_contrast(make_page, seed_corpus):
    failures = {}
    for viewport_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page, _ = make_page(viewport)
        for url in ("/", "/articles/?q=Hayashi"):
            page.goto(url)
            problems = focus_problems(page)
            if problems:
                failures[f"{viewport_name} {url}"] = problems
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
