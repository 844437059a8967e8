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


@pytest.fixture
def signed_in_page(make_page, reference, django_user_model):
    """A page signed in to the admin as a superuser curator: (page, console)."""
    django_user_model.objects.create_superuser("curator", "curator@example.org", "a-long-pw-123")
    page, console = make_page()
    page.goto("/admin/login/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "a-long-pw-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    return page, console


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
  for (const element of document.querySelectorAll('[lang]')) {
    const code = element.getAttribute('lang');
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(code)) {
      problems.push(`lang="${code}" on <${element.tagName.toLowerCase()}> is not a language tag`);
    }
  }
  const width = document.documentElement.scrollWidth;
  if (width > window.innerWidth) {
    const wide = [...document.querySelectorAll('main *')].find(
      (element) => element.getBoundingClientRect().right > window.innerWidth + 1
        && !element.closest('.table-wrap')
    );
    const culprit = wide ? ` (first too wide: <${wide.tagName.toLowerCase()}> `
      + `"${wide.textContent.trim().slice(0, 40)}")` : '';
    problems.push(`scrolls sideways: ${width}px wide in a ${window.innerWidth}px window${culprit}`);
  }
  return problems;
}
"""

# The focus indicator of the focused element: its outline and box-shadow colours against
# the first opaque background behind it (WCAG 1.4.11 asks 3:1 of a focus indicator).
FOCUS_STYLE = r"""
() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const rgb = (text) => (text.match(/rgba?\(([^)]+)\)/) || [null, null])[1];
  const channels = (text) => text.split(',').map((part) => Number(part.trim()));
  const luminance = ([r, g, b]) => {
    const linear = (c) => {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  let background = [255, 255, 255];
  for (let node = element.parentElement; node; node = node.parentElement) {
    const colour = rgb(getComputedStyle(node).backgroundColor);
    if (colour && (channels(colour)[3] ?? 1) > 0) {
      background = channels(colour).slice(0, 3);
      break;
    }
  }
  const indicators = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
    indicators.push(['outline', channels(rgb(style.outlineColor)).slice(0, 3)]);
  }
  if (style.boxShadow !== 'none') {
    indicators.push(['box-shadow', channels(rgb(style.boxShadow)).slice(0, 3)]);
  }
  return {
    tag: element.tagName.toLowerCase(),
    text: element.textContent.trim().slice(0, 40),
    inMain: !!element.closest('main'),
    inNav: !!element.closest('nav'),
    indicators: indicators.map(
      ([kind, colour]) => [kind, Math.round(contrast(colour, background) * 100) / 100]
    ),
  };
}
"""


def tab_to_links(page, *, limit=40) -> dict:
    """Press Tab until a link in the main navigation and one in <main> have had focus;
    {"nav": focus style, "main": focus style} (see FOCUS_STYLE)."""
    found = {}
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_STYLE)
        if focused["tag"] != "a":
            continue
        for where, flag in (("nav", "inNav"), ("main", "inMain")):
            if focused[flag] and where not in found:
                found[where] = focused
        if len(found) == 2:
            break
    return found


def focus_problems(page) -> list[str]:
    """What is wrong with the keyboard focus indicator of links on `page`."""
    problems = []
    found = tab_to_links(page)
    for where in ("nav", "main"):
        if where not in found:
            problems.append(f"no link in <{where}> reached with Tab")
            continue
        focused = found[where]
        if not focused["indicators"]:
            problems.append(f'no visible focus style on {where} link "{focused["text"]}"')
        elif max(ratio for _, ratio in focused["indicators"]) < 3:
            problems.append(
                f'focus indicator of {where} link "{focused["text"]}" has contrast '
                f"{focused['indicators']} against its background, under 3:1"
            )
    return problems
