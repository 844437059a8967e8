"""Review of 194db21 (cjk_bylines: "【ABC 林大明報導】", the outlet and the reporter in
lenticular brackets). The outlet part takes any 1-12 characters and the name any 2-3 Han
before "报道", so a Chinese banner of special coverage ("【美日峰会特别报道】", "【两会特别
报道】": "special report") is read as a credit with the reporter "特别" ("special"): the
banner, a section label at the commit's parent, becomes the byline. And an outlet glued to
"記者" and the name ("【中央社記者林大明報導】") loses the surname to the outlet part. A
name could be required after a role word or a space, and "特别/綜合/新闻" are no names.
Made-up texts."""

import pytest

from archive.ingest.cjk_bylines import reporter_name
from archive.ingest.pipeline import parse_report

PAGE = (
    "【美日峰会特别报道】\n"
    "拜登与岸田在白宫举行会谈\n"
    "2022-05-23\n"
    "美国总统拜登23日在白宫与日本首相岸田文雄举行会谈，双方同意加强同盟。\n"
)


@pytest.mark.parametrize("banner", ["【美日峰会特别报道】", "【两会特别报道】", "【焦点新闻报道】"])
def test_a_special_coverage_banner_names_no_reporter(banner):
    assert reporter_name(banner) is None


def test_the_banner_stays_the_section_and_the_byline_empty(ref):
    report = parse_report(PAGE.encode(), reference=ref, hints={"url": "https://example.com/a"})
    assert report.byline == ""
    assert report.section == "【美日峰会特别报道】"


def test_an_outlet_glued_to_the_role_keeps_the_whole_name():
    assert reporter_name("【中央社記者林大明報導】") == "林大明"


def test_the_outlet_and_reporter_credit_is_still_read():
    """Guard: the commit's own family."""
    assert reporter_name("【ABC 林大明報導】") == "林大明"
