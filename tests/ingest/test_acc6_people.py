"""Leaders and ministers of other governments, and earlier US and Japanese ones, named the
way their own reports name them: a surname after a head of government's title in Italian
and Spanish ("il Presidente del Consiglio Draghi", "el presidente del Gobierno Sánchez"),
after a title with a nationality behind it ("il Primo Ministro italiano Draghi", "PM India
Modi") or before it ("Indian Prime Minister Modi"), and the names in Chinese, Japanese and
Korean that officeholders.csv's new rows bring (native_aliases.csv). Invented texts."""

from datetime import date

import pytest
from django.utils.text import slugify

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.roles import classify_title
from tests.ingest.reference_data import REFERENCE_DIR, native_aliases


def _person(name: str, country: str, title: str = "", post: str = "other") -> KnownPerson:
    offices = (KnownOffice(title, post, country, date(2001, 1, 1), None),) if title else ()
    return KnownPerson(slugify(name), name, country, native_aliases().get(name, ()), offices)


@pytest.fixture(scope="module")
def index():
    people = (
        _person("Mario Draghi", "Italy", "Prime Minister", "head_of_government"),
        _person("Pedro Sanchez", "Spain", "Prime Minister", "head_of_government"),
        _person("Narendra Modi", "India", "Prime Minister", "head_of_government"),
        _person("Condoleezza Rice", "United States", "Secretary of State", "foreign"),
        _person("Taro Aso", "Japan", "Minister for Foreign Affairs", "foreign"),
        _person("Junichiro Koizumi", "Japan", "Prime Minister", "head_of_government"),
        _person("Tang Jiaxuan", "China", "State Councilor"),
        _person("Kim Jong Il", "North Korea"),
        _person("Retno Marsudi", "Indonesia", "Minister for Foreign Affairs", "foreign"),
        _person("Vedant Patel", "United States"),
    )
    return Reference(people=people).index


def slugs(body: str, index) -> list[str]:
    return [mention.slug for mention in find_people(body, index)[0]]


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("Ieri il Presidente del Consiglio Draghi ha ricevuto l'ospite.", "mario-draghi"),
        ("Colloquio con il Presidente del Consiglio dei Ministri Draghi.", "mario-draghi"),
        ("La telefonata con il Primo Ministro italiano Draghi è durata un'ora.", "mario-draghi"),
        ("Ayer el presidente del Gobierno Sanchez recibió al visitante.", "pedro-sanchez"),
        ("El primer ministro indio Modi llegó a la cumbre.", "narendra-modi"),
        ("Hadir pula PM India Modi dalam pertemuan itu.", "narendra-modi"),
        ("Indian Prime Minister Modi arrived for the talks.", "narendra-modi"),
        ("Menteri Luar Negeri Jepang bertemu Ibu Retno L.P. Marsudi.", "retno-marsudi"),
    ],
)
def test_a_surname_after_a_head_of_governments_title_in_its_own_language(index, body, slug):
    assert slugs(body, index) == [slug]


@pytest.mark.parametrize(
    "body",
    [
        "Draghi arrived for the talks.",  # a surname alone, with no title and no full name
        "La riunione è finita alle 3 pm Modi non c'era.",  # "pm" is a time, not a title
        "Il Presidente della Repubblica ha parlato con Draghi.",  # a title, then other words
    ],
)
def test_a_surname_without_a_title_right_before_it_names_no_one(index, body):
    assert slugs(body, index) == []


def test_pm_in_capitals_is_a_head_of_governments_title():
    assert classify_title("PM") == ("head_of_government", "prime minister")
    assert classify_title("Presidente del Consiglio") == ("head_of_government", "prime minister")
    assert classify_title("presidente") == ("head_of_state", "president")


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("美国国务卿赖斯星期四抵达首尔。", "condoleezza-rice"),
        ("日本外长麻生太郎也抵达首尔。", "taro-aso"),
        ("麻生外相は記者団に語った。", "taro-aso"),
        ("日本首相小泉纯一郎定于下星期完成任期。", "junichiro-koizumi"),
        ("中国国务委员唐家璇与北韩领导人会谈。", "tang-jiaxuan"),
        ("唐家璇与金正日星期四举行了会谈。", "tang-jiaxuan"),
        ("베단트 파텔 국무부 수석부대변인은 이같이 전했습니다.", "vedant-patel"),
        # "小泉" is two Koizumis' family name; of them only Junichiro was prime minister
        # (cjk_family_names.py).
        ("小泉首相は記者団に語った。", "junichiro-koizumi"),
    ],
)
def test_earlier_and_other_governments_officeholders_in_cjk(index, body, slug):
    assert slug in slugs(body, index)


@pytest.mark.parametrize(
    "body",
    [
        "国务院发言人普赖斯表示。",  # "Price": Rice's Chinese surname inside another name
        "麻生区で会議が開かれた。",  # Aso's surname alone is a place (Asao ward) without a title
        "小泉氏は記者団に語った。",  # "小泉": two Koizumis, and "氏" names no post
    ],
)
def test_a_cjk_surname_inside_another_word_or_without_a_title_is_no_one(index, body):
    assert "condoleezza-rice" not in slugs(body, index)
    assert "taro-aso" not in slugs(body, index)
    assert "junichiro-koizumi" not in slugs(body, index)


def test_every_new_officeholder_has_a_source_and_dates_in_order():
    import csv

    with open(REFERENCE_DIR / "officeholders.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        assert row["source_url"].startswith("http"), row["name"]
        if row["term_start"] and row["term_end"]:
            assert row["term_start"] < row["term_end"], row["name"]


def test_a_surname_before_a_leaders_title_its_person_never_held_is_someone_else():
    clinton = KnownPerson(
        "hillary-rodham-clinton",
        "Hillary Rodham Clinton",
        "United States",
        ("힐러리 클린턴", "클린턴", "希拉里·克林顿", "克林顿"),
        (KnownOffice("Secretary of State", "foreign", "United States", None, date(2013, 2, 1)),),
    )
    shinjiro = _person("Shinjiro Koizumi", "Japan", "Minister of Defense", "defense")
    index = Reference(people=(clinton, shinjiro)).index
    # Bill Clinton, the president; Junichiro Koizumi, the prime minister.
    assert slugs("1996년 당시 빌 클린턴 대통령 이후 처음입니다.", index) == []
    assert slugs("前总统克林顿也出席了。克林顿总统说。", index) == []
    assert slugs("小泉首相は記者団に語った。", index) == []
    # The post they held, or a title of no leader, still names them.
    assert slugs("클린턴 장관은 말했다.", index) == ["hillary-rodham-clinton"]
    assert slugs("小泉防衛大臣は記者団に語った。", index) == ["shinjiro-koizumi"]


@pytest.mark.parametrize("printed", ["3 PM", "10:30 PM", "at 9 PM", "5PM"])
def test_a_clocks_pm_is_no_prime_minister(printed):
    assert classify_title(printed) is None
    assert classify_title("PM") == ("head_of_government", "prime minister")
