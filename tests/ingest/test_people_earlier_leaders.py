"""The leaders and ministers of 2001–2008 and China's foreign minister, added to the
reference in session 12, found in each script by their names in native_aliases.csv, and
their rows dated and sourced. Invented texts."""

import csv
import json

import pytest

from archive.ingest.people import find_people
from tests.ingest.reference_data import REFERENCE_DIR, native_named_index

ADDED = {
    "Colin Powell": ("United States", "Secretary of State", "foreign"),
    "Yoriko Kawaguchi": ("Japan", "Minister for Foreign Affairs", "foreign"),
    "Yoshinori Ohno": ("Japan", "Director General of the Defense Agency", "defense"),
    "Wang Yi": ("China", "Minister of Foreign Affairs", "foreign"),
    "Hu Jintao": ("China", "President", "head_of_state"),
    "Roh Moo-hyun": ("South Korea", "President", "head_of_state"),
    "John Howard": ("Australia", "Prime Minister", "head_of_government"),
}


@pytest.fixture(scope="module")
def index():
    return native_named_index(ADDED)


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("コリン・パウエル国務長官は記者団に語った。", "colin-powell"),
        ("美国国务卿鲍威尔星期四抵达东京。", "colin-powell"),
        ("川口外相はパウエル国務長官と会談した。", "yoriko-kawaguchi"),
        ("川口順子外務大臣は述べた。", "yoriko-kawaguchi"),
        ("大野防衛庁長官は述べた。", "yoshinori-ohno"),
        ("中国外长王毅表示。", "wang-yi"),
        ("왕이 중국 외교부장은 말했다.", "wang-yi"),
        ("胡锦涛主席会见了日本首相。", "hu-jintao"),
        ("노무현 대통령은 말했다.", "roh-moo-hyun"),
        ("盧武鉉大統領と会談した。", "roh-moo-hyun"),
        ("ハワード豪首相は述べた。", "john-howard"),
        ("Secretary of State Colin L. Powell met Prime Minister Koizumi.", "colin-powell"),
        ("Defense Agency chief Yoshinori Ono said.", "yoshinori-ohno"),
    ],
)
def test_found_in_each_script(index, body, slug):
    assert slug in {m.slug for m in find_people(body, index)[0]}


@pytest.mark.parametrize(
    "body",
    [
        "川口市で会議が開かれた。",  # a city: 川口 is read only before a post's title
        "大野氏は述べた。",  # a common name before no post
        "왕이 되었다.",  # "became king": 왕이 is read only with his title
        "ハワード大学で講演した。",  # a Western surname needs a title or the full name
    ],
)
def test_common_words_are_no_one(index, body):
    assert find_people(body, index)[0] == []


def test_every_added_term_is_dated_or_sourced():
    with open(REFERENCE_DIR / "officeholders.csv", newline="", encoding="utf-8") as file:
        rows = [row for row in csv.DictReader(file) if row["name"] in ADDED]
    curated = json.loads((REFERENCE_DIR / "curated.json").read_text(encoding="utf-8"))
    offices = [
        {"start": o["start"], "end": o["end"], "source_url": o["source_url"]}
        for person in curated["people"]
        if person["name"] in ADDED
        for o in person["offices"]
    ]
    terms = [
        *(
            {"start": r["term_start"], "end": r["term_end"], "source_url": r["source_url"]}
            for r in rows
        ),
        *offices,
    ]
    assert len(terms) == 8
    for term in terms:
        assert term["source_url"].startswith("http")
        assert term["start"] or term["end"]
        if term["start"] and term["end"]:
            assert term["start"] < term["end"]
