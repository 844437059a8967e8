"""CJK family names read before a title that says which of their bearers is meant
(cjk_family_names.py): invented people, so that no test leans on the reference data."""

from datetime import date

import pytest

from archive.ingest.cjk_family_names import family_names, holder, title_post
from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference


def _person(slug, name, country, aliases, *offices):
    return KnownPerson(
        slug=slug,
        name=name,
        country=country,
        aliases=tuple(aliases),
        offices=tuple(
            KnownOffice(title, post, country, start, end) for title, post, start, end in offices
        ),
    )


PEOPLE = (
    # Two prime ministers who list the same one-character family name.
    _person(
        "taro-sato",
        "Taro Sato",
        "Japan",
        ["佐藤太郎", "佐"],
        ("Prime Minister", "head_of_government", date(2001, 1, 1), date(2002, 1, 1)),
    ),
    _person(
        "jiro-sato",
        "Jiro Sato",
        "Japan",
        ["佐藤次郎", "佐"],
        ("Prime Minister", "head_of_government", date(2011, 1, 1), date(2012, 1, 1)),
        ("Chief Cabinet Secretary", "other", date(2005, 1, 1), date(2010, 1, 1)),
    ),
    # A foreign minister whose family name is common: no bare form listed.
    _person(
        "ichiro-yamakawa",
        "Ichiro Yamakawa",
        "Japan",
        ["山川一郎", "야마카와 이치로"],
        ("Minister for Foreign Affairs", "foreign", date(2009, 1, 1), date(2010, 1, 1)),
    ),
    # A listed family name that a prime minister of another time bears too.
    _person(
        "kenta-morino",
        "Kenta Morino",
        "Japan",
        ["森野健太", "森野"],
        ("Minister of Defense", "defense", date(2020, 1, 1), None),
    ),
    _person(
        "goro-morino",
        "Goro Morino",
        "Japan",
        ["森野五郎"],
        ("Prime Minister", "head_of_government", date(1995, 1, 1), date(1996, 1, 1)),
    ),
    # Korean ministers and a president sharing a one-syllable family name.
    _person(
        "pyo-min",
        "Pyo Min",
        "South Korea",
        ["표민 외교부 장관", "表民"],
        ("Minister of Foreign Affairs", "foreign", date(2022, 1, 1), date(2023, 1, 1)),
    ),
    _person(
        "pyo-dae-han",
        "Pyo Dae-han",
        "South Korea",
        ["표대한", "表大韓"],
        ("President", "head_of_state", date(2015, 1, 1), date(2016, 1, 1)),
    ),
)
INDEX = Reference(people=PEOPLE).index


def _found(text, on=None):
    return [(m.slug, m.form) for m in find_people(text, INDEX, on)[0]]


def test_a_common_family_name_counts_before_the_title_of_a_post_its_bearer_held():
    assert _found("山川外相は述べた。") == [("ichiro-yamakawa", "山川外相")]
    assert _found("山川外務大臣と山川大臣") == [
        ("ichiro-yamakawa", "山川外務大臣"),
        ("ichiro-yamakawa", "山川大臣"),
    ]


def test_a_common_family_name_before_no_post_or_another_post_is_no_one():
    assert _found("山川氏は述べた。") == []
    assert _found("山川総理は述べた。") == []
    assert _found("山川さんと山川村") == []


def test_a_shared_family_name_is_told_apart_by_the_post():
    assert _found("佐官房長官は") == [("jiro-sato", "佐官房長官")]


def test_a_shared_family_name_is_told_apart_by_the_day_when_the_post_does_not():
    assert _found("佐総理は") == []
    assert _found("佐総理は", date(2001, 6, 1)) == [("taro-sato", "佐総理")]
    assert _found("佐総理は", date(2011, 6, 1)) == [("jiro-sato", "佐総理")]


def test_a_listed_family_name_stays_its_owners_unless_the_post_is_anothers():
    assert _found("森野防衛相と森野氏") == [
        ("kenta-morino", "森野防衛相"),
        ("kenta-morino", "森野氏"),
    ]
    assert _found("森野首相は") == [("goro-morino", "森野首相")]


def test_a_japanese_family_name_in_hangul():
    assert _found("야마카와 외무상은") == [("ichiro-yamakawa", "야마카와 외무상")]


def test_a_korean_name_held_only_with_a_title_and_a_country_between():
    assert _found("표민 한국 외교부 장관이 말했다") == [("pyo-min", "표민 한국 외교부 장관")]


def test_a_one_character_family_name_no_one_lists_is_no_one():
    assert _found("表外相は", date(2022, 6, 1)) == []
    assert _found("표 장관은", date(2022, 6, 1)) == []
    assert _found("表大統領は", date(2015, 6, 1)) == []


def test_a_japanese_person_who_lists_a_family_name_gets_no_other():
    assert "森野健" not in INDEX.cjk_titled_names
    assert "佐藤" not in INDEX.cjk_titled_names
    assert INDEX.cjk_titled_names["山川"] == (("ichiro-yamakawa",), None, False)


@pytest.mark.parametrize(
    "title, post",
    [
        ("外相", "foreign"),
        ("外務大臣", "foreign"),
        (" 외교부 장관", "foreign"),
        ("防衛相", "defense"),
        ("국방장관", "defense"),
        ("総理", "head_of_government"),
        ("총리", "head_of_government"),
        ("大統領", "head_of_state"),
        ("副大統領", None),
        ("官房長官", "other"),
        ("大臣", "minister"),
        ("장관", "minister"),
        ("氏", None),
        ("前外相", None),
        ("大使", None),
    ],
)
def test_title_post(title, post):
    assert title_post(title) == post


def test_family_names_of_each_script():
    assert family_names("Japan", ["山川一郎"]) == ({"山川", "山川一"}, set())
    assert family_names("Japan", ["야마카와 이치로"]) == ({"야마카와"}, set())
    assert family_names("South Korea", ["표대한", "表大韓"]) == (set(), set())
    assert family_names("South Korea", ["표민 외교부 장관"]) == (set(), {"표민"})
    assert family_names("United States", ["ジョン・スミス"]) == (set(), set())


def test_holder_keeps_the_owner_of_a_title_without_a_post():
    people = {p.slug: p for p in PEOPLE}
    assert holder(("goro-morino", "kenta-morino"), "氏", people, None, owner="kenta-morino") == (
        "kenta-morino"
    )
    assert holder(("goro-morino", "kenta-morino"), "氏", people, None) is None


def test_a_parsed_report_tells_a_shared_family_name_apart_by_its_published_day():
    """The pipeline hands the report's date to find_people: "佐総理" of a page dated
    2011 is the prime minister of 2011, and of an undated page no one."""
    from archive.ingest.pipeline import parse_report

    body = "佐総理は外国首脳と会談し、同盟の強化で一致した。両首脳は共同声明を発表した。"
    reference = Reference(people=PEOPLE)
    dated = parse_report(f"日米首脳会談\n\n2011年6月1日\n\n{body}\n".encode(), reference=reference)
    undated = parse_report(f"日米首脳会談\n\n{body}\n".encode(), reference=reference)
    assert str(dated.published) == "2011-06-01"
    assert "jiro-sato" in {p.slug for p in dated.people}
    assert "taro-sato" not in {p.slug for p in dated.people}
    assert not {"jiro-sato", "taro-sato"} & {p.slug for p in undated.people}
