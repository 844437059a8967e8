"""Playwright in headless Debian Chromium against pytest-django's live server.

Chromium comes from the system (apt-get install chromium), never from Playwright's own
download. Without it the browser tests skip, or fail when ARCHIVE_REQUIRE_BROWSER=1 (CI)."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium")
MISSING = "headless Chromium not found: install Debian's chromium (apt-get install chromium)"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module; the event loop lives only as long as it does."""
    if not CHROMIUM:
        if os.environ.get("ARCHIVE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"ARCHIVE_REQUIRE_BROWSER=1 but {MISSING}", pytrace=False)
        pytest.skip(MISSING)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread, and Django refuses ORM
    # calls made while one runs. Allowed here only while the browser lives: set for the
    # whole session it would leak into the other tests (and into `check --deploy`).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class ConsoleLog:
    """Console errors and uncaught exceptions of a page."""

    def __init__(self, page):
        self.errors = []
        page.on(
            "console",
            lambda message: message.type == "error" and self.errors.append(message.text),
        )
        page.on("pageerror", lambda error: self.errors.append(str(error)))


@pytest.fixture
def make_page(browser, live_server):
    """make_page(viewport=DESKTOP) -> (page, console): a fresh context per call, so
    that downloads and history never leak between tests."""
    contexts = []

    def make(viewport=DESKTOP):
        context = browser.new_context(
            viewport=viewport, base_url=live_server.url, accept_downloads=True
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        return page, ConsoleLog(page)

    yield make
    for context in contexts:
        context.close()


def screenshot(page, name: str):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


# What a screen-reader or keyboard user needs of every page, checked in the page itself.
ACCESSIBILITY_AUDIT = """
() => {
  const problems = [];
  const lang = document.documentElement.getAttribute('lang');
  if (!lang) problems.push('no lang attribute on <html>');
  if (!document.querySelector('main')) problems.push('no <main> landmark');
  if (!document.querySelector('nav')) problems.push('no <nav> landmark');
  const h1s = document.querySelectorAll('h1');
  if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements`);
  let previous = 0;
  for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(heading.tagName[1]);
    if (previous && level > previous + 1) {
      const text = heading.textContent.trim();
      problems.push(`heading skips from h${previous} to h${level}: "${text}"`);
    }
    previous = level;
  }
  for (const img of document.querySelectorAll('img')) {
    if (!img.hasAttribute('alt')) problems.push(`img without alt: ${img.src}`);
  }
  const controls = document.querySelectorAll(
    'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea'
  );
  for (const control of controls) {
    const labelled = (control.labels && control.labels.length)
      || control.getAttribute('aria-label') || control.getAttribute('aria-labelledby');
    const tag = control.tagName.toLowerCase();
    if (!labelled) problems.push(`unlabelled ${tag} name=${control.name}`);
  }
  const skip = document.querySelector('a[href="#main"]');
  if (!skip) problems.push('no skip link to #main');
  return problems;
}
"""
