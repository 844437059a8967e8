"""Matching reports to meetings when a week holds several: the meetings of
us_japan_meetings.csv, the seeds, and invented reports for each hard case."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from functools import cache

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_context import DATE_HEAD, mentioned_dates, mentioned_places
from archive.ingest.meetings import AUTO_MIN_MARGIN, links_choose, report_signs, suggest_meetings
from archive.ingest.pipeline import parse_report
from archive.ingest.reference import (
    KnownMeeting,
    KnownOffice,
    KnownPerson,
    Reference,
    slugify,
)
from archive.ingest.results import MeetingSuggestion
from tests.ingest.reference_data import REFERENCE_DIR, SEED_FILES, seed_reference

POSTS = {
    "President": "head_of_state",
    "Prime Minister": "head_of_government",
    "Secretary of State": "foreign",
    "Secretary of Defense": "defense",
    "Acting Secretary of Defense": "defense",
    "Minister for Foreign Affairs": "foreign",
    "Minister of Defense": "defense",
    "Director General of the Defense Agency": "defense",
}  # any other title is "other", as the loader takes it (POST_BY_TITLE)
COUNTRY = {"us_participants": "United States", "jp_participants": "Japan"}


def _rows(name: str) -> list[dict]:
    with open(REFERENCE_DIR / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@cache
def full_reference() -> Reference:
    """The seed Reference with every meeting of us_japan_meetings.csv and the terms of
    officeholders.csv, as `load_reference` stores them."""
    base = seed_reference()
    people = {person.name: person for person in base.people}
    for row in _rows("officeholders.csv"):
        office = KnownOffice(
            row["office"], POSTS.get(row["office"], "other"), row["country"],
            _day(row["term_start"]),
            _day(row["term_end"]),
        )  # fmt: skip
        person = people.get(row["name"]) or KnownPerson(
            slugify(row["name"]), row["name"], row["country"]
        )
        same = [
            o for o in person.offices if o.title == office.title and o.start in (None, office.start)
        ]
        kept = tuple(o for o in person.offices if o not in same[:1])
        people[row["name"]] = replace(person, offices=(*kept, office))
    curated = json.loads((REFERENCE_DIR / "curated.json").read_text(encoding="utf-8"))["meetings"]
    meetings = []
    for row in _rows("us_japan_meetings.csv"):
        posts = tuple(
            (slugify(part.rsplit(" (", 1)[0]), COUNTRY[column], part.rsplit("(", 1)[1].rstrip(")"))
            for column in COUNTRY
            for part in row[column].split("; ")
            if part
        )
        extra = curated.get(row["date_start"], {}) if row["kind"] == "scc" else {}
        scc_words = ("two-plus-two", "2+2", "Security Consultative Committee")
        meetings.append(
            KnownMeeting(
                slug=row["slug"],
                title=row["title"],
                start=date.fromisoformat(row["date_start"]),
                end=date.fromisoformat(row["date_end"]),
                city=row["city"],
                participant_slugs=tuple(slug for slug, _, _ in posts),
                keywords=tuple(extra.get("keywords", scc_words if row["series"] == "scc" else ())),
                kind=row["kind"],
                format="virtual" if row["slug"] == "scc-2022-01-07" else row["format"],
                series=row["series"],
                country=row["country"],
                other_countries=tuple(c for c in row["other_countries"].split("; ") if c),
                participant_posts=posts,
                first_local=_day(row["first_local_date"] or extra.get("first_local_date", "")),
            )
        )
    return replace(base, people=tuple(people.values()), meetings=tuple(meetings))


@pytest.fixture(scope="module")
def index():
    return full_reference().index


def suggest(index, body: str, published: date | None, people: set[str]):
    return suggest_meetings(
        index=index,
        body=body,
        people={slugify(name) for name in people},
        published=published,
        precision="day" if published else "unknown",
    )


def linked(suggestions) -> list[str]:
    return [s.slug for s in suggestions if s.linked]


# --- The seeds, against every meeting of the reference data ---------------------------

SEED_MEETINGS = {
    "000": "scc-2022-01-07",
    "001": "scc-2022-01-07",
    "002": "scc-2022-01-07",
    "003": "scc-2023-01-11",
    "004": "scc-2022-01-07",
}


@pytest.mark.parametrize(("number", "slug"), SEED_MEETINGS.items())
def test_each_seed_links_its_2x2_and_nothing_else_among_every_meeting(number, slug):
    path = SEED_FILES[number]
    report = parse_report(path.read_bytes(), reference=full_reference(), filename=path.name)
    assert report.auto_meeting_slug == slug, [(s.slug, s.score, s.reasons) for s in report.meetings]
    assert linked(report.meetings) == [slug]


# --- Same week, different kinds --------------------------------------------------------------

# 11 January 2023: the 2+2 in Washington; 13 January: the Biden–Kishida summit there.
SUMMIT_AFTER_2X2 = """WASHINGTON — President Joe Biden welcomed Prime Minister Fumio Kishida to
the White House on Friday for a summit meeting, pledging to modernise the alliance.
The leaders' talks in the Oval Office followed Wednesday's session in which Secretary of State
Antony Blinken, Defense Secretary Lloyd Austin, Foreign Minister Yoshimasa Hayashi and Defense
Minister Yasukazu Hamada agreed to deepen cooperation. At the summit, Biden said the alliance
had never been stronger, and Kishida said Japan would double its defense spending."""

# The same report with no date at all: the words alone must tell the summit from the 2+2.
SUMMIT_NAMING_2X2_MINISTERS = SUMMIT_AFTER_2X2.replace("on Friday ", "").replace(
    "Wednesday's session", "an earlier session"
)


def test_a_summit_report_naming_the_2x2_ministers_links_the_summit(index):
    suggestions, auto = suggest(
        index,
        SUMMIT_AFTER_2X2,
        date(2023, 1, 13),
        {"Joe Biden", "Fumio Kishida", "Antony Blinken", "Lloyd Austin", "Yoshimasa Hayashi",
         "Yasukazu Hamada"},
    )  # fmt: skip
    assert auto == "summit-2023-01-13"
    assert linked(suggestions) == ["summit-2023-01-13"]
    scc = next(s for s in suggestions if s.slug == "scc-2023-01-11")
    assert scc.role == "follow_up"  # had it been linked, two days after
    assert any("not of a meeting of this kind" in reason for reason in scc.reasons)


def test_without_a_date_the_kind_of_meeting_still_decides(index):
    suggestions, auto = suggest(
        index,
        SUMMIT_NAMING_2X2_MINISTERS,
        None,
        {"Joe Biden", "Fumio Kishida", "Antony Blinken", "Lloyd Austin", "Yoshimasa Hayashi",
         "Yasukazu Hamada"},
    )  # fmt: skip
    scores = {s.slug: s.score for s in suggestions}
    assert suggestions[0].slug.startswith("summit-")
    assert scores[suggestions[0].slug] > scores.get("scc-2023-01-11", 0)


# 28 July 2024 in Tokyo: the 2+2, the extended deterrence meeting and the trilateral
# defense ministers' meeting; on the 29th, the defense ministers' bilateral (the case).
DEFENSE_DAY_AFTER = """TOKYO (Kyodo) — Defense Minister Minoru Kihara and U.S. Defense Secretary
Lloyd Austin met in Tokyo on Monday for bilateral defense ministers' talks, a day after the
"2+2" security talks with their foreign ministry counterparts. Kihara and Austin discussed the
upgrade of U.S. Forces Japan into a joint force headquarters."""


def test_a_defense_ministers_meeting_the_day_after_a_2x2_is_not_pulled_to_the_2x2(index):
    suggestions, auto = suggest(
        index, DEFENSE_DAY_AFTER, date(2024, 7, 29), {"Minoru Kihara", "Lloyd Austin"}
    )
    assert auto == "defense_ministers-2024-07-29"
    assert linked(suggestions) == ["defense_ministers-2024-07-29"]
    ranked = [s.slug for s in suggestions]
    assert "scc-2024-07-28" in ranked[1:]  # still offered to the curator, below


def test_same_week_kinds_are_told_apart_on_an_invented_week():
    """An invented week: a 2+2 on Monday, a defense ministers' bilateral on Tuesday and a
    summit on Thursday, all in Tokyo with the same officeholders."""
    base = full_reference()
    m = date(2022, 11, 7)
    posts = {
        "antony-blinken": ("United States", "foreign"),
        "lloyd-austin": ("United States", "defense"),
        "yoshimasa-hayashi": ("Japan", "foreign"),
        "yasukazu-hamada": ("Japan", "defense"),
        "joe-biden": ("United States", "head_of_state"),
        "fumio-kishida": ("Japan", "head_of_government"),
    }

    def meeting(slug, kind, day, *people):
        return KnownMeeting(
            slug, slug, day, day, "Tokyo", tuple(people), (), kind, "in_person",
            participant_posts=tuple((p, *posts[p]) for p in people),
        )  # fmt: skip

    week = (
        meeting("scc-x", "scc", m, "antony-blinken", "lloyd-austin", "yoshimasa-hayashi",
                "yasukazu-hamada"),
        meeting("dm-x", "defense_ministers", m.replace(day=8), "lloyd-austin", "yasukazu-hamada"),
        meeting("summit-x", "summit", m.replace(day=10), "joe-biden", "fumio-kishida"),
    )  # fmt: skip
    index = replace(base, meetings=week).index
    ministers = {"Antony Blinken", "Lloyd Austin", "Yoshimasa Hayashi", "Yasukazu Hamada"}
    cases = [
        (
            "TOKYO — The foreign and defense ministers of Japan and the United States met in "
            "Tokyo on Monday for their 2+2 talks, Blinken, Austin, Hayashi and Hamada said.",
            m,
            ministers,
            ["scc-x"],
        ),
        (
            "TOKYO — Austin and Hamada held defense ministers' talks on Tuesday, a day after "
            "the security talks with Blinken and Hayashi.",
            m.replace(day=8),
            ministers,
            ["dm-x"],
        ),
        (
            "TOKYO — Biden and Kishida held a summit on Thursday. Blinken, Austin, Hayashi "
            "and Hamada, who had met on Monday, joined the leaders' talks.",
            m.replace(day=10),
            ministers | {"Joe Biden", "Fumio Kishida"},
            ["summit-x"],
        ),
        (
            # A weekly wrap-up that names both the 2+2 and the summit links to both.
            "TOKYO — A busy week: Monday's 2+2 of Blinken, Austin, Hayashi and Hamada set "
            "the stage for Thursday's summit of Biden and Kishida.",
            m.replace(day=10),
            ministers | {"Joe Biden", "Fumio Kishida"},
            ["summit-x", "scc-x"],
        ),
    ]
    for body, day, people, expected in cases:
        suggestions, auto = suggest(index, body, day, people)
        assert linked(suggestions) == expected, (body, [(s.slug, s.score) for s in suggestions])
        assert auto == expected[0]
    # The wrap-up is a follow-up of the 2+2 and a report of the summit.
    roles = {s.slug: s.role for s in suggestions}
    assert roles == {"summit-x": "coverage", "scc-x": "follow_up", "dm-x": "follow_up"}


# --- A call the day before an in-person meeting ------------------------------------------------


# 21 January 2022: the Biden–Kishida video summit; invented here as a phone call on the
# 20th before an in-person summit on the 21st, to test the format alone.
def _call_then_meeting():
    base = full_reference()
    people = ("joe-biden", "fumio-kishida")
    posts = (
        ("joe-biden", "United States", "head_of_state"),
        ("fumio-kishida", "Japan", "head_of_government"),
    )
    call = KnownMeeting(
        "call-y", "Telephone talk", date(2022, 1, 20), date(2022, 1, 20), "", people, (), "call",
        "phone", participant_posts=posts,
    )  # fmt: skip
    summit = KnownMeeting(
        "summit-y", "Summit", date(2022, 1, 21), date(2022, 1, 21), "Washington", people, (),
        "summit", "in_person", participant_posts=posts,
    )  # fmt: skip
    return replace(base, meetings=(call, summit)).index


CALL_REPORT = """TOKYO — Prime Minister Fumio Kishida and President Joe Biden spoke by phone
for about 30 minutes on Thursday, Kishida told reporters after the telephone talks."""
MEETING_REPORT = """WASHINGTON — Prime Minister Fumio Kishida and President Joe Biden met at the
White House on Friday, their first face-to-face talks since Kishida took office."""


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        (CALL_REPORT, date(2022, 1, 20), "call-y"),
        (CALL_REPORT, date(2022, 1, 21), "call-y"),  # filed the next morning
        (MEETING_REPORT, date(2022, 1, 21), "summit-y"),
        (MEETING_REPORT, date(2022, 1, 20), "summit-y"),  # datelined Washington, a day early
    ],
)
def test_a_call_the_day_before_an_in_person_meeting(body, day, expected):
    suggestions, auto = suggest(_call_then_meeting(), body, day, {"Joe Biden", "Fumio Kishida"})
    assert auto == expected, [(s.slug, s.score, s.reasons) for s in suggestions]
    assert linked(suggestions) == [expected]


def test_a_preview_the_day_before_speaks_of_the_future():
    body = (
        "WASHINGTON — President Joe Biden will host Prime Minister Fumio Kishida at the White "
        "House on Friday for a summit expected to focus on China."
    )
    leaders = {"Joe Biden", "Fumio Kishida"}
    suggestions, auto = suggest(_call_then_meeting(), body, date(2022, 1, 20), leaders)
    assert auto == "summit-y"
    assert suggestions[0].role == "preview"


# --- A trilateral and a bilateral on its sidelines ----------------------------------------------


# A Japan–U.S.–ROK foreign ministers' meeting and a Japan–U.S. foreign ministers' meeting
# in the same city on the same day, as the file holds several.
def _trilateral_and_bilateral(index):
    by_day: dict[tuple, list[KnownMeeting]] = {}
    for meeting in index.meetings.values():
        by_day.setdefault((meeting.start, meeting.city), []).append(meeting)
    for (_day, city), meetings in sorted(by_day.items(), key=lambda item: item[0][0]):
        kinds = {m.kind: m for m in meetings}
        tri = kinds.get("multilateral")
        bi = kinds.get("foreign_ministers")
        if tri and bi and tri.other_countries == ("South Korea",) and city:
            return tri, bi
    raise AssertionError("no trilateral with South Korea beside a foreign ministers' bilateral")


def test_a_trilateral_versus_a_bilateral_on_its_sidelines(index):
    tri, bi = _trilateral_and_bilateral(index)
    us, jp = (index.people[slug].name for slug in bi.participant_slugs)
    day = tri.start
    trilateral_report = (
        f"{tri.city.upper()} — The foreign ministers of Japan, the United States and South "
        f"Korea held trilateral talks on North Korea, {us} and {jp} said with their South "
        f"Korean counterpart after the three-way meeting."
    )
    bilateral_report = (
        f"{tri.city.upper()} — {us} and {jp} held bilateral talks on the sidelines, "
        f"their one-on-one meeting devoted to the alliance and China."
    )
    suggestions, auto = suggest(index, trilateral_report, day, {us, jp})
    assert auto == tri.slug, [(s.slug, s.score, s.reasons) for s in suggestions]
    suggestions, auto = suggest(index, bilateral_report, day, {us, jp})
    assert auto == bi.slug, [(s.slug, s.score, s.reasons) for s in suggestions]


# --- No clear winner: ranked candidates with reasons ------------------------------------------


def test_two_equal_candidates_link_nothing_and_rank_with_reasons():
    base = full_reference()
    people = ("antony-blinken", "yoshimasa-hayashi")
    posts = (
        ("antony-blinken", "United States", "foreign"),
        ("yoshimasa-hayashi", "Japan", "foreign"),
    )
    a = KnownMeeting("fm-a", "A", date(2022, 5, 1), date(2022, 5, 1), "", people, (),
                     "foreign_ministers", "in_person", participant_posts=posts)  # fmt: skip
    b = replace(a, slug="fm-b", start=date(2022, 5, 2), end=date(2022, 5, 2))
    index = replace(base, meetings=(a, b)).index
    suggestions, auto = suggest(
        index, "Blinken and Hayashi met again.", None, {"Antony Blinken", "Yoshimasa Hayashi"}
    )
    assert auto is None
    assert [s.slug for s in suggestions] == ["fm-a", "fm-b"]
    assert suggestions[0].score - suggestions[1].score < AUTO_MIN_MARGIN
    assert all(s.reasons and not s.linked for s in suggestions)


def test_report_signs_read_kind_format_and_dateline():
    signs = report_signs("SEOUL, March 3 (Yonhap) — The trilateral phone talks …")
    assert signs.dateline == "SEOUL, March 3"
    assert signs.kind_words["multi"] == 1
    assert signs.format_words["phone"] >= 1


# --- What the text says of the date and the place (reports without a date of their own) ----

POSTS_OF = {
    "john-f-kerry": ("United States", "foreign"),
    "fumio-kishida": ("Japan", "foreign"),
    "joe-biden": ("United States", "head_of_state"),
    "antony-blinken": ("United States", "foreign"),
    "lloyd-austin": ("United States", "defense"),
    "yoshimasa-hayashi": ("Japan", "foreign"),
    "yasukazu-hamada": ("Japan", "defense"),
}


def invented(slug, kind, day, city, *people, fmt="in_person", **more):
    """An invented meeting of `people` (slugs of POSTS_OF; Kishida as prime minister at
    a summit) on `day`."""
    posts = tuple(
        (p, "Japan", "head_of_government")
        if (p, kind) == ("fumio-kishida", "summit")
        else (p, *POSTS_OF[p])
        for p in people
    )
    return KnownMeeting(
        slug, more.pop("title", slug), day, day, city, tuple(people),
        more.pop("keywords", ()), kind, fmt, participant_posts=posts, **more,
    )  # fmt: skip


def invented_index(*meetings):
    return replace(full_reference(), meetings=meetings).index


KERRY_KISHIDA = ("john-f-kerry", "fumio-kishida")


def test_mentioned_dates_in_several_languages():
    found = mentioned_dates(
        "On June 6, in Tokyo. 本20日,午後6時. 오는 18일. 2014년 8월 10일. pada Rabu (10/4). "
        "el 26 de abril. January 11, 2023. 3rd of March. 日本時間, 일본."
    )
    assert found.full == {date(2014, 8, 10), date(2023, 1, 11)}
    assert found.month_days == {(6, 6), (8, 10), (4, 10), (4, 26), (1, 11), (3, 3)}
    assert found.days == {20, 18}  # "8월 10일" is a month and day; 日本 and 일본 are Japan
    assert not mentioned_dates("Ministers may 5 times a year meet.")


def test_mentioned_places_in_several_languages_and_landmarks():
    folded = prefilter.fold("Talks at the Pentagon; 히로시마; Gedung Putih; Limassol; ペルー")
    assert mentioned_places(folded) == {"Washington", "Arlington", "Hiroshima", "Peru"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Japanese, no date of its own: the day of the month ("本20日") decides.
        ("日米外相電話会談\n本20日,岸田外務大臣は,ケリー国務長官と電話会談を行った。", "call-20"),
        # English, the month and day ("On June 6").
        ("On June 6, Kishida and Kerry held a foreign ministers' telephone talk.", "call-0606"),
    ],
)
def test_an_undated_report_is_dated_by_its_text(body, expected):
    index = invented_index(
        invented("call-20", "call", date(2016, 4, 20), "", *KERRY_KISHIDA, fmt="phone"),
        invented("call-0606", "call", date(2015, 6, 6), "", *KERRY_KISHIDA, fmt="phone"),
        invented("call-11", "call", date(2016, 3, 11), "", *KERRY_KISHIDA, fmt="phone"),
    )
    suggestions, auto = suggest(index, body, None, {"John F. Kerry", "Fumio Kishida"})
    assert auto == expected, [(s.slug, s.score, s.reasons) for s in suggestions]


def test_an_undated_report_in_indonesian_and_korean_names_day_and_place():
    leaders = ("joe-biden", "fumio-kishida")
    index = invented_index(
        invented("summit-dc", "summit", date(2024, 4, 10), "Washington", *leaders),
        invented("summit-hiroshima", "summit", date(2023, 5, 18), "Hiroshima", *leaders),
        invented("summit-tokyo", "summit", date(2022, 5, 23), "Tokyo", *leaders),
    )
    people = {"Joe Biden", "Fumio Kishida"}
    indonesian = "Presiden Joe Biden pada Rabu (10/4) menerima PM Fumio Kishida di Gedung Putih."
    korean = "바이든 대통령과 기시다 총리가 오는 18일 일본 히로시마에서 만나 정상회담을 한다."
    for body, expected in ((indonesian, "summit-dc"), (korean, "summit-hiroshima")):
        suggestions, auto = suggest(index, body, None, people)
        assert auto == expected, [(s.slug, s.score, s.reasons) for s in suggestions]


def test_ministers_at_a_trilateral_count_only_when_the_report_calls_it_one():
    ministers = ("antony-blinken", "yoshimasa-hayashi")
    day = date(2022, 9, 22)
    trilateral = invented(
        "tri", "multilateral", day, "New York", *ministers, other_countries=("South Korea",)
    )
    bilateral = invented("bi", "foreign_ministers", day, "New York", *ministers)
    people = {"Antony Blinken", "Yoshimasa Hayashi"}
    both = invented_index(trilateral, bilateral)
    korean = (
        "블링컨 국무장관과 하야시 외무상, 박진 외교부 장관이 뉴욕에서 미한일 외교장관회담을 열었다."
    )
    assert suggest(both, korean, day, people)[1] == "tri"
    japanese = (
        "ニューヨーク訪問中の林外務大臣は,ブリンケン国務長官と日米外相会談を行った。"
        "韓国についても協議した。"
    )
    assert suggest(both, japanese, day, people)[1] == "bi"
    # The trilateral alone: a report of the bilateral words does not fit it.
    suggestions, _ = suggest(invented_index(trilateral), japanese, day, people)
    assert "the report never calls it a meeting of three or more" in suggestions[0].reasons


def test_video_words_tell_a_virtual_summit_from_one_named_by_its_city():
    leaders = ("joe-biden", "fumio-kishida")
    index = invented_index(
        invented("glasgow", "summit", date(2021, 11, 2), "Glasgow", *leaders,
                 keywords=("Glasgow",)),
        invented("virtual", "summit", date(2022, 1, 21), "", *leaders, fmt="virtual"),
    )  # fmt: skip
    body = (
        "Via Teleconference. We just concluded a virtual session between Prime Minister "
        "Kishida and President Biden. They had met once before, in Glasgow."
    )
    suggestions, auto = suggest(index, body, None, {"Joe Biden", "Fumio Kishida"})
    assert auto == "virtual", [(s.slug, s.score, s.reasons) for s in suggestions]
    glasgow = next(s for s in suggestions if s.slug == "glasgow")
    assert "the report speaks of a video meeting; this one was held in person" in glasgow.reasons


def test_the_2x2_words_fit_the_scc_series_and_its_title_counts():
    four = ("antony-blinken", "lloyd-austin", "yoshimasa-hayashi", "yasukazu-hamada")
    day = date(2024, 7, 28)
    index = invented_index(
        invented("scc", "scc", day, "Tokyo", *four, series="scc",
                 title="Japan–U.S. Security Consultative Committee (2+2), 28 July"),
        invented("edd", "scc", day, "Tokyo", *four, series="extended-deterrence-dialogue",
                 title="Japan–U.S. Ministerial Meeting on Extended Deterrence"),
    )  # fmt: skip
    body = (
        "Japan-U.S. Security Consultative Committee (“2+2”)\nThe ministers held the 2+2 "
        "in Tokyo on July 28."
    )
    people = {"Antony Blinken", "Lloyd Austin", "Yoshimasa Hayashi", "Yasukazu Hamada"}
    suggestions, auto = suggest(index, body, None, people)
    assert auto == "scc", [(s.slug, s.score, s.reasons) for s in suggestions]
    assert "names it by its title: security consultative committee" in suggestions[0].reasons


def test_an_undated_report_naming_the_whole_2x2_table_links_the_2x2():
    four = ("antony-blinken", "lloyd-austin", "yoshimasa-hayashi", "yasukazu-hamada")
    index = invented_index(
        invented("scc", "scc", date(2023, 1, 11), "Washington", *four),
        invented("dm", "defense_ministers", date(2023, 1, 12), "Washington", *four[1::2]),
        invented("fm", "foreign_ministers", date(2023, 1, 11), "Washington", *four[::2]),
    )
    body = (
        "SECRETARY BLINKEN: Secretary Austin and I just concluded a productive discussion "
        "with Foreign Minister Hayashi and Defense Minister Hamada."
    )
    people = {"Antony Blinken", "Lloyd Austin", "Yoshimasa Hayashi", "Yasukazu Hamada"}
    suggestions, auto = suggest(index, body, None, people)
    assert auto == "scc", [(s.slug, s.score, s.reasons) for s in suggestions]
    assert "names everyone at the table" in suggestions[0].reasons


def test_a_lead_of_exactly_the_margin_links():
    ranked = [MeetingSuggestion("a", 1.4, []), MeetingSuggestion("b", 1.25, [])]
    index = invented_index(
        invented("a", "call", date(2017, 8, 30), "", *KERRY_KISHIDA, fmt="phone"),
        invented("b", "call", date(2017, 8, 29), "", *KERRY_KISHIDA, fmt="phone"),
    )
    assert links_choose(ranked, index, report_signs("They spoke by phone.")) == ["a"]
    ranked[1].score = 1.251
    assert links_choose(ranked, index, report_signs("They spoke by phone.")) == []


def test_a_date_and_a_place_alone_link_nothing():
    """An ambassador's call on a governor in the city of a meeting held days before names
    nobody at the table and no kind of meeting: suggested, never linked."""
    index = invented_index(
        invented("dm", "defense_ministers", date(2011, 10, 25), "Tokyo", *KERRY_KISHIDA)
    )
    body = "TOKYO — The ambassador met the governor of Okinawa in Tokyo today."
    suggestions, auto = suggest(index, body, date(2011, 10, 31), set())
    assert suggestions and suggestions[0].score >= 0.30
    assert auto is None and not linked(suggestions)


def test_an_undated_report_names_the_weekday_in_spanish():
    leaders = ("joe-biden", "fumio-kishida")
    index = invented_index(
        invented("wednesday", "summit", date(2024, 4, 10), "Washington", *leaders),
        invented("friday", "summit", date(2023, 1, 13), "Washington", *leaders),
    )
    body = (
        "Estados Unidos y Japón celebraron el miércoles su alianza, cuando el presidente "
        "Biden recibió al primer ministro Kishida en la Casa Blanca para una cumbre."
    )
    suggestions, _ = suggest(index, body, None, {"Joe Biden", "Fumio Kishida"})
    assert suggestions[0].slug == "wednesday"
    assert "the text names the meeting's day of the week" in suggestions[0].reasons


def test_a_summit_and_a_trilateral_in_one_report_the_summit_clear_the_trilateral_open():
    """A Korean preview of a summit on the 18th in Hiroshima and a three-way meeting with
    South Korea's president after it: two trilaterals (invented, both in Hiroshima) fit
    equally, so only the summit, which no other summit comes near, is linked."""
    leaders = ("joe-biden", "fumio-kishida")
    korea = {"other_countries": ("South Korea",)}
    index = invented_index(
        invented("summit", "summit", date(2023, 5, 18), "Hiroshima", *leaders),
        invented("summit-dc", "summit", date(2023, 1, 13), "Washington", *leaders),
        invented("tri-a", "multilateral", date(2023, 5, 20), "Hiroshima", *leaders, **korea),
        invented("tri-b", "multilateral", date(2023, 5, 21), "Hiroshima", *leaders, **korea),
    )  # fmt: skip
    body = (
        "바이든 대통령과 기시다 총리가 오는 18일 일본 히로시마에서 정상회담을 한다. "
        "백악관은 두 정상이 정상회담을 갖는다고 밝혔다. "
        "이어 윤석열 한국 대통령과 함께 3자 회담을 갖는다."
    )
    suggestions, auto = suggest(index, body, None, {"Joe Biden", "Fumio Kishida"})
    assert auto == "summit", [(s.slug, s.score, s.reasons) for s in suggestions]
    assert linked(suggestions) == ["summit"]
    scores = {s.slug: s.score for s in suggestions}
    # The lead dates the summit (the 18th): it leads the trilaterals by more than the margin.
    assert scores["tri-a"] == scores["tri-b"] < scores["summit"] - AUTO_MIN_MARGIN


def test_other_countries_are_read_in_indonesian_and_chinese():
    assert report_signs("Jepang, AS dan Filipina").countries == {"Philippines"}
    assert report_signs("美日与韩国和澳大利亚").countries == {"South Korea", "Australia"}


def test_a_video_summit_is_not_taken_for_a_video_quad_the_report_never_names():
    leaders = ("joe-biden", "fumio-kishida")
    index = invented_index(
        invented("summit", "summit", date(2022, 1, 21), "", *leaders, fmt="virtual"),
        invented("quad", "multilateral", date(2022, 3, 3), "", *leaders, fmt="virtual",
                 other_countries=("Australia", "India")),
    )  # fmt: skip
    body = "We just concluded a virtual session between Prime Minister Kishida and President Biden."
    suggestions, auto = suggest(index, body, None, {"Joe Biden", "Fumio Kishida"})
    assert auto == "summit", [(s.slug, s.score, s.reasons) for s in suggestions]
    quad = next(s for s in suggestions if s.slug == "quad")
    assert "the report never calls it a meeting of three or more" in quad.reasons


@pytest.mark.parametrize(
    "words",
    [
        "the two leaders met",
        "両首脳は一致した",
        "두 정상은 합의했다",
        "kedua pemimpin",
        "ambos líderes",
    ],
)
def test_a_meeting_of_two_is_named_bilateral_in_several_languages(words):
    assert report_signs(f"… {words} …").kind_words["bilateral"] == 1


def test_dates_are_read_in_the_opening_and_the_headline_only():
    """A long report costs no more than a short one: its opening and its last lines (where
    the pipeline puts the headline) are read for dates, not its middle."""
    middle = "Words. " * (DATE_HEAD // 7) + "On July 8 they met again. " + "Words. " * 100
    body = f"On June 6, they met.\n{middle}\nTelephone Talks (March 12, 2011)"
    found = mentioned_dates(body)
    assert (6, 6) in found.month_days
    assert date(2011, 3, 12) in found.full
    assert (7, 8) not in found.month_days
    assert (7, 8) in mentioned_dates("On July 8 they met again.").month_days


CAPTIONED = """Biden recibe a Kishida en la Casa Blanca

