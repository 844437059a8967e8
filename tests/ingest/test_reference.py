"""The reference records, slugify, and the indexes built once per Reference."""

from datetime import date

import pytest

from archive.ingest.reference import (
    KnownOffice,
    KnownOutlet,
    KnownPerson,
    Reference,
    build_index,
    slugify,
)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Antony Blinken", "antony-blinken"),
        ("John F. Kerry", "john-f-kerry"),
        ("Hillary Rodham Clinton", "hillary-rodham-clinton"),
        ("  Café  Ōno--Test ", "cafe-ono-test"),
        ("林芳正", ""),  # like Django: no ASCII, no slug
    ],
)
def test_slugify_matches_django(name, slug):
    assert slugify(name) == slug


def test_index_is_built_once_per_reference(ref):
    assert build_index(ref) is ref.index is ref.index


def test_seed_reference_slugs(ref):
    slugs = {person.slug for person in ref.people}
    assert {"antony-blinken", "yoshimasa-hayashi", "lloyd-austin", "nobuo-kishi"} <= slugs
    assert {"yasukazu-hamada", "fumio-kishida", "daniel-russel", "jeffrey-hornung"} <= slugs
    assert {m.slug for m in ref.meetings} >= {"scc-2022-01-07", "scc-2023-01-11"}


def test_office_with_unknown_ends_is_open():
    office = KnownOffice("Minister of Defense", "defense", "Japan", None, date(2022, 8, 10))
    assert office.held_on(date(2001, 1, 1)) and not office.held_on(date(2022, 8, 11))


def test_ambiguous_alias_is_left_out():
    reference = Reference(
        people=(
            KnownPerson("a-kim", "A Kim", aliases=("Kim",)),
            KnownPerson("b-kim", "B Kim", aliases=("Kim",)),
        )
    )
    assert "Kim" not in reference.index.person_by_form


def test_outlet_lookup_by_alias_domain_and_url(ref):
    index = ref.index
    assert index.outlet_for("efe") == "efe"
    assert index.outlet_for("SINDOnews") == "sindonews"
    assert index.outlet_for("https://www.myind.net/Home/viewArticle/x") == "myind"
    assert index.outlet_for("https://international.sindonews.com/read/1") == "sindonews"
    assert index.outlet_for("https://example.it/x") is None


def test_outlet_index_holds_only_outlets_with_patterns():
    # A fingerprint walks the index for each line: outlets without patterns stay out.
    reference = Reference(
        outlets=(KnownOutlet("x", "X News"), KnownOutlet("y", "Y News", boilerplate=(r"Y \d+",)))
    )
    assert list(reference.index.outlet_boilerplate) == ["y"]


def test_surname_skips_a_generational_suffix():
    reference = Reference(people=(KnownPerson("lloyd-austin", "Lloyd J. Austin III"),))
    assert reference.index.people_by_surname == {"Austin": ["lloyd-austin"]}


def test_cjk_surnames_are_told_from_full_names():
    """A CJK alias that begins a longer one is a family name (needs a title); one that
    ends a longer one after a dot or space is a Western surname; a given name before
    a middle dot, or an alias part of no longer one, is an ordinary form."""
    from archive.ingest.reference import KnownPerson, Reference

    index = Reference(
        people=(
            KnownPerson("yoshimasa-hayashi", "Yoshimasa Hayashi", "Japan", ("林芳正", "林")),
            KnownPerson(
                "antony-blinken",
                "Antony Blinken",
                "US",
                ("アントニー・ブリンケン", "ブリンケン", "布林肯"),
            ),
            KnownPerson(
                "hillary-rodham-clinton", "Hillary Clinton", "US", ("希拉里·克林顿", "希拉里")
            ),
            KnownPerson("fumio-kishida", "Fumio Kishida", "Japan", ("기시다 후미오", "기시다")),
        )
    ).index
    assert set(index.cjk_family_names) == {"林", "기시다"}
    assert set(index.cjk_western_surnames) == {"ブリンケン"}
    assert {"林芳正", "布林肯", "希拉里", "アントニー・ブリンケン"} <= set(index.person_by_form)
    assert "林" not in index.person_by_form
    assert index.person_by_form["HAYASHI Yoshimasa"] == "yoshimasa-hayashi"
