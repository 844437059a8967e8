"""The allies' leaders and ministers in the reference files (curated.json's people,
native_aliases.csv): dated, sourced, without overlapping terms, and found by their names in
the archive's scripts."""

import csv
import json
from datetime import date
from itertools import pairwise

import pytest

from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference, slugify
from tests.ingest.reference_data import REFERENCE_DIR

ALLIES = {"South Korea", "Australia", "Philippines", "India"}
MAIN_POSTS = {"head_of_state", "head_of_government", "foreign", "defense"}


def curated_people() -> list[dict]:
    return json.loads((REFERENCE_DIR / "curated.json").read_text(encoding="utf-8"))["people"]


def curated_aliases() -> dict[str, list[list[str]]]:
    return json.loads((REFERENCE_DIR / "curated.json").read_text(encoding="utf-8"))["aliases"]


def native_forms() -> dict[str, dict[str, list[str]]]:
    """name -> language -> its forms in native_aliases.csv."""
    forms: dict[str, dict[str, list[str]]] = {}
    with open(REFERENCE_DIR / "native_aliases.csv", newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            for language in row["language"].split():
                forms.setdefault(row["name"], {}).setdefault(language, []).append(row["alias"])
    return forms


def allied_officeholders() -> list[dict]:
    return [
        person
        for person in curated_people()
        if any(o["country"] in ALLIES and o["post"] in MAIN_POSTS for o in person["offices"])
    ]


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def test_the_allies_four_posts_are_filled():
    names = {person["name"] for person in allied_officeholders()}
    assert len(names) >= 15
    countries = {
        (o["country"], o["post"])
        for person in allied_officeholders()
        for o in person["offices"]
        if o["post"] in MAIN_POSTS
    }
    for country in ("South Korea", "Australia"):
        for post in ("foreign", "defense"):
            assert (country, post) in countries


def test_every_allied_term_names_its_source_and_runs_forward():
    for person in allied_officeholders():
        for office in person["offices"]:
            assert office["source_url"].startswith("http"), person["name"]
            start, end = _day(office["start"]), _day(office["end"])
            if start and end:
                assert start <= end, person["name"]


def test_terms_in_one_post_do_not_overlap():
    terms: dict[tuple[str, str], list[tuple[date, date, str]]] = {}
    for person in curated_people():
        for office in person["offices"]:
            start, end = _day(office["start"]), _day(office["end"])
            if office["post"] in MAIN_POSTS and start and end:
                terms.setdefault((office["country"], office["post"]), []).append(
                    (start, end, person["name"])
                )
    for held in terms.values():
        held.sort()
        for (_, end, name), (start, _, successor) in pairwise(held):
            assert end <= start, (name, successor)


def test_allied_officeholders_have_names_in_japanese_and_korean():
    forms = native_forms()
    for person in allied_officeholders():
        languages = forms.get(person["name"], {})
        assert languages.get("ja") and languages.get("ko"), person["name"]
        if person["country"] == "South Korea":
            # Korean names: hangul, and hanja as Japanese and Chinese print them.
            assert languages.get("zh-Hans") and languages.get("zh-Hant"), person["name"]


def _person(entry: dict) -> KnownPerson:
    offices = tuple(
        KnownOffice(o["title"], o["post"], o["country"], _day(o["start"]), _day(o["end"]))
        for o in entry["offices"]
    )
    languages = native_forms().get(entry["name"], {})
    printed = [alias for alias, _ in curated_aliases().get(entry["name"], [])]
    native = [form for forms in languages.values() for form in forms]
    aliases = tuple(dict.fromkeys([*printed, *native]))
    return KnownPerson(slugify(entry["name"]), entry["name"], entry["country"], aliases, offices)


@pytest.fixture(scope="module")
def allies_reference() -> Reference:
    return Reference(people=tuple(_person(entry) for entry in curated_people()))


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("이종섭 국방부 장관은 오스틴 장관과 회담했다.", "lee-jong-sup"),
        ("金龍顕国防相は記者団に語った。", "kim-yong-hyun"),
        ("康京和外交部长表示欢迎。", "kang-kyung-wha"),
        ("강경화 외교부 장관은 말했다.", "kang-kyung-wha"),
        ("ペニー・ウォン外相は述べた。", "penny-wong"),
        ("澳大利亚外长黄英贤表示。", "penny-wong"),
        ("菲律宾国防部长特奥多罗说。", "gilberto-teodoro"),
        ("Defense Secretary Gibo Teodoro said the talks went well.", "gilberto-teodoro"),
        ("潘基文事務総長は述べた。", "ban-ki-moon"),
    ],
)
def test_allies_are_found_by_their_names_in_every_script(allies_reference, text, slug):
    mentions, _ = find_people(text, allies_reference.index)
    assert slug in [mention.slug for mention in mentions]


def test_a_currency_or_a_common_word_is_nobody(allies_reference):
    # ウォン is also the won: Penny Wong is found by her full name only.
    mentions, _ = find_people("1ドル＝1300ウォン台で推移した。", allies_reference.index)
    assert mentions == []
