"""The five seeds, cell by cell of archive/fixtures/seeds/SEEDS.md and its "Further facts"."""

import json
import re
from datetime import date

import pytest

from archive.ingest.pipeline import parse_report
from archive.ingest.similarity import find_shared
from tests.ingest.reference_data import SEED_004_CREDITS, seed_bytes

# One row per seed: what a careful curator reads in it (SEEDS.md's table).
EXPECTED = {
    "000": {
        "outlet_slug": "efe",  # EFE publishes its own English service
        "wire_slug": "efe",
        "section": "Politics",
        "title": "Japan, US agree to strengthen defensive systems amid growing challenges",
        "dateline": "Tokyo, Jan 7 (EFE).-",
        "dateline_city": "Tokyo",
        "published": date(2022, 1, 7),
        "date_precision": "inferred",  # "Jan 7" has no year: it comes from the meeting
        "auto_meeting_slug": "scc-2022-01-07",
        "people": {
            "antony-blinken",
            "lloyd-austin",
            "yoshimasa-hayashi",
            "nobuo-kishi",
            "fumio-kishida",
            "scott-morrison",
        },
        "topics": {
            "china",
            "cyber",
            "space",
            "hypersonic-weapons",
            "north-korea",
            "russia-ukraine",
            "taiwan-strait",
        },
        "noise": ["Politics", "cgv/lds", "Related Articles", "Back to top button"],
        "consumed": ["Japan, US agree to strengthen defensive systems amid growing challenges"],
    },
    "001": {
        "outlet_slug": None,  # no masthead in the text
        "wire_slug": None,
        "section": "",
        "title": "The United States, Japan sound the alarm on China",
        "dateline": "",
        "dateline_city": "",
        "published": None,
        "date_precision": "unknown",
        "auto_meeting_slug": "scc-2022-01-07",  # from its content: met virtually, ministers
        "people": {"antony-blinken", "yoshimasa-hayashi", "fumio-kishida"},
        "topics": {
            "china",
            "hypersonic-weapons",
            "taiwan-strait",
            "north-korea",
            "space",
            "host-nation-support",
            "human-rights",
            "russia-ukraine",
        },
        "noise": [
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
        ],
        "consumed": ["The United States, Japan sound the alarm on China"],
    },
    "002": {
        "outlet_slug": "myind",
        "wire_slug": None,
        "section": "Reports",  # printed "In Reports"
        "title": "US, Japan pledge more defence cooperation to counter Chinese threat",
        "dateline": "",
        "dateline_city": "",
        "published": date(2022, 1, 7),  # "06:02 PM, Jan 07, 2022"
        "date_precision": "day",
        "auto_meeting_slug": "scc-2022-01-07",
        "people": {"antony-blinken", "lloyd-austin", "yoshimasa-hayashi", "nobuo-kishi"},
        "topics": {"china", "taiwan-strait", "human-rights", "hypersonic-weapons", "north-korea"},
        "noise": ["Image credit: Reuters", "Comments"],
        "consumed": [
            "US, Japan pledge more defence cooperation to counter Chinese threat",
            "- In Reports",
            "- 06:02 PM, Jan 07, 2022",
            "- Myind Staff",
        ],
    },
    "003": {
        "outlet_slug": "sindonews",
        "wire_slug": None,
        "section": "",
        "title": "US-Japan Will Strengthen Alliance to Face North Korea and China’s Threats",
        "dateline": "WASHINGTON –",
        "dateline_city": "Washington",
        "published": date(2023, 1, 11),  # "Wednesday (11/1/2023)", day first
        "date_precision": "day",
        "auto_meeting_slug": "scc-2023-01-11",
        "people": {
            "antony-blinken",
            "lloyd-austin",
            "yoshimasa-hayashi",
            "yasukazu-hamada",
            "fumio-kishida",
            "joe-biden",
            "rishi-sunak",
        },
        "topics": {"china", "north-korea", "okinawa", "cyber", "space"},
        "noise": [
            "loading…",
            "US-Japan Will Strengthen Alliance to Face North Korea and China’s Threats. "
            "PHOTO/Reuters",
            "Baca: Strengthening Alliances, Britain and Japan Sign Large-Scale Defense Pact",
            "Baca: Revenge, China Blocks Visas for South Korea and Japan",
            "(esn)",
        ],
        "consumed": [],
    },
    "004": {
        "outlet_slug": None,  # an unidentified Italian site republishing Reuters copy
        "wire_slug": "reuters",
        "section": "",
        "title": (
            "It raises warnings against China, Japan and the United States, "
            "promising further cooperation in security"
        ),
        "dateline": "TOKYO / WASHINGTON, Jan 7 (Reuters) –",
        "dateline_city": "Tokyo",
        "published": date(2022, 1, 7),
        "date_precision": "inferred",
        "auto_meeting_slug": "scc-2022-01-07",
        "people": {
            "antony-blinken",
            "nobuo-kishi",
            "yoshimasa-hayashi",
            "fumio-kishida",
            "daniel-russel",
            "jeffrey-hornung",
        },
        "topics": {
            "china",
            "taiwan-strait",
            "hypersonic-weapons",
            "human-rights",
            "north-korea",
            "russia-ukraine",
            "space",
        },
        "noise": [
            "Sign up now for unlimited free access to Reuters.com",
            "READ\u00a0 Poliga nel sud è considerata la località balneare più bella del paese",
            "READ\u00a0 Quanto conosci l'Italia? Un quiz per i veri amanti dell'Italia. "
            "Il pacco non è così facile da trovare",
            "Sign up now for unlimited free access to Reuters.com",
            "Our standards: Thomson Reuters Trust Principles.",
            "Lascia un commento",
            "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
            "Torna in alto",
        ],
        "consumed": [
            "It raises warnings against China, Japan and the United States, "
            "promising further cooperation in security",
            "Report by David Brunstrom, Dan Whitcomb and Rami Ayub, Ju-Min Park and Kiyoshi "
            "Takenaka; Additional Report by Martin Pollard in Beijing; Editing by David Dolan, "
            "Richard Bullin and Sri Navaratnam",
        ],
    },
}

