"""A curator corrects a report, reads its history, restores the old title, then withdraws
it; a visitor then finds the 410 page with the reason. In a real browser."""

import pytest

from archive.models import Article, WithdrawnArticle
from tests.browser.conftest import screenshot
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_correct_read_history_restore_and_withdraw(signed_in_page, make_page):
    page, console = signed_in_page
    article = ArticleFactory(title="The parser's title")
    page.goto(f"/admin/archive/article/{article.pk}/change/")
    page.fill("#id_title", "A curator's title")
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/archive/article/")
    assert Article.objects.get(pk=article.pk).title == "A curator's title"

    page.goto(f"/admin/archive/article/{article.pk}/history/")
    table = page.locator("#change-history")
    assert "The parser's title" in table.inner_text()
    assert "curator" in table.inner_text()
    screenshot(page, "admin-article-history")
    # The oldest row is the import's version: restore it.
    page.locator("#change-history tbody tr").last.locator("button").click()
    page.wait_for_selector("text=Restored")
    assert Article.objects.get(pk=article.pk).title == "The parser's title"

    visitor, visitor_console = make_page()
    visitor.goto(f"/articles/{article.pk}/")
    assert "Last corrected" in visitor.inner_text("main")

    page.goto(f"/admin/archive/article/{article.pk}/delete/")
    page.wait_for_url(f"**/admin/archive/article/{article.pk}/withdraw/")
    page.fill("#id_reason", "The outlet retracted the report.")
    page.click("input[value=Withdraw]")
    page.wait_for_url("**/admin/archive/article/")
    assert WithdrawnArticle.objects.filter(article_id=article.pk).exists()

    response = visitor.goto(f"/articles/{article.pk}/")
    assert response.status == 410
    assert "The outlet retracted the report." in visitor.inner_text("main")
    screenshot(visitor, "article-withdrawn")
    # Chromium logs the 410 status itself as a console error; nothing else may fail.
    gone = [error for error in visitor_console.errors if "410 (Gone)" not in error]
    assert console.errors == [] and gone == []
