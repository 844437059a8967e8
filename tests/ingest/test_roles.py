"""resolve_role: a post named instead of a person, and who held it on the day."""

from datetime import date

import pytest

from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference
from archive.ingest.roles import holders, parse_role, resolve_role

D = date.fromisoformat

# (phrase as printed, (country, post)) : every country and post form the phrase may take.
PHRASES = [
    ("Japanese foreign minister", ("Japan", "foreign")),
    ("the Japanese foreign minister", ("Japan", "foreign")),
    ("The Japanese Foreign Minister", ("Japan", "foreign")),
    ("Japan's foreign minister", ("Japan", "foreign")),
    ("Japan’s foreign affairs minister", ("Japan", "foreign")),
    ("Japan minister for foreign affairs", ("Japan", "foreign")),
    ("Japanese minister of foreign affairs", ("Japan", "foreign")),
    ("Japanese defense minister", ("Japan", "defense")),
    ("Japan's defence minister", ("Japan", "defense")),
    ("Japanese minister of defense", ("Japan", "defense")),
    ("Japan's Minister for Defence", ("Japan", "defense")),
    ("Japanese prime minister", ("Japan", "head_of_government")),
    ("US secretary of state", ("United States", "foreign")),
    ("the U.S. Secretary of State", ("United States", "foreign")),
    ("American secretary of state", ("United States", "foreign")),
    ("United States secretary of state", ("United States", "foreign")),
    ("the United States' defense secretary", ("United States", "defense")),
    ("US defence secretary", ("United States", "defense")),
    ("U.S. secretary of defense", ("United States", "defense")),
    ("American president", ("United States", "head_of_state")),
    ("the US President", ("United States", "head_of_state")),
    ("Australian prime minister", ("Australia", "head_of_government")),
    ("Australia's defence minister", ("Australia", "defense")),
]


@pytest.mark.parametrize(("phrase", "parsed"), PHRASES)
def test_parse_role(phrase, parsed):
    assert parse_role(phrase) == parsed


@pytest.mark.parametrize(
    "phrase",
    [
        "foreign minister",  # no country
        "British prime minister",  # a country the roles do not cover
        "us president",  # "told us president…": "US" counts in capitals only
        "Japanese minister",  # no post
        "Japanese foreign ministry",
        "Japanese Foreign Minister Yoshimasa Hayashi",  # a title, not a bare role
    ],
)
def test_not_a_role(phrase):
    assert parse_role(phrase) is None


# (phrase, day, holder's slug or None) against the seed reference.
RESOLVED = [
    # seed 000's role, on the report's date
    ("The Japanese foreign minister", "2022-01-07", "yoshimasa-hayashi"),
    # the day the defense minister changes belongs to the successor
    ("the Japanese defense minister", "2022-08-09", "nobuo-kishi"),
    ("the Japanese defense minister", "2022-08-10", "yasukazu-hamada"),
    ("Japan's defence minister", "2023-01-11", "yasukazu-hamada"),
    ("Japanese minister of defense", "2020-09-15", "taro-kono"),
    # an open term ends when a successor's starts: Motegi (2019, no end) then Hayashi
    ("Japan's foreign minister", "2021-03-16", "toshimitsu-motegi"),
    ("Japan's foreign minister", "2021-11-10", "yoshimasa-hayashi"),
    ("Japan minister for foreign affairs", "2025-10-21", "toshimitsu-motegi"),
    ("US secretary of state", "2022-01-07", "antony-blinken"),
    ("U.S. Secretary of State", "2025-06-01", "marco-rubio"),
    ("American secretary of defense", "2022-01-07", "lloyd-austin"),
    ("US defense secretary", "2019-04-19", "patrick-shanahan"),  # an acting secretary
    ("the United States secretary of defense", "2025-06-01", "pete-hegseth"),
    ("Japanese prime minister", "2022-01-07", "fumio-kishida"),
    ("the US president", "2022-01-07", "joe-biden"),
    ("Australian prime minister", "2022-01-07", "scott-morrison"),
    # a term with no known start counts only on the day of a meeting its holder attended
    ("Japanese foreign minister", "2013-10-03", "fumio-kishida"),
    ("Japanese foreign minister", "2014-10-03", None),
    ("US secretary of state", "2011-06-21", "hillary-rodham-clinton"),
    # no one in the reference held the post that day
    ("Japanese prime minister", "2025-01-01", None),
    ("Australian prime minister", "2023-01-11", None),
    # a post the reference does not record for that country
    ("Australian foreign minister", "2022-01-07", None),
    # not a role phrase at all
    ("British prime minister", "2023-01-11", None),
]


@pytest.mark.parametrize(("phrase", "day", "slug"), RESOLVED)
def test_resolve_role(ref, phrase, day, slug):
    assert resolve_role(phrase, D(day), ref.index) == slug


def test_unknown_date_resolves_nothing(ref):
    assert resolve_role("the Japanese foreign minister", None, ref.index) is None


def test_a_country_missing_from_the_reference_resolves_nothing():
    reference = Reference(
        people=(
            KnownPerson(
                "antony-blinken",
                "Antony Blinken",
                "United States",
                offices=(
                    KnownOffice("Secretary of State", "foreign", "United States", D("2021-01-26")),
                ),
            ),
        )
    )
    assert resolve_role("US secretary of state", D("2022-01-07"), reference.index) == (
        "antony-blinken"
    )
    assert resolve_role("Japanese foreign minister", D("2022-01-07"), reference.index) is None
    assert resolve_role("Australian prime minister", D("2022-01-07"), reference.index) is None


