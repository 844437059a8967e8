"""A blog's navigation lines in the head (issue 11, seventeenth session): the bar to the
posts before and after ("« older | Main | newer »"), the post's categories ("カテゴリ：…",
"Posted inJapan, World") and the link to the blog's home ("ブログトップ") are chrome, never
the title; the post's own headline under the date is. Sentences that open the same way,
quotation marks in «», and short headlines are left alone. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.pipeline import parse_report

JA_BODY = (
    "山田外務大臣は5日、ワシントンでダンモア国務長官と会談し、同盟の強化で一致した。\n\n"
    "両者は来月の首脳会談に向けて準備を進めることを確認した。"
)
EN_BODY = (
    "Secretary of State Walter Dunmore met Foreign Minister Taro Yamada in Washington on "
    "Monday. The two ministers agreed to deepen the alliance before the summer summit."
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


def _reason(line: str) -> str | None:
    return boilerplate_reason(line, DEFAULT_PATTERNS)


@pytest.mark.parametrize(
    "line",
    [
        "« 前の記事の見出し | トップページ | 次の記事の見出し »",
        "« Older post about the budget | Main | Newer post about trade »",
        "‹ Previous entry | Home ›",
    ],
)
def test_the_bar_to_the_posts_before_and_after_is_navigation(line):
    assert _reason(line) == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "カテゴリ:首相ウオッチ( 12 )",
        "カテゴリー：外交・安全保障",
        "分类：时政新闻",
        "카테고리: 외교",
        "Kategori: Politik, Dunia",
        "Categoría: Internacional",
    ],
)
def test_a_posts_category_line_is_tags(line):
    assert _reason(line) == "tags"


@pytest.mark.parametrize(
    "line", ["Posted inJapan, Northeast Asia, World", "Posted in Diplomacy, Security"]
)
def test_wordpress_posted_in_is_the_posts_categories(line):
    assert _reason(line) == "post's categories"


@pytest.mark.parametrize("line", ["ブログトップ", "サイトトップ", "トップ"])
def test_a_link_to_the_blogs_home_is_navigation(line):
    assert _reason(line) == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        # Quotation marks in «» around a sentence with a pipe-free text.
        "«La alianza es la piedra angular de la región», dijo el ministro.",
        "Posted in Tokyo since 2019, the envoy met the minister.",
        "カテゴリーごとに予算を見直すと述べた。",
        "支持率トップの候補が会談に臨んだ",
        "トップ会談で同盟強化を確認",
    ],
)
def test_sentences_and_headlines_that_open_the_same_way_stay(line):
    assert _reason(line) is None


def test_the_posts_headline_under_the_date_is_the_title_not_the_bar_above(ref):
    text = (
        "« 前の記事の見出し | トップページ | 次の記事の見出し »\n\n"
        "2023年6月 5日 (月)\n\n"
        "日米外相会談 同盟強化で一致\n\n"
        f"{JA_BODY}"
    )
    report = _parse(ref, text)
    assert report.title == "日米外相会談 同盟強化で一致"
    assert "トップページ" not in report.body


def test_wordpress_categories_over_the_headline_are_not_the_title(ref):
    text = (
        "Posted inJapan, Northeast Asia, World\n\n"
        "Allies agree to deepen their alliance\n\n"
        f"{EN_BODY}"
    )
    report = _parse(ref, text)
    assert report.title == "Allies agree to deepen their alliance"
    assert "Posted in" not in report.body
    assert "Allies agree" not in report.body