El presidente Joe Biden y el primer ministro japonés, Fumio Kishida, caminan por la \
columnata de la Casa Blanca, el 10 de abril de 2024, en Washington.
El presidente Joe Biden y el primer ministro japonés, Fumio Kishida, caminan por la \
columnata de la Casa Blanca, el 10 de abril de 2024, en Washington.

El primer ministro japonés, Fumio Kishida, fue recibido por el presidente Joe Biden en la \
Casa Blanca para reforzar su alianza.

Biden y Kishida hablaron de defensa y de China durante la visita oficial.
"""


def test_a_photo_caption_dates_the_meeting_of_an_undated_report():
    """The caption (dropped from the body) is the only place the date is printed: the
    matcher reads it, so of the leaders' two summits in Washington the right one links."""
    report = parse_report(CAPTIONED.encode(), reference=full_reference(), filename="x.txt")
    assert report.published is None
    assert any("caption" in line.reason for line in report.dropped)
    assert report.auto_meeting_slug == "summit-2024-04-10"
    assert "the text dates it 2024-04-10" in report.meetings[0].reasons


@pytest.mark.parametrize(
    "body",
    [
        "Austin and Hamada met at the Pentagon. While the two have spoken before, this is "
        "Hamada's first meeting with Austin.",
        "浜田防衛大臣はオースティン国防長官と初めての日米防衛相会談を行った。",
        "오스틴 장관과 하마다 방위상이 첫 회담을 가졌다.",
    ],
)
def test_a_first_meeting_is_the_first_in_person_of_those_named(body):
    """Three in-person meetings of the same two ministers and a call before them: the
    report that calls its meeting their first links the earliest in person."""
    pair = ("lloyd-austin", "yasukazu-hamada")
    index = invented_index(
        invented("call", "call", date(2022, 8, 16), "", *pair, fmt="phone"),
        invented("first", "defense_ministers", date(2022, 9, 14), "Washington", *pair),
        invented("second", "defense_ministers", date(2023, 1, 12), "Washington", *pair),
        invented("third", "defense_ministers", date(2023, 6, 1), "Tokyo", *pair),
    )
    suggestions, auto = suggest(index, body, None, {"Lloyd Austin", "Yasukazu Hamada"})
    assert auto == "first", [(s.slug, s.score, s.reasons) for s in suggestions]
    reason = "the report calls it a first meeting; it is the first of theirs in person"
    assert reason in suggestions[0].reasons
    assert all(reason not in s.reasons for s in suggestions[1:])


