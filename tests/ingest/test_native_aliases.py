"""archive/fixtures/reference/native_aliases.csv: complete, well-formed, and read as its people."""

import csv
import re

import pytest

from archive.ingest.cjk import has_cjk
from archive.ingest.people import find_people
from tests.ingest.reference_data import REFERENCE_DIR

LEADERS = {
    "Barack Obama",
    "Donald Trump",
    "Joe Biden",
    "Naoto Kan",
    "Yoshihiko Noda",
    "Shinzo Abe",
    "Yoshihide Suga",
    "Fumio Kishida",
    "Shigeru Ishiba",
    "Sanae Takaichi",
}
LANGUAGES = {"ja", "ko", "zh-Hans", "zh-Hant", "en"}
KINDS = {"native_script", "spelling", "surname_first"}


def rows():
    with open(REFERENCE_DIR / "native_aliases.csv", newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def ministers():
    with open(REFERENCE_DIR / "ministers.csv", newline="", encoding="utf-8") as file:
        return {row["name"]: row["country"] for row in csv.DictReader(file)}


def test_columns():
    with open(REFERENCE_DIR / "native_aliases.csv", encoding="utf-8") as file:
        assert file.readline().strip() == "name,alias,language,kind"


def test_every_minister_and_leader_has_japanese_korean_and_chinese_forms():
    languages: dict[str, set[str]] = {}
    for row in rows():
        languages.setdefault(row["name"], set()).update(row["language"].split())
    for name in {*ministers(), *LEADERS}:
        assert {"ja", "ko", "zh-Hans", "zh-Hant"} <= languages.get(name, set()), name


def test_rows_are_well_formed():
    seen = set()
    for row in rows():
        assert row["kind"] in KINDS
        assert set(row["language"].split()) <= LANGUAGES
        assert (row["name"], row["alias"]) not in seen  # the database's unique pair
        seen.add((row["name"], row["alias"]))
        assert row["alias"] == row["alias"].strip() and row["alias"] != row["name"]
        if row["kind"] == "native_script":
            assert has_cjk(row["alias"]) and row["language"] != "en"
        if row["kind"] == "surname_first":
            given, surname = row["name"].split()
            assert re.fullmatch(rf"(?i){surname} {given}", row["alias"])


def test_japanese_people_have_kanji_and_americans_katakana():
    countries = {
        **ministers(),
        **dict.fromkeys(LEADERS - {"Barack Obama", "Donald Trump", "Joe Biden"}, "Japan"),
    }
    countries.update(dict.fromkeys(("Barack Obama", "Donald Trump", "Joe Biden"), "United States"))
    kanji = re.compile(r"^[\u4e00-\u9fff]+$")
    katakana = re.compile(r"^[\u30a0-\u30ff]+$")
    for name, country in countries.items():
        forms = [r["alias"] for r in rows() if r["name"] == name and "ja" in r["language"].split()]
        script = kanji if country == "Japan" else katakana
        assert any(script.match(form) for form in forms), name


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("茂木外務大臣は会見で述べた。", "toshimitsu-motegi"),
        ("小泉防衛大臣が視察した。", "shinjiro-koizumi"),
        ("ルビオ国務長官と会談した。", "marco-rubio"),
        ("ヘグセス国防長官と会談した。", "pete-hegseth"),
        ("上川外務大臣は述べた。", "yoko-kamikawa"),
        ("木原防衛大臣は述べた。", "minoru-kihara"),
        ("蓬佩奥访问东京", "mike-pompeo"),
        ("蓬佩奧訪問東京", "mike-pompeo"),
        ("上川阳子外相", "yoko-kamikawa"),
        ("모테기 외무상은 말했다", "toshimitsu-motegi"),
        ("오스틴 국방장관은 말했다", "lloyd-austin"),
        ("KAMIKAWA Yoko, Minister for Foreign Affairs", "yoko-kamikawa"),
    ],
)
def test_the_seed_reference_reads_the_native_forms(ref, text, slug):
    mentions, _ = find_people(text, ref.index)
    assert [m.slug for m in mentions] == [slug]