SCALAR_FIELDS = (
    "outlet_slug",
    "wire_slug",
    "section",
    "title",
    "dateline",
    "dateline_city",
    "published",
    "date_precision",
    "auto_meeting_slug",
)
CELLS = [(number, name) for number in EXPECTED for name in SCALAR_FIELDS]


@pytest.mark.parametrize(("number", "field"), CELLS, ids=[f"{n}-{f}" for n, f in CELLS])
def test_field(seeds, number, field):
    assert getattr(seeds[number], field) == EXPECTED[number][field]


@pytest.mark.parametrize("number", EXPECTED)
def test_people_are_exactly_the_canonical_set(seeds, number):
    assert {person.slug for person in seeds[number].people} == EXPECTED[number]["people"]


@pytest.mark.parametrize("number", EXPECTED)
def test_topics(seeds, number):
    assert set(seeds[number].topics) == EXPECTED[number]["topics"]


@pytest.mark.parametrize("number", EXPECTED)
def test_noise_dropped_and_nothing_else(seeds, number):
    """Every noise line is dropped; the only other lines out of the body are the head
    (title, section, byline, date) and credit lines, each consumed into its field."""
    dropped = [line.line for line in seeds[number].dropped]
    expected = EXPECTED[number]
    assert sorted(dropped) == sorted(expected["noise"] + expected["consumed"])


@pytest.mark.parametrize("number", EXPECTED)
def test_every_other_line_is_in_the_body(seeds, number):
    report = seeds[number]
    dropped = {line.line for line in report.dropped}
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in report.text.splitlines()]
    lines = [line for line in lines if line]
    for line in lines:
        assert line in dropped or line in report.body


@pytest.mark.parametrize("number", EXPECTED)
def test_every_seed_is_english_utf8_and_serialisable(seeds, number):
    report = seeds[number]
    assert report.encoding == "utf-8"
    assert report.language == "en"  # 004's Italian chrome does not count
    assert report.errors == []
    data = json.loads(json.dumps(report.to_dict()))
    expected = EXPECTED[number]["published"]
    assert data["published"] == (expected.isoformat() if expected else None)


def test_000_efe_sign_off_and_editor_tag(seeds):
    reasons = {line.line: line.reason for line in seeds["000"].dropped}
    assert reasons["cgv/lds"] == "editor initials"
    assert reasons["Politics"] == "section label"


def test_000_misspelt_anthony_is_antony_blinken(seeds):
    blinken = next(p for p in seeds["000"].people if p.slug == "antony-blinken")
    assert "Anthony Blinken" in blinken.forms
    assert "Blinken" in blinken.forms  # the surname alone, after the full name