def _person(slug, *offices):
    return KnownPerson(slug, slug.replace("-", " ").title(), "Japan", offices=tuple(offices))


def test_two_holders_of_one_post_is_no_answer():
    # Two recorded terms that overlap (an acting minister beside the minister).
    minister = KnownOffice(
        "Minister of Defense", "defense", "Japan", D("2020-01-01"), D("2020-12-31")
    )
    acting = KnownOffice("Minister (acting)", "defense", "Japan", D("2020-06-01"), D("2020-06-30"))
    reference = Reference(people=(_person("a-minister", minister), _person("an-acting", acting)))
    index = reference.index
    assert resolve_role("Japanese defense minister", D("2020-05-31"), index) == "a-minister"
    assert holders("Japan", "defense", D("2020-06-15"), index) == ["a-minister", "an-acting"]
    assert resolve_role("Japanese defense minister", D("2020-06-15"), index) is None
    assert resolve_role("Japanese defense minister", D("2020-06-30"), index) == "a-minister"


def test_two_undated_terms_attested_by_one_meeting_is_no_answer():
    undated = KnownOffice("Minister for Foreign Affairs", "foreign", "Japan")
    reference = Reference(
        people=(_person("one", undated), _person("two", undated)),
        meetings=(
            KnownMeeting("m", "A meeting", D("2012-05-01"), D("2012-05-02"), "", ("one", "two")),
        ),
    )
    assert resolve_role("Japanese foreign minister", D("2012-05-02"), reference.index) is None
    assert resolve_role("Japanese foreign minister", D("2012-05-03"), reference.index) is None


def test_one_person_with_two_terms_in_the_post_is_one_holder(ref):
    # Itsunori Onodera: an undated term (the 2013 meeting) and a dated one (2017–2018).
    assert holders("Japan", "defense", D("2017-08-17"), ref.index) == ["itsunori-onodera"]
    assert resolve_role("Japanese defense minister", D("2017-08-17"), ref.index) == (
        "itsunori-onodera"
    )


def _mentions_of(*slugs):
    from archive.ingest.results import Mention

    return [Mention(slug, i * 10, i * 10 + 5, slug) for i, slug in enumerate(slugs)]


# (bare title, people named before it in order, the one it names or None)
BARE = [
    ("the secretary", ("yasukazu-hamada", "lloyd-austin", "yasukazu-hamada"), "lloyd-austin"),
    ("The Secretary", ("lloyd-austin", "antony-blinken"), "antony-blinken"),
    ("the minister", ("lloyd-austin", "yoshimasa-hayashi", "lloyd-austin"), "yoshimasa-hayashi"),
    ("the Pentagon chief", ("antony-blinken", "lloyd-austin", "yasukazu-hamada"), "lloyd-austin"),
    ("the top diplomat", ("lloyd-austin", "antony-blinken", "nobuo-kishi"), "antony-blinken"),
    ("el presidente", ("fumio-kishida", "joe-biden", "fumio-kishida"), "joe-biden"),
    ("il primo ministro", ("joe-biden", "fumio-kishida", "joe-biden"), "fumio-kishida"),
    ("el primer ministro", ("joe-biden", "fumio-kishida", "joe-biden"), "fumio-kishida"),
    ("sang menteri", ("joe-biden", "nobuo-kishi", "joe-biden"), "nobuo-kishi"),
    # a prime minister is no "minister"; nobody named holds the post
    ("the minister", ("scott-morrison", "joe-biden"), None),
    ("the secretary", (), None),
    # "the" must come right before: "press secretary" is nobody's bare title
    ("press secretary", ("antony-blinken",), None),
]


@pytest.mark.parametrize(("phrase", "named", "slug"), BARE)
def test_a_bare_title_is_the_last_person_named_holding_such_a_post(ref, phrase, named, slug):
    from archive.ingest.roles import resolve_title

    assert resolve_title(phrase, _mentions_of(*named), ref.index) == slug


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("日米外相会談が行われた。", {"antony-blinken", "yoshimasa-hayashi"}),
        (
            "日米の外務・防衛担当閣僚による会合が開催された。",
            {"antony-blinken", "yoshimasa-hayashi", "lloyd-austin", "nobuo-kishi"},
        ),
        ("미-일 외교장관과 공유할 것으로 전해졌습니다.", {"antony-blinken", "yoshimasa-hayashi"}),
        ("美日防长举行了会谈。", {"lloyd-austin", "nobuo-kishi"}),
        # one country's minister is a title, not a pair named by title
        ("日本の外務大臣が訪米した。", set()),
    ],
)
def test_two_countries_ministers_named_together(ref, body, expected):
    from archive.ingest.roles import paired_role_mentions

    found = paired_role_mentions(body, D("2022-01-07"), ref.index)
    assert {m.slug for m in found} == expected
    assert all(body[m.start : m.end] == m.form for m in found)


def test_ministers_named_together_need_the_day(ref):
    from archive.ingest.roles import paired_role_mentions

    assert paired_role_mentions("日米外相会談が行われた。", None, ref.index) == []
