"""A curator imports reports through the admin in a real browser: sign in, upload two seed
files, check the preview, correct a title, confirm, and find the batch and the articles."""

import pytest

from archive.models import Article, ImportBatch
from archive.services import SEEDS_DIR
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_curator_previews_corrects_and_imports(signed_in_page):
    page, console = signed_in_page
    page.goto("/admin/archive/article/")
    page.click("text=Import reports")
    files = [str(next(SEEDS_DIR.glob(f"{prefix}_*.txt"))) for prefix in ("002", "004")]
    page.set_input_files("#id_files", files)
    page.select_option("#id_status", "published")
    page.click("input[value='Read and preview']")

    page.wait_for_selector("text=Lines it will drop")
    assert page.locator("section.report").count() == 2
    assert page.get_by_text(
        "Sign up now for unlimited free access to Reuters.com"
    ).first.is_visible()
    screenshot(page, "admin-import-preview")

    page.fill("#id_r0-title", "US and Japan pledge defence cooperation")
    page.click("button[value=confirm]")
    page.wait_for_selector("text=Import finished: 2 created, 0 duplicates, 0 failed")
    screenshot(page, "admin-import-batch")

    assert ImportBatch.objects.get().created == 2
    corrected = Article.objects.get(outlet__slug="myind")
    assert corrected.title == "US and Japan pledge defence cooperation"
    assert corrected.curated_fields == ["title"]
    assert Article.objects.get(original_wire__slug="reuters").status == "published"
    assert console.errors == []
