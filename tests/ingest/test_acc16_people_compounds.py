"""The allies' ministers named by a compound of countries that holds a third or fourth
country, or counts them, before the post ("日米韓外相", "美日韩三国外长", "한미일 3국
국방장관"): each ally's holder of the post that day (cjk_role_compounds.py). Made-up
sentences; the day is 2022-01-07 (Blinken, Hayashi, Austin, Kishi)."""

from datetime import date

import pytest

from archive.ingest.cjk_role_compounds import paired_role_mentions

DAY = date(2022, 1, 7)
FOUR = {"antony-blinken", "yoshimasa-hayashi", "lloyd-austin", "nobuo-kishi"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("日米韓外相が電話で協議した。", {"antony-blinken", "yoshimasa-hayashi"}),
        ("美日韩三国外长通了电话。", {"antony-blinken", "yoshimasa-hayashi"}),
        ("한미일 3국 국방장관이 화상으로 만났다.", {"lloyd-austin", "nobuo-kishi"}),
        ("日米豪印4か国の外相がそろった。", {"antony-blinken", "yoshimasa-hayashi"}),
        ("미-한-일 외교장관은 성명을 냈다.", {"antony-blinken", "yoshimasa-hayashi"}),
        # the countries joined by "and", then the genitive; posts joined by a comma or "and"
        ("미국과 일본의 외교,국방장관들이 만났다.", FOUR),
        ("美国和日本的外长通了电话。", {"antony-blinken", "yoshimasa-hayashi"}),
        ("日本と米国の外相が協議した。", {"antony-blinken", "yoshimasa-hayashi"}),
        ("美日两国外长通了电话。", {"antony-blinken", "yoshimasa-hayashi"}),
        ("美國與日本的外交與國防首長將舉行會議。", FOUR),
        # the allies named together, as before
        ("日米外相が協議した。", {"antony-blinken", "yoshimasa-hayashi"}),
    ],
)
def test_allies_ministers_in_a_compound_of_three_or_four(ref, body, expected):
    found = paired_role_mentions(body, DAY, ref.index)
    assert {m.slug for m in found} == expected
    assert all(body[m.start : m.end] == m.form for m in found)


@pytest.mark.parametrize(
    "body",
    [
        "中日韩三国外长举行了会谈。",  # no US at the table
        "日韓外相が協議した。",  # another pair
        "한일 외교장관이 만났다.",
        "日中韓3か国の外相が集まった。",
        "中国和日本的外长通了电话。",  # "and" joins another pair
        "미국과 중국의 외교장관이 만났다.",
    ],
)
def test_a_compound_without_both_allies_names_no_one(ref, body):
    assert paired_role_mentions(body, DAY, ref.index) == []


def test_a_korean_syllable_ending_the_word_before_is_not_korea(ref):
    """ "통한 미일": "through" and the allies; "한 미일" alone would read as Korea too."""
    from archive.ingest.cjk_role_compounds import PAIRED_ROLE, _countries

    body = "이번 협의를 통한 미일 외교장관 회담이 열렸다."
    match = PAIRED_ROLE.search(body)
    assert _countries(body, match) == {"United States", "Japan"}
    assert _countries("한 미일 외교장관", PAIRED_ROLE.search("한 미일 외교장관")) == {
        "South Korea",
        "United States",
        "Japan",
    }


def test_a_third_country_minister_is_not_read_from_the_compound(ref):
    """The compound is often the name of a past meeting of three: only the allies."""
    found = paired_role_mentions("日米韓防衛相会談で確認した。", DAY, ref.index)
    assert {m.slug for m in found} == {"lloyd-austin", "nobuo-kishi"}
