"""Review of e9810b5 (cjk_role_compounds: the allies' ministers named by a compound that
holds a third country): "일", "日" are both Japan and the day of the month, and "한", "韓",
"韩" now count as a country, so a date printed right before a Korea–US compound ("7일 한미
외교장관", "7日米韓外相", "7日美韩外长": the most ordinary way to date a Korea–US meeting)
reads as "Japan, Korea, US" and names Japan's minister, who was not there. Before the
commit the same text named no one. A day of the month ends in a digit; a country word
after a digit is the date's "day", not Japan. Made-up sentences; the day is 2022-01-07
(Blinken, Hayashi, Austin, Kishi in the seed reference)."""

from datetime import date

import pytest

from archive.ingest.cjk_role_compounds import paired_role_mentions
from archive.ingest.pipeline import parse_report

DAY = date(2022, 1, 7)
JAPANS_MINISTERS = {"yoshimasa-hayashi", "nobuo-kishi"}


@pytest.mark.parametrize(
    "body",
    [
        "정의용 외교부 장관은 7일 한미 외교장관 회담을 갖고 북한 문제를 논의했다.",
        "서욱 국방부 장관은 7일 한미 국방장관 회담에서 연합훈련을 논의했다.",
        "ソウルで7日米韓外相会談が開かれた。",
        "韩国外长7日美韩外长通话，讨论朝鲜问题。",
    ],
)
def test_a_date_before_a_korea_us_compound_names_no_japanese_minister(ref, body):
    found = {m.slug for m in paired_role_mentions(body, DAY, ref.index)}
    assert not found & JAPANS_MINISTERS


def test_a_korea_us_report_names_no_japanese_minister(ref):
    text = (
        "한미 외교장관, 북한 문제 논의\n\n2022-01-07\n\n"
        "정의용 외교부 장관은 7일 한미 외교장관 회담을 갖고 북한 문제를 논의했다.\n"
        "양측은 동맹 강화에 합의했다.\n"
    )
    report = parse_report(text.encode(), reference=ref, hints={"url": "https://example.com/a"})
    assert "yoshimasa-hayashi" not in {p.slug for p in report.people}


def test_a_date_before_the_three_countries_compound_still_names_the_allies(ref):
    """Guard: with Japan in the compound itself the allies are read, date or not."""
    found = paired_role_mentions("7일 한미일 외교장관 회담이 열렸다.", DAY, ref.index)
    assert {m.slug for m in found} == {"antony-blinken", "yoshimasa-hayashi"}


# 24ac5fb joins the countries by "and" ("与", "和", "と", "과"): the day of the month before
# "与/和 + 美国" ("7日与美国防长", a Chinese report of a China–US call, its most ordinary
# phrasing) now reads "Japan and the US" and names both allies' ministers.
@pytest.mark.parametrize(
    "body",
    [
        "中国国防部长7日与美国防长举行视频通话。",
        "王毅7日和美国外长通电话。",
    ],
)
def test_a_date_before_with_the_us_names_no_japanese_minister(ref, body):
    found = {m.slug for m in paired_role_mentions(body, DAY, ref.index)}
    assert not found & JAPANS_MINISTERS


@pytest.mark.parametrize(
    "body",
    ["7日、日米外相会談が開かれた。", "7日日米外相会談が開かれた。", "美日外长7日举行会谈。"],
)
def test_a_date_before_a_us_japan_compound_still_names_both(ref, body):
    """Guard: a day of the month before the allies' own compound does not hide Japan."""
    found = {m.slug for m in paired_role_mentions(body, DAY, ref.index)}
    assert found == {"antony-blinken", "yoshimasa-hayashi"}