def test_001_mojibake_closing_quote_is_repaired(seeds):
    report = seeds["001"]
    assert "ā€¯" not in report.text
    assert "advancing space capabilities, ”Blinken said." in report.body


def test_001_meeting_is_suggested_from_content(seeds):
    best = seeds["001"].meetings[0]
    assert best.slug == "scc-2022-01-07"
    assert any("virtually" in reason for reason in best.reasons)


def test_002_byline_is_a_staff_credit_not_a_person(seeds):
    report = seeds["002"]
    assert report.byline == "Myind Staff"
    assert [(c.name, c.role) for c in report.credits] == [("Myind Staff", "staff")]
    assert "Myind Staff" not in report.unknown_names


def test_003_wrong_title_is_a_warning_not_a_different_person(seeds):
    report = seeds["003"]
    assert any(
        "Antony Blinken" in warning
        and "Foreign Minister" in warning
        and "Secretary of State" in warning
        for warning in report.warnings
    )


def test_defence_minister_changes_with_the_meeting(seeds):
    """Kishi at the 2022 meeting, Hamada at the 2023 one: each report gets its own."""
    assert "nobuo-kishi" in {p.slug for p in seeds["002"].people}
    assert "yasukazu-hamada" in {p.slug for p in seeds["003"].people}
    assert [m.slug for m in seeds["003"].meetings] == ["scc-2023-01-11"]


def test_004_credits_apart_from_people(seeds):
    report = seeds["004"]
    assert [(c.name, c.role) for c in report.credits] == SEED_004_CREDITS
    credited = {c.name for c in report.credits}
    assert not credited & set(report.unknown_names)
    assert not any(name in report.body for name in credited)


def test_004_russell_misspelling_found_with_a_warning(seeds):
    russel = next(p for p in seeds["004"].people if p.slug == "daniel-russel")
    assert russel.forms == ["Daniel Russell"]
    assert any("Daniel Russell" in warning for warning in seeds["004"].warnings)


def test_004_republished_wire_is_flagged(seeds):
    report = seeds["004"]
    assert report.wire_name == "Reuters"
    assert any("Italian" in note for note in report.notes)


@pytest.mark.parametrize("number", EXPECTED)
def test_no_unknown_names_when_the_reference_knows_everyone(seeds, number):
    assert seeds[number].unknown_names == []


# (seed, form, speaker slug, the quote's opening words): one per attribution form.
QUOTES = [
    ("000", "quote-name-verb", "antony-blinken", "Our alliance, over 60 years old"),
    ("003", "quote-verb-name", "antony-blinken", "It is difficult to overestimate"),
    ("003", "quote-name-verb", "antony-blinken", "It has been a cornerstone"),
    ("004", "quote-verb-name", "daniel-russel", "This is a concerted message"),
    ("004", "quote-name-verb", "nobuo-kishi", "We must continue to pursue all avenues"),
    ("004", "quote-name-verb", "jeffrey-hornung", "There is no coded news here"),
    ("004", "continuation", "daniel-russel", "In particular, the expression"),
    ("002", "quote-name-verb", "lloyd-austin", "We're meeting against a backdrop"),
    ("002", "quote-pronoun-verb", "lloyd-austin", "We remain grateful"),
    ("002", "quote-pronoun-verb", None, "They resolved to work together"),  # straight, "it said"
    ("001", "name-verb-quote", "antony-blinken", "must not only strengthen the tools"),
    ("001", "quote-name-verb", "antony-blinken", "We are launching a new research"),
    ("001", "name-verb-quote", "yoshimasa-hayashi", "corrosive unilateral attempts"),
    # "The Japanese foreign minister talked about … “such as…”": the post's holder that day
    ("000", "role-verb-quote", "yoshimasa-hayashi", "such as the change in the strategic"),
]


@pytest.mark.parametrize(("number", "form", "speaker", "opening"), QUOTES)
def test_quote_attribution(seeds, number, form, speaker, opening):
    report = seeds[number]
    hit = next(q for q in report.quotes if q.text.startswith(opening))
    assert (hit.form, hit.speaker_slug) == (form, speaker)
    assert opening in report.body[hit.start : hit.end]


