"""Spokespeople and officials of 2001–2011 (officeholders.csv, native_aliases.csv, issue 11,
session 14): a spokesperson or an assistant secretary quoted is the quote's speaker and no
subject of the report; their names are found in each script; a minister's family name
before a title finds the minister of the report's day. Invented texts."""

import csv
from datetime import date

import pytest

from archive.ingest.pipeline import parse_report
from archive.ingest.reference import KnownOffice, KnownPerson, Reference, slugify
from tests.ingest.reference_data import REFERENCE_DIR, native_aliases

ADDED = (
    "Richard Boucher",
    "Lawrence DiRita",
    "Christopher Hill",
    "Sean McCormack",
    "Tony Snow",
    "Dana Perino",
    "Geoff Morrell",
    "Robert Wood",
    "Ian Kelly",
    "P.J. Crowley",
    "Kurt Campbell",
    "Hatsuhisa Takashima",
    "Ben Rhodes",
    "Sean Spicer",
    "Marie Harf",
    "Robert Gibbs",
    "Jay Carney",
    "Josh Earnest",
    "Bryan Whitman",
    "Mark Toner",
    "George Little",
    "Peter Cook",
)
# Spokespeople already in the files, given their State Department terms too.
ALSO = ("Jen Psaki", "John Kirby")
# The ministers and leaders the texts name beside them, with their terms in the files.
OTHERS = (
    "Colin Powell",
    "Donald Rumsfeld",
    "Hillary Rodham Clinton",
    "George W. Bush",
    "Junichiro Koizumi",
    "Yoriko Kawaguchi",
    "Nobutaka Machimura",
    "Masahiko Komura",
    "Hirofumi Nakasone",
    "Katsuya Okada",
    "Yoshinori Ohno",
    "Fukushiro Nukaga",
)
_POSTS = {
    "President": "head_of_state",
    "Prime Minister": "head_of_government",
    "Secretary of State": "foreign",
    "Secretary of Defense": "defense",
    "Minister for Foreign Affairs": "foreign",
    "Minister of Defense": "defense",
    "Director General of the Defense Agency": "defense",
}


