"""What a visitor does, in a real browser: search, narrow, clear, follow links, download."""

import csv
import io
import re

import pytest

from archive.models import Article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def result_count(page) -> int:
    heading = page.locator("#results-heading").inner_text()
    return int(re.match(r"(\d+) report", heading).group(1))


def test_search_narrow_clear_and_follow_links(make_page, seed_corpus):
    page, console = make_page()
    page.goto("/")
    page.get_by_label(re.compile("Search .* reports")).fill("Hayashi")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/articles/\?q=Hayashi"))
    everything = result_count(page)
    assert everything == 5
    assert page.get_by_text("Did you mean:").is_visible()

    # narrow to one outlet through its facet
    page.locator("#facet-outlet + ul a", has_text="EFE").click()
    page.wait_for_url(re.compile(r"outlet=efe"))
    assert result_count(page) == 1
    chip = page.locator(".chip", has_text="EFE")
    assert chip.is_visible()

    # clear it with the chip's remove button
    chip.get_by_role("link", name=re.compile("Remove filter Outlet")).click()
    page.wait_for_url(re.compile(r"/articles/\?q=Hayashi$"))
    assert result_count(page) == everything

    # the 2022-01-07 meeting, then one of its reports, then a person in it
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Meetings").click()
    # The list is paged newest first; the year and kind facets reach the 2022 2+2.
    facets = page.get_by_role("complementary")
    facets.get_by_role("link", name=re.compile(r"^2022\b")).click()
    page.wait_for_url(re.compile(r"year=2022"))
    facets.get_by_role("link", name=re.compile(r"^2\+2 Security Consultative")).click()
    page.wait_for_url(re.compile(r"kind=scc"))
    page.get_by_role("link", name=re.compile("7 January 2022")).first.click()
    page.wait_for_url("**/meetings/scc-2022-01-07/")
    assert page.locator(".outlet-group").count() >= 3
    efe_report = Article.objects.get(source_name__startswith="000_")
    page.locator(".outlet-group a", has_text=efe_report.title).click()
    page.wait_for_url(f"**/articles/{efe_report.pk}/")
    assert page.locator("h1").inner_text() == efe_report.title
    page.locator(".body-text a.person", has_text="Hayashi").first.click()
    page.wait_for_url("**/people/yoshimasa-hayashi/")
    assert page.locator("h1").inner_text() == "Yoshimasa Hayashi"
    assert console.errors == []


def test_download_the_csv_of_a_search(make_page, seed_corpus):
    page, console = make_page()
    page.goto("/articles/?q=Blinken")
    shown = result_count(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.suggested_filename == "articles.csv"
    text = open(download.path(), encoding="utf-8-sig").read()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == shown == 5
    assert {row["title"] for row in rows} == set(Article.objects.values_list("title", flat=True))
    assert console.errors == []


def test_the_site_works_with_the_keyboard_alone(make_page, seed_corpus):
    page, _ = make_page()
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "Skip to main content" in focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.goto("/articles/")
    page.locator("#id_q").focus()
    page.keyboard.type("Kishi")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=Kishi"))
    assert result_count(page) >= 1
