"""Leaders and ministers of 2001–2011 added in session 14 (curated.json's people and
native_aliases.csv): Kim Dae-jung, Alexander Downer, Stephen Smith, Li Zhaoxing, Yang
Jiechi, Sergey Lavrov, and Makiko Tanaka's names in other scripts. Each is found by their
names in each script, each term is dated and sourced, and a common surname alone (スミス,
田中) names no one. Invented texts."""

import json
from datetime import date

import pytest

from archive.ingest.people import find_people
from tests.ingest.reference_data import REFERENCE_DIR, native_named_index

ADDED = {
    "Kim Dae-jung": ("South Korea", "President", "head_of_state"),
    "Alexander Downer": ("Australia", "Minister for Foreign Affairs", "foreign"),
    "Stephen Smith": ("Australia", "Minister for Foreign Affairs", "foreign"),
    "Li Zhaoxing": ("China", "Minister of Foreign Affairs", "foreign"),
    "Yang Jiechi": ("China", "Minister of Foreign Affairs", "foreign"),
    "Sergey Lavrov": ("Russia", "Minister of Foreign Affairs", "foreign"),
    "Makiko Tanaka": ("Japan", "Minister for Foreign Affairs", "foreign"),
}


@pytest.fixture(scope="module")
def index():
    return native_named_index(ADDED)


def slugs(body, index):
    return {m.slug for m in find_people(body, index, date(2006, 3, 18))[0]}


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("金大中大統領は述べた。", "kim-dae-jung"),
        ("김대중 대통령은 말했다.", "kim-dae-jung"),
        ("ダウナー豪外相は、麻生外務大臣と会談した。", "alexander-downer"),
        ("다우너 호주 외무장관은 말했다.", "alexander-downer"),
        ("澳大利亚外长亚历山大·唐纳表示。", "alexander-downer"),
        ("スティーブン・スミス豪外相は述べた。", "stephen-smith"),
        ("中国外长李肇星会见了日本外相。", "li-zhaoxing"),
        ("杨洁篪外长表示。", "yang-jiechi"),
        ("양제츠 중국 외교부장은 말했다.", "yang-jiechi"),
        ("ラブロフ露外相は述べた。", "sergey-lavrov"),
        ("세르게이 라브로프 러시아 외무장관은 말했다.", "sergey-lavrov"),
        ("俄罗斯外长拉夫罗夫表示。", "sergey-lavrov"),
        ("田中眞紀子外務大臣は述べた。", "makiko-tanaka"),
        ("田中外務大臣はパウエル国務長官と会談した。", "makiko-tanaka"),
    ],
)
def test_found_in_each_script(index, body, slug):
    assert slug in slugs(body, index)


@pytest.mark.parametrize(
    "body",
    [
        "スミス氏は述べた。",  # a common surname: Stephen Smith only by his full name
        "田中氏は述べた。",  # a common family name, before no post's title
        "唐纳德·特朗普总统表示。",  # 唐纳 (Downer) is not read inside Donald
    ],
)
def test_common_names_are_no_one(index, body):
    assert slugs(body, index) == set()


def test_every_new_term_is_dated_and_sourced():
    people = json.loads((REFERENCE_DIR / "curated.json").read_text(encoding="utf-8"))["people"]
    added = {p["name"]: p for p in people if p["name"] in ADDED}
    assert set(added) == set(ADDED) - {"Makiko Tanaka"}  # she is in officeholders.csv
    for person in added.values():
        for office in person["offices"]:
            assert office["source_url"].startswith("http"), person["name"]
            assert office["start"], person["name"]


def test_a_meeting_of_the_other_day_names_its_party_in_passing():
    from archive.ingest.passing import in_passing

    index = native_named_index(
        {**ADDED, "Taro Kono": ("Japan", "Minister for Foreign Affairs", "foreign")}
    )
    lead = "河野外務大臣は，ASEAN関連外相会議に出席し，各国外相と会談を行った。" * 10
    for then in ("先日", "先般"):
        body = f"{lead}\n\n河野大臣から，{then}ラブロフ露外相と初めて会談したことに触れた。"
        mentions = find_people(body, index, date(2017, 8, 7))[0]
        assert "sergey-lavrov" in {m.slug for m in mentions}
        assert "sergey-lavrov" in in_passing(body, mentions, [], index)


def test_the_formal_name_japans_ministry_prints_for_president_biden():
    from archive.ingest.reference import KnownOffice, KnownPerson, Reference

    curated = json.loads((REFERENCE_DIR / "curated.json").read_text(encoding="utf-8"))
    aliases = tuple(alias for alias, _ in curated["aliases"]["Joe Biden"])
    office = KnownOffice("President", "head_of_state", "United States", date(2021, 1, 20), None)
    biden = KnownPerson("joe-biden", "Joe Biden", "United States", aliases, (office,))
    index = Reference(people=(biden,)).index
    body = "Prime Minister KISHIDA Fumio met the Honorable Joseph R. Biden, Jr., President."
    assert [m.slug for m in find_people(body, index)[0]] == ["joe-biden"]


def test_a_japanese_name_in_hangul_in_the_western_order():
    index = native_named_index(
        {
            "Fumio Kishida": ("Japan", "Minister for Foreign Affairs", "foreign"),
            "Tomomi Inada": ("Japan", "Minister of Defense", "defense"),
        }
    )
    body = "왼쪽부터 후미오 기시다, 도모미 이나다."  # no title: the family name alone is not read
    assert slugs(body, index) == {"fumio-kishida", "tomomi-inada"}
    assert slugs("기시다 후미오 외무상은 말했다.", index) == {"fumio-kishida"}