def _rows() -> list[dict]:
    with open(REFERENCE_DIR / "officeholders.csv", newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


@pytest.fixture(scope="module")
def ref():
    offices: dict[str, list[KnownOffice]] = {}
    countries: dict[str, str] = {}
    for row in _rows():
        if row["name"] in ADDED + ALSO + OTHERS:
            post = _POSTS.get(row["office"], "other")
            office = KnownOffice(
                row["office"], post, row["country"], _day(row["term_start"]), _day(row["term_end"])
            )
            offices.setdefault(row["name"], []).append(office)
            countries[row["name"]] = row["country"]
    people = tuple(
        KnownPerson(slugify(name), name, countries[name], native_aliases().get(name, ()), tuple(o))
        for name, o in offices.items()
    )
    return Reference(people=people)


def parse(ref, text: str):
    return parse_report(text.encode("utf-8"), reference=ref, filename="invented.txt")


def speakers(parsed) -> dict[str, str | None]:
    return {quote.text: quote.speaker_slug for quote in parsed.quotes}


def test_a_state_department_spokesman_quoted_is_the_speaker_not_a_subject(ref):
    parsed = parse(
        ref,
        "Powell meets Kawaguchi\n\nWASHINGTON, March 3, 2003 - Secretary of State Colin Powell"
        " met Foreign Minister Yoriko Kawaguchi today to discuss North Korea.\n\n"
        "State Department spokesman Richard Boucher briefed reporters afterwards.\n\n"
        '"We will continue to work closely with Japan," Boucher said.\n',
    )
    assert speakers(parsed)["We will continue to work closely with Japan"] == "richard-boucher"
    people = {m.slug for m in parsed.people}
    assert {"colin-powell", "yoriko-kawaguchi"} <= people
    assert "richard-boucher" not in people


def test_a_pentagon_spokesman_by_either_spelling_and_in_a_transcript(ref):
    parsed = parse(
        ref,
        "Pentagon briefing\n\nWASHINGTON, May 17, 2005 - Defense Department spokesman Lawrence"
        ' Di Rita spoke to reporters today.\n\n"We have no credible evidence," Di Rita said.'
        "\n\nMR. DiRITA: Good afternoon. We will take a few questions.\n\nQ: Larry, on Japan?"
        "\n\nMR. DiRITA: The alliance is strong.\n",
    )
    said = speakers(parsed)
    assert said["We have no credible evidence"] == "lawrence-dirita"
    assert "lawrence-dirita" in {speaker for speaker in said.values()}
    assert "lawrence-dirita" not in {m.slug for m in parsed.people}


def test_an_assistant_secretary_quoted_is_no_subject(ref):
    parsed = parse(
        ref,
        "Campbell in Tokyo\n\nTOKYO, Nov. 5, 2009 - Assistant Secretary of State Kurt Campbell"
        " met officials of Foreign Minister Katsuya Okada's ministry today.\n\n"
        '"We have a strong alliance," Campbell told reporters. Secretary Clinton will travel'
        ' to Tokyo, State Department spokesman Ian Kelly said. "The Secretary looks forward'
        ' to it," Kelly said.\n',
    )
    said = speakers(parsed)
    assert said["We have a strong alliance"] == "kurt-campbell"
    assert said["The Secretary looks forward to it"] == "ian-kelly"
    people = {m.slug for m in parsed.people}
    assert not people & {"kurt-campbell", "ian-kelly"}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        # A family name before a title: the minister who held that post on the day.
        ("町村外務大臣はライス国務長官と会談した。", "nobutaka-machimura"),  # 2005
        ("大野防衛庁長官はラムズフェルド国防長官と会談した。", "yoshinori-ohno"),  # 2005
    ],
)
def test_a_family_name_before_a_title_finds_the_minister_of_the_day(ref, text, slug):
    parsed = parse(ref, f"日米会談\n\n平成17年3月19日\n\n{text}\n")
    assert slug in {m.slug for m in parsed.people}


@pytest.mark.parametrize(
    ("text", "day", "slug"),
    [
        ("高村外務大臣は述べた。", "平成20年7月6日", "masahiko-komura"),
        ("中曽根外務大臣は述べた。", "平成21年2月17日", "hirofumi-nakasone"),
        ("額賀長官より、「再編を着実に進めたい」と述べた。", "平成18年1月10日", "fukushiro-nukaga"),
    ],
)
def test_each_ministers_family_name_on_their_days(ref, text, day, slug):
    parsed = parse(ref, f"日米会談\n\n{day}\n\n{text}\n")
    assert slug in {m.slug for m in parsed.people}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("조지 부시 미국 대통령은 고이즈미 일본 총리와 회담했습니다.", "george-w-bush"),
        ("ジョージ・ブッシュ大統領は小泉総理と会談した。", "george-w-bush"),
        ("美国国务院发言人肖恩·麦科马克表示。", "sean-mccormack"),
        ("숀 매코맥 국무부 대변인은 말했습니다.", "sean-mccormack"),
        ("カート・キャンベル国務次官補は述べた。", "kurt-campbell"),
        ("크리스토퍼 힐 국무부 차관보는 말했습니다.", "christopher-hill"),
        ("숀 스파이서 백악관 대변인은 말했습니다.", "sean-spicer"),
        ("ロバート・ギブズ報道官は述べた。", "robert-gibbs"),
    ],
)
def test_names_in_other_scripts(ref, text, slug):
    from archive.ingest.people import find_people

    assert slug in {m.slug for m in find_people(text, ref.index, date(2005, 6, 10))[0]}