def test_without_first_words_no_meeting_is_taken_for_the_first():
    pair = ("lloyd-austin", "yasukazu-hamada")
    index = invented_index(
        invented("first", "defense_ministers", date(2022, 9, 14), "Washington", *pair),
        invented("second", "defense_ministers", date(2023, 1, 12), "Washington", *pair),
    )
    body = "Austin and Hamada met at the Pentagon for defense ministers' talks."
    suggestions, auto = suggest(index, body, None, {"Lloyd Austin", "Yasukazu Hamada"})
    assert auto is None
    assert suggestions[0].score == suggestions[1].score


def test_a_bilateral_is_not_linked_to_the_2x2_or_the_trilateral_of_its_day():
    """The archive lacks the foreign ministers' bilateral a Japanese readout covers: the
    2+2 of that day (two of its four named, the report's words mostly a bilateral's) and
    a trilateral it never calls one are offered, not linked."""
    four = ("antony-blinken", "lloyd-austin", "yoshimasa-hayashi", "yasukazu-hamada")
    day = date(2023, 1, 11)
    index = invented_index(
        invented("scc", "scc", day, "Washington", *four, series="scc"),
        invented("tri", "multilateral", day, "Washington", *four[::2],
                 other_countries=("Australia",)),
    )  # fmt: skip
    body = (
        "日米外相会談\nワシントンを訪問中の林外務大臣は,ブリンケン国務長官と日米外相会談を"
        "行った。両外相は,同日の「2+2」の成果を歓迎し,豪州との協力も確認した。"
    )
    suggestions, auto = suggest(index, body, day, {"Antony Blinken", "Yoshimasa Hayashi"})
    assert auto is None, [(s.slug, s.score, s.reasons) for s in suggestions]
    assert {s.slug for s in suggestions} == {"scc", "tri"}
    scc_alone = invented_index(index.meetings["scc"])
    suggestions, auto = suggest(scc_alone, body, day, {"Antony Blinken", "Yoshimasa Hayashi"})
    assert auto is None and suggestions[0].score >= 0.30
    # Called a three-country meeting (三か国), the trilateral links.
    body = "林外務大臣,ブリンケン国務長官及び豪州外相は,ワシントンで三か国外相会談を開催した。"
    assert suggest(index, body, day, {"Antony Blinken", "Yoshimasa Hayashi"})[1] == "tri"


def test_a_call_readout_does_not_also_link_the_meeting_it_announces():
    """A foreign ministers' call and their meeting three days later share the words
    "foreign ministers' talks": the readout of the call links the call alone."""
    index = invented_index(
        invented("call", "call", date(2017, 2, 7), "", *KERRY_KISHIDA, fmt="phone"),
        invented("meeting", "foreign_ministers", date(2017, 2, 10), "Washington",
                 *KERRY_KISHIDA),
    )  # fmt: skip
    body = (
        "日米外相電話会談\n本7日,岸田外務大臣は,ケリー国務長官と日米外相電話会談を行った。"
        "両外相は,10日の日米外相会談に向けて緊密に連携することで一致した。"
    )
    suggestions, auto = suggest(index, body, date(2017, 2, 7), {"John F. Kerry", "Fumio Kishida"})
    assert auto == "call", [(s.slug, s.score, s.reasons) for s in suggestions]
    assert linked(suggestions) == ["call"]
    assert next(s for s in suggestions if s.slug == "meeting").score >= 0.30