# Every quote the seeds had before quotes could be attributed to a role, with its speaker
# then (None: unattributed, or "it said"). Each must still be found, and keep its speaker
# unless it had none.
QUOTES_BEFORE_ROLES = [
    ("000", "antony-blinken", "Our alliance, over 60 years"),
    ("000", "antony-blinken", "China and Russia continue to"),
    ("000", None, "such as the change in"),
    ("001", None, "decided to work together to"),
    ("001", "antony-blinken", "must not only strengthen the"),
    ("001", "antony-blinken", "We are launching a new"),
    ("001", "yoshimasa-hayashi", "corrosive unilateral attempts to change"),
    ("002", "lloyd-austin", "We're meeting against a backdrop"),
    ("002", "lloyd-austin", "We remain grateful for the"),
    ("002", None, "political, economic, military and technological"),
    ("002", None, "They resolved to work together"),
    ("003", "antony-blinken", "in all areas"),
    ("003", "antony-blinken", "It is difficult to overestimate"),
    ("003", "antony-blinken", "It has been a cornerstone"),
    ("004", None, "political, economic, military and technical"),
    ("004", None, "They decided to prevent them"),
    ("004", "daniel-russel", "This is a concerted message"),
    ("004", "daniel-russel", "In particular, the expression of"),
    ("004", "nobuo-kishi", "We must continue to pursue"),
    ("004", "jeffrey-hornung", "There is no coded news"),
    ("004", "jeffrey-hornung", "China is challenging, as they"),
]


@pytest.mark.parametrize(("number", "speaker", "opening"), QUOTES_BEFORE_ROLES)
def test_no_seed_loses_a_quote(seeds, number, speaker, opening):
    hits = [q for q in seeds[number].quotes if q.text.startswith(opening)]
    assert len(hits) == 1
    if speaker is not None:
        assert hits[0].speaker_slug == speaker


def test_every_seed_keeps_its_number_of_quotes(seeds):
    counts = {number: len(report.quotes) for number, report in seeds.items()}
    assert counts == {"000": 3, "001": 4, "002": 4, "003": 3, "004": 7}


def test_000_foreign_minister_by_role_links_to_hayashi(seeds):
    hayashi = next(p for p in seeds["000"].people if p.slug == "yoshimasa-hayashi")
    assert hayashi.forms == ["Yoshimasa Hayashi", "Japanese foreign minister"]
    assert hayashi.count == 2


def test_role_is_read_on_the_meeting_day_when_the_report_has_no_date(ref):
    """Without its dateline's "Jan 7", 000 has no date at all; its meeting is still linked
    from the content, and the role is read on the meeting's day."""
    report = parse_report(
        seed_bytes("000").replace(b"Tokyo, Jan 7 (EFE).-", b"Tokyo (EFE).-"), reference=ref
    )
    assert report.published is None
    assert report.auto_meeting_slug == "scc-2022-01-07"
    hit = next(q for q in report.quotes if q.text.startswith("such as the change"))
    assert (hit.form, hit.speaker_slug) == ("role-verb-quote", "yoshimasa-hayashi")


def test_role_without_a_date_or_a_meeting_is_nobody(ref):
    text = (
        "Tokyo talks\n\nThe Japanese foreign minister talked about the challenges of the "
        "international community “such as the change in the strategic balance of the region.”"
    )
    report = parse_report(text.encode(), reference=ref)
    assert report.published is None and report.auto_meeting_slug is None
    [hit] = report.quotes
    assert (hit.form, hit.speaker_slug) == ("unattributed", None)
    assert report.people == []


def test_shared_passages_between_the_retellings(seeds):
    bodies = {number: report.body for number, report in seeds.items()}
    pairs = {(a, b) for a, b, _score, _passages in find_shared(bodies)}
    assert pairs == {("001", "002"), ("001", "004"), ("002", "004")}


def test_shared_passages_point_into_both_bodies(seeds):
    bodies = {number: report.body for number, report in seeds.items()}
    for a, b, score, passages in find_shared(bodies):
        assert 0 < score <= 1
        for passage in passages:
            assert bodies[a][passage.a_start : passage.a_end] == passage.a_text
            assert bodies[b][passage.b_start : passage.b_end] == passage.b_text
            assert passage.similarity >= 0.7


def test_content_hash_ignores_layout(seeds, ref):
    relaid = seed_bytes("000").replace(b"\n\n", b"\n \n\n")
    again = parse_report(relaid, reference=ref)
    assert again.content_hash == seeds["000"].content_hash
    assert len(again.content_hash) == 64