@pytest.mark.parametrize(
    "text",
    [
        # no bare ブッシュ or 부시 (reference-data.md); read only before the title of a
        # post their bearer held (test_acc15_people_titled_surnames.py), not a former one
        "ブッシュ元大統領は述べた。",
        "부시 전 대통령은 말했습니다.",
        "ブッシュ氏は述べた。",
        "ウッド氏は述べた。",  # Robert Wood only by his full name (ウッド is "wood")
        "ケリー国務長官は述べた。",  # Ian Kelly only by his full name (ケリー is Kerry)
        "カーニー首相は述べた。",  # Jay Carney only by his full name (Mark Carney, Canada)
        "Capitol Hill lawmakers met.",  # Christopher Hill's surname alone, no title
        "Little is known about the talks.",  # George Little's surname, a word
        "The Cook Islands joined.",  # Peter Cook's
    ],
)
def test_a_bare_surname_that_is_a_word_or_anothers_names_no_one_added(ref, text):
    from archive.ingest.people import find_people

    found = {m.slug for m in find_people(text, ref.index, date(2005, 6, 10))[0]}
    assert not found & ({slugify(name) for name in ADDED} | {"george-w-bush"})


def test_every_added_person_is_sourced_with_names_in_each_script():
    rows = [row for row in _rows() if row["name"] in ADDED]
    assert {row["name"] for row in rows} == set(ADDED)
    for row in rows:
        assert row["source_url"].startswith("http"), row["name"]
        start, end = _day(row["term_start"]), _day(row["term_end"])
        assert start is None or end is None or start <= end, row["name"]
    with open(REFERENCE_DIR / "native_aliases.csv", newline="", encoding="utf-8") as file:
        languages: dict[str, set[str]] = {}
        for row in csv.DictReader(file):
            languages.setdefault(row["name"], set()).update(row["language"].split())
    for name in (*ADDED, "Paul Wolfowitz"):
        assert {"ja", "ko"} <= languages[name], name
        assert languages[name] & {"zh-Hans", "zh-Hant"}, name


def test_a_white_house_spokesman_in_a_later_administration_stays_no_subject(ref):
    parsed = parse(
        ref,
        "Trump meets Abe\n\nWASHINGTON, Feb. 10, 2017 - White House Press Secretary Sean Spicer"
        " briefed reporters on the visit.\n\n"
        '"The president looks forward to the meeting," Spicer said.\n',
    )
    assert speakers(parsed)["The president looks forward to the meeting"] == "sean-spicer"
    assert "sean-spicer" not in {m.slug for m in parsed.people}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Australian Defence Minister Kevin Andrews met Minister Nakatani.", "kevin-andrews"),
        ("케빈 앤드루스 호주 국방장관은 말했다.", "kevin-andrews"),
        ("デービッド・ジョンストン豪国防相は述べた。", "david-johnston"),
        ("中国国防部长魏凤和会见了美国国防部长。", "wei-fenghe"),
        ("웨이펑허 중국 국방부장은 말했다.", "wei-fenghe"),
        ("常万全国防部长表示。", "chang-wanquan"),
        ("李尚福国防部长表示。", "li-shangfu"),
    ],
)
def test_the_defence_ministers_of_australia_and_china_in_each_script(text, slug):
    import json

    from archive.ingest.people import find_people
    from tests.ingest.reference_data import native_named_index

    people = json.loads((REFERENCE_DIR / "curated.json").read_text(encoding="utf-8"))["people"]
    added = {"David Johnston", "Kevin Andrews", "Chang Wanquan", "Wei Fenghe", "Li Shangfu"}
    entries = {p["name"]: p for p in people if p["name"] in added}
    assert set(entries) == added
    for entry in entries.values():
        assert all(o["source_url"].startswith("http") for o in entry["offices"])
    index = native_named_index(
        {name: (e["country"], "Minister of Defence", "defense") for name, e in entries.items()}
    )
    assert slug in {m.slug for m in find_people(text, index, date(2018, 6, 1))[0]}
