"""Meetings: the behaviours mutation testing found no test deciding (issue 11). The date
windows around a meeting (a week of previews before, two weeks of follow-ups after), the
meetings worth scoring near a report's date, the auto-link margin between two close
meetings, and the week within which a second meeting of another kind is linked too."""

from datetime import date, timedelta

import pytest

from archive.ingest.meeting_context import report_context
from archive.ingest.meeting_elect import elect_window
from archive.ingest.meetings import (
    _first_meeting,
    candidate_meetings,
    links_choose,
    report_signs,
    score_meeting,
    suggest_meetings,
)
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference
from archive.ingest.results import MeetingSuggestion

DAY = date(2022, 5, 10)


def meeting(slug="m", start=DAY, end=None, **more) -> KnownMeeting:
    return KnownMeeting(slug, more.pop("title", slug), start, end or start, **more)


def scored(m: KnownMeeting, published: date, body: str = "") -> tuple[float, str, list[str]]:
    index = Reference(meetings=(m,)).index
    s = score_meeting(
        m, index=index, body=body, people=(), published=published, precision="day", month_day=None
    )
    return s.score, s.role, s.reasons


@pytest.mark.parametrize(
    ("offset", "score", "role"),
    [
        (-8, 0.0, "preview"),  # further away: −0.50, never below 0
        (-7, 0.10, "preview"),
        (-2, 0.10, "preview"),
        (-1, 0.30, "coverage"),
        (0, 0.45, "coverage"),
        (1, 0.30, "coverage"),
        (2, 0.15, "follow_up"),
        (14, 0.15, "follow_up"),
        (15, 0.0, "follow_up"),
    ],
)
def test_the_date_windows_around_a_one_day_meeting(offset, score, role):
    assert scored(meeting(), DAY + timedelta(days=offset))[:2] == (score, role)


def test_the_reasons_count_the_days():
    assert scored(meeting(), DAY + timedelta(days=14))[2] == [
        "published 14 days after the meeting: a follow-up"
    ]
    assert scored(meeting(), DAY - timedelta(days=7))[2] == [
        "published 7 days before the meeting: a preview"
    ]
    assert scored(meeting(), DAY + timedelta(days=15))[2] == [
        "published 2022-05-25, far from the meeting"
    ]


def test_a_meeting_of_several_days_counts_from_its_end():
    three_days = meeting(end=DAY + timedelta(days=2))
    assert scored(three_days, DAY + timedelta(days=2))[:2] == (0.45, "coverage")
    assert scored(three_days, DAY + timedelta(days=3))[:2] == (0.30, "coverage")
    assert scored(three_days, DAY + timedelta(days=16))[:2] == (0.15, "follow_up")
    assert scored(three_days, DAY + timedelta(days=17))[0] == 0.0


def test_the_day_before_is_a_preview_only_when_the_report_speaks_of_the_future():
    before = DAY - timedelta(days=1)
    assert scored(meeting(), before, "The ministers will meet in Tokyo.")[:2] == (0.30, "preview")
    # The meeting fell a day earlier in another host's time zone: that day is its own.
    local = meeting(first_local=before)
    assert scored(local, before, "The ministers will meet in Tokyo.")[:2] == (0.45, "coverage")
    assert scored(local, before - timedelta(days=1))[:2] == (0.30, "coverage")
    assert scored(local, before - timedelta(days=8))[:2] == (0.0, "preview")
    assert scored(local, before - timedelta(days=7))[:2] == (0.10, "preview")


def _slugs(meetings) -> list[str]:
    return sorted(m.slug for m in meetings)


@pytest.mark.parametrize(
    ("offset", "chosen"),
    [(-8, []), (-7, ["m"]), (0, ["m"]), (21, ["m"]), (22, [])],
)
def test_a_dated_report_scores_the_meetings_a_week_before_to_three_weeks_after(offset, chosen):
    index = Reference(meetings=(meeting(),)).index
    published = DAY + timedelta(days=offset)
    assert _slugs(candidate_meetings(index, (), published, "day")) == chosen


def test_a_named_participant_brings_in_a_meeting_far_from_the_date():
    far = meeting("far", start=date(2019, 1, 1), participant_slugs=("a-b",))
    index = Reference(meetings=(meeting(), far)).index
    assert _slugs(candidate_meetings(index, ("a-b",), DAY, "day")) == ["far", "m"]
    assert _slugs(candidate_meetings(index, ("a-b",), None, "unknown")) == ["far"]


def test_an_undated_report_scores_the_meetings_on_the_days_it_mentions():
    other = meeting("other", start=date(2022, 8, 1))
    index = Reference(meetings=(meeting(), other)).index
    for day in (DAY - timedelta(days=1), DAY, DAY + timedelta(days=1)):
        assert _slugs(candidate_meetings(index, (), None, "unknown", [day])) == ["m"]
    # A month-only date is no date to the day: the mentioned days decide.
    assert _slugs(candidate_meetings(index, (), DAY, "month", [DAY])) == ["m"]
    # Two days away it is no meeting's day: nothing chosen, so every meeting is scored.
    two_away = [DAY + timedelta(days=2)]
    assert _slugs(candidate_meetings(index, (), None, "unknown", two_away)) == ["m", "other"]


def _ranked(*scores: float) -> list[MeetingSuggestion]:
    return [MeetingSuggestion(f"m{i}", score, []) for i, score in enumerate(scores)]


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ((0.50, 0.35), ["m0"]),  # a lead of the margin, 0.15
        ((0.50, 0.351), []),
        ((0.50, 0.40), []),
        ((0.90, 0.50, 0.20), ["m0"]),
        ((0.30,), ["m0"]),  # alone and at least 0.30
        ((0.299,), []),
        ((0.40, 0.10), ["m0"]),
        ((0.25, 0.05), []),  # a clear lead, too weak a score
        ((), []),
    ],
)
def test_the_auto_link_needs_a_score_of_030_and_a_lead_of_015(scores, expected):
    index = Reference(meetings=tuple(meeting(f"m{i}") for i in range(len(scores)))).index
    assert links_choose(_ranked(*scores), index, report_signs("The two sides met.")) == expected


BLINKEN = KnownPerson(
    "antony-blinken",
    "Antony Blinken",
    "United States",
    offices=(KnownOffice("Secretary of State", "foreign", "United States", date(2021, 1, 26)),),
)
HAYASHI = KnownPerson(
    "yoshimasa-hayashi",
    "Yoshimasa Hayashi",
    "Japan",
    offices=(KnownOffice("Minister for Foreign Affairs", "foreign", "Japan", date(2021, 11, 10)),),
)
PAIR = (BLINKEN.slug, HAYASHI.slug)
POSTS = ((BLINKEN.slug, "United States", "foreign"), (HAYASHI.slug, "Japan", "foreign"))


def _two_close_meetings(gap_days: int) -> Reference:
    first = meeting("fm-a", participant_slugs=PAIR, participant_posts=POSTS)
    second = meeting(
        "fm-b",
        start=DAY + timedelta(days=gap_days),
        participant_slugs=PAIR,
        participant_posts=POSTS,
    )
    return Reference(people=(BLINKEN, HAYASHI), meetings=(first, second))


@pytest.mark.parametrize(
    ("published", "best", "auto"),
    [
        (DAY, "fm-a", "fm-a"),  # 0.45 on its day against 0.30 the day before the other
        (DAY + timedelta(days=1), "fm-b", "fm-b"),
        (DAY + timedelta(days=2), "fm-b", "fm-b"),  # the day after the second, 0.30 vs 0.15
    ],
)
def test_two_close_meetings_the_one_on_the_reports_day_leads_by_the_margin(published, best, auto):
    index = _two_close_meetings(1).index
    ranked, chosen = suggest_meetings(
        index=index, body="Blinken and Hayashi met again.", people=PAIR,
        published=published, precision="day",
    )  # fmt: skip
    assert ranked[0].slug == best
    assert round(ranked[0].score - ranked[1].score, 3) == 0.15
    assert chosen == auto


def test_two_meetings_two_days_apart_a_report_between_them_links_neither():
    index = _two_close_meetings(2).index
    ranked, chosen = suggest_meetings(
        index=index, body="Blinken and Hayashi met again.", people=PAIR,
        published=DAY + timedelta(days=1), precision="day",
    )  # fmt: skip
    assert [s.score for s in ranked] == [0.70, 0.70]
    assert chosen is None


SUMMIT_AND_FM = "After the summit, the foreign ministers' meeting followed."


def _summit_and_ministers(gap_days: int):
    summit = meeting("summit", kind="summit")
    ministers = meeting("fm", start=DAY + timedelta(days=gap_days), kind="foreign_ministers")
    return Reference(meetings=(summit, ministers)).index


@pytest.mark.parametrize(("gap", "expected"), [(7, ["summit", "fm"]), (-7, ["summit", "fm"])])
def test_a_second_meeting_of_another_kind_within_a_week_is_linked_too(gap, expected):
    ranked = [MeetingSuggestion("summit", 0.9, []), MeetingSuggestion("fm", 0.5, [])]
    signs = report_signs(SUMMIT_AND_FM)
    assert links_choose(ranked, _summit_and_ministers(gap), signs) == expected


@pytest.mark.parametrize("gap", [8, -8])
def test_a_second_meeting_more_than_a_week_away_is_not(gap):
    ranked = [MeetingSuggestion("summit", 0.9, []), MeetingSuggestion("fm", 0.5, [])]
    signs = report_signs(SUMMIT_AND_FM)
    assert links_choose(ranked, _summit_and_ministers(gap), signs) == ["summit"]


def test_a_second_meeting_needs_a_score_of_030_and_its_kind_named():
    index = _summit_and_ministers(3)
    weak = [MeetingSuggestion("summit", 0.9, []), MeetingSuggestion("fm", 0.299, [])]
    assert links_choose(weak, index, report_signs(SUMMIT_AND_FM)) == ["summit"]
    enough = [MeetingSuggestion("summit", 0.9, []), MeetingSuggestion("fm", 0.30, [])]
    assert links_choose(enough, index, report_signs(SUMMIT_AND_FM)) == ["summit", "fm"]
    unnamed = [MeetingSuggestion("summit", 0.9, []), MeetingSuggestion("fm", 0.8, [])]
    assert links_choose(unnamed, index, report_signs("After the summit, more talks.")) == []


def test_another_kind_named_is_still_a_rival_when_the_best_ones_kind_is_not():
    """Only a report naming the best meeting's kind may leave a second meeting open."""
    ranked = [MeetingSuggestion("summit", 0.9, []), MeetingSuggestion("fm", 0.8, [])]
    signs = report_signs("The foreign ministers' meeting followed.")
    assert links_choose(ranked, _summit_and_ministers(3), signs) == []


@pytest.mark.parametrize(
    ("month_day", "matches"),
    [((5, 8), False), ((5, 9), True), ((5, 10), True), ((5, 12), True), ((5, 13), False)],
)
def test_a_yearless_dateline_matches_the_meetings_days_and_a_day_either_side(month_day, matches):
    two_days = meeting(end=DAY + timedelta(days=1))  # 10 and 11 May
    index = Reference(meetings=(two_days,)).index
    s = score_meeting(
        two_days, index=index, body="", people=(), published=None, precision="unknown",
        month_day=month_day,
    )  # fmt: skip
    assert (s.score == 0.35) is matches
    assert ("the dateline's day and month match the meeting's" in s.reasons) is matches


def _grounded_link(m: KnownMeeting, body: str, people=()) -> list[str]:
    index = Reference(people=(BLINKEN, HAYASHI), meetings=(m,)).index
    ranked = [MeetingSuggestion(m.slug, 0.9, [])]
    signs = report_signs(body)
    return links_choose(
        ranked, index, signs, people=people, context=report_context(body, signs.folded)
    )


def test_a_meeting_named_by_its_title_alone_is_grounded():
    dialogue = meeting("dialogue", title="Japan-U.S. Economic Policy Dialogue")
    assert _grounded_link(dialogue, "The Economic Policy Dialogue opened today.") == ["dialogue"]
    assert _grounded_link(dialogue, "The talks opened today.") == []


FM = meeting("fm", kind="foreign_ministers", participant_slugs=PAIR, participant_posts=POSTS)


@pytest.mark.parametrize(
    ("body", "people", "linked_"),
    [
        # One side of the table and the other ally named as a country is enough ...
        ("Blinken met his Japanese counterpart today.", (BLINKEN.slug,), ["fm"]),
        ("ブリンケン長官は日本の外相と会談した。", (BLINKEN.slug,), ["fm"]),
        # ... one side alone is not (a minister in town on the day, for another reason).
        ("Blinken spoke today.", (BLINKEN.slug,), []),
        ("Blinken spoke today.", (), []),  # nobody, no kind, no title
        # Half the report's words for the meeting fit it: the part of the table named counts.
        ("The 2+2 and the foreign ministers' meeting.", (BLINKEN.slug,), ["fm"]),
        # Most fit another kind and only part of the table is named: not linked.
        ("The 2+2, the 2+2 and the foreign ministers' meeting.", (BLINKEN.slug,), []),
        # The whole table named: linked whatever the words.
        ("The 2+2, the 2+2 and the foreign ministers' meeting.", PAIR, ["fm"]),
        # Nobody named: its kind named is enough.
        ("The 2+2, the 2+2 and the foreign ministers' meeting.", (), ["fm"]),
    ],
)
def test_a_link_is_grounded_in_who_is_named_unless_the_words_name_another_kind(
    body, people, linked_
):
    assert _grounded_link(FM, body, people) == linked_


def _person(slug, name, country, post, start, end=None) -> KnownPerson:
    return KnownPerson(slug, name, country, offices=(KnownOffice(post, post, country, start, end),))


AUSTIN = _person("lloyd-austin", "Lloyd Austin", "United States", "defense", date(2021, 1, 22))
KISHI = _person("nobuo-kishi", "Nobuo Kishi", "Japan", "defense", date(2020, 9, 16))
BIDEN = _person("joe-biden", "Joe Biden", "United States", "head_of_state", date(2021, 1, 20))
KISHIDA = _person(
    "fumio-kishida", "Fumio Kishida", "Japan", "head_of_government", date(2021, 10, 4)
)
# Sorted after the others: out of office on the meeting's day.
OLD_A = _person("m-old-one", "Old One", "Japan", "foreign", date(2010, 1, 1), date(2011, 1, 1))
OLD_B = _person("n-old-two", "Old Two", "Japan", "foreign", date(2012, 1, 1), date(2013, 1, 1))
WONG = _person("penny-wong", "Penny Wong", "Australia", "foreign", date(2022, 1, 1))
EMANUEL = _person("rahm-emanuel", "Rahm Emanuel", "United States", "other", date(2022, 1, 1))
EVERYONE = (BLINKEN, HAYASHI, AUSTIN, KISHI, BIDEN, KISHIDA, OLD_A, OLD_B, WONG, EMANUEL)


def _who(m: KnownMeeting, people, body: str = "", published=None):
    index = Reference(people=EVERYONE, meetings=(m,)).index
    return score_meeting(
        m, index=index, body=body, people=people, published=published,
        precision="day" if published else "unknown", month_day=None,
    )  # fmt: skip


def test_the_share_of_the_table_named_and_who_they_are():
    both = _who(FM, PAIR)
    assert both.score == 0.40
    assert both.reasons == ["names 2 of 2 participants: Antony Blinken, Yoshimasa Hayashi"]
    assert _who(FM, (HAYASHI.slug,)).score == 0.20


def test_everyone_at_a_table_of_three_adds_010():
    trio_posts = (*POSTS, (AUSTIN.slug, "United States", "defense"))
    trio = meeting("trio", participant_slugs=(*PAIR, AUSTIN.slug), participant_posts=trio_posts)
    everyone = _who(trio, (*PAIR, AUSTIN.slug))
    assert everyone.score == 0.50
    assert "names everyone at the table" in everyone.reasons
    assert _who(trio, PAIR).score == round(0.40 * 2 / 3, 3)


@pytest.mark.parametrize(
    ("away", "score"),
    [
        ((AUSTIN,), 0.35),  # one officeholder not at this table: −0.05
        ((AUSTIN, KISHI), 0.30),
        ((AUSTIN, KISHI, BIDEN, KISHIDA), 0.25),  # at most −0.15
    ],
)
def test_officeholders_not_at_the_table_take_005_each_at_most_015(away, score):
    suggestion = _who(FM, (*PAIR, *(p.slug for p in away)))
    assert suggestion.score == score
    names = ", ".join(sorted(p.name for p in away))
    assert suggestion.reasons[-1] == f"names officeholders not at this meeting: {names}"


def test_ministers_out_of_office_on_the_day_take_015_each():
    one = _who(FM, (*PAIR, OLD_A.slug))
    assert one.score == 0.25
    assert one.reasons[-1] == "names Old One, not in office on 2022-05-10"
    assert _who(FM, (*PAIR, OLD_A.slug, OLD_B.slug)).score == 0.10


def test_no_penalty_for_a_meeting_of_no_kind_but_still_for_ministers_out_of_office():
    no_kind = meeting("talks", participant_slugs=PAIR, participant_posts=POSTS)
    assert _who(no_kind, (*PAIR, AUSTIN.slug)).score == 0.40
    assert _who(no_kind, (*PAIR, AUSTIN.slug, OLD_A.slug)).score == 0.25


@pytest.mark.parametrize(
    "other",
    [
        WONG,  # a minister of neither ally
        EMANUEL,  # an ally's ambassador: no minister or leader
    ],
)
def test_only_the_allies_ministers_and_leaders_are_away_from_the_table(other):
    assert _who(FM, (*PAIR, other.slug)).score == 0.40


def test_a_participant_and_an_unknown_slug_are_never_away():
    half_posts = meeting("fm", kind="foreign_ministers", participant_slugs=PAIR,
                         participant_posts=POSTS[1:])  # fmt: skip
    assert _who(half_posts, PAIR).score == 0.40
    assert _who(FM, (*PAIR, "someone-unknown")).score == 0.40


def test_a_far_date_takes_050_from_the_rest():
    far = DAY + timedelta(days=30)
    body = "The foreign ministers' meeting."
    suggestion = _who(FM, PAIR, body, published=far)
    assert suggestion.score == 0.20  # 0.40 + 0.30 (its kind) − 0.50
    assert suggestion.role == "follow_up"


def test_a_dateline_naming_the_meetings_city():
    in_tokyo = meeting("fm", city="Tokyo")
    datelined = _who(in_tokyo, (), "TOKYO (Kyodo) — The talks went well.")
    assert datelined.reasons == ["datelined Tokyo, where it was held", "keywords: tokyo"]
    # Undated: 0.30 (where it was filed is the one sign of which meeting), and 0.20 for
    # the city as a keyword; dated on the meeting's day: 0.45, 0.15 and 0.20.
    assert datelined.score == 0.50
    dated = _who(in_tokyo, (), "TOKYO (Kyodo) — The talks went well.", published=DAY)
    assert dated.score == 0.80
    assert _who(in_tokyo, (), "(Kyodo) — The talks in Tokyo went well.").score == 0.20


TRILATERAL = meeting("tri", other_countries=("South Korea", "Australia", "Canada"))


@pytest.mark.parametrize(
    ("body", "score", "reason"),
    [
        (
            "Talks with South Korea and Australia.",
            0.10,
            "names the other countries at the table: South Korea, Australia",
        ),
        ("Talks with Australia.", 0.0, None),  # some of them: nothing either way
        ("Talks with Canada.", 0.0, "names none of the other countries at the table"),
    ],
)
def test_the_other_countries_at_a_larger_table(body, score, reason):
    suggestion = _who(TRILATERAL, (), body)
    assert suggestion.score == score  # never below 0: −0.10 shows as 0
    assert suggestion.reasons == ([reason] if reason else [])


def test_the_other_countries_add_to_the_rest():
    named = meeting("tri", other_countries=("South Korea",), participant_slugs=PAIR)
    assert _who(named, PAIR, "Talks with South Korea.").score == 0.50
    assert _who(named, PAIR, "Talks in Geneva.").score == 0.30


def test_a_first_meeting_naming_nobody_at_the_table_scores_without_it():
    suggestion = _who(FM, (), "It was their first meeting.")
    assert suggestion.score == 0.0
    assert _who(FM, (HAYASHI.slug,), "It was their first meeting.").score == 0.20


def test_the_city_counts_once_whether_by_dateline_keyword_or_name():
    in_tokyo = meeting("fm", city="Tokyo")
    # Named in Japanese: no keyword hit, the place itself gives 0.15.
    native = _who(in_tokyo, (), "東京で会談した。")
    assert (native.score, native.reasons) == (0.15, ["names Tokyo, where it was held"])
    # A city two meetings share is worth half as a keyword; the place adds the rest.
    other = meeting("other", start=DAY + timedelta(days=40), city="Tokyo")
    index = Reference(people=EVERYONE, meetings=(in_tokyo, other)).index
    shared = score_meeting(
        in_tokyo, index=index, body="Allies meet\nThe talks in Tokyo went well.", people=(),
        published=None,
        precision="unknown", month_day=None,
    )  # fmt: skip
    assert shared.score == 0.15  # 0.10 as a keyword, 0.05 as the place


def test_a_meeting_abroad_without_a_city_is_placed_by_its_country():
    in_australia = meeting("abroad", country="Australia")
    placed = _who(in_australia, (), "Talks in Australia.")
    # A country says less than a city (0.15): COUNTRY_POINTS.
    assert (placed.score, placed.reasons) == (0.10, ["names Australia, where it was held"])


def test_the_dateline_city_and_the_other_countries_add_up():
    m = meeting("tri", city="Tokyo", other_countries=("South Korea",))
    assert _who(m, (), "TOKYO (Kyodo) — Talks with South Korea.").score == 0.60  # .30+.10+.20


def test_only_a_date_to_the_day_is_weighed_and_the_role_is_coverage_without_one():
    index = Reference(people=EVERYONE, meetings=(FM,)).index
    month_only = score_meeting(
        FM, index=index, body="", people=PAIR, published=DAY + timedelta(days=30),
        precision="month", month_day=None,
    )  # fmt: skip
    assert (month_only.score, month_only.role) == (0.40, "coverage")
    both = score_meeting(
        FM, index=index, body="", people=(), published=DAY, precision="day", month_day=(5, 10)
    )
    assert both.score == 0.80  # on the day, and the yearless dateline's day


@pytest.mark.parametrize(
    ("published", "precision", "month_day", "score"),
    [
        (None, "unknown", None, 0.35),  # the text's month and day, undated: 0.35
        (DAY, "day", None, 0.70),  # dated on the day: 0.45, and the text's 0.25
        (DAY, "month", None, 0.35),  # a month is no date of its own
        (None, "unknown", (5, 10), 0.35),  # the dateline's day, not counted twice
        (None, "unknown", (6, 1), 0.35),  # a dateline of another day counts nothing
    ],
)
def test_the_texts_date_with_and_without_the_reports_own(published, precision, month_day, score):
    index = Reference(meetings=(FM,)).index
    suggestion = score_meeting(
        FM, index=index, body="The talks on May 10 went well.", people=(), published=published,
        precision=precision, month_day=month_day,
    )  # fmt: skip
    assert suggestion.score == score


def test_keywords_add_020_each_shared_out_among_meetings_at_most_030():
    base = meeting("kw", keywords=("Camp David", "Yokota"))
    alone = _who(base, (), "At Camp David and later at Yokota.")
    assert alone.score == 0.30  # 0.20 + 0.20, at most 0.30
    assert alone.reasons == ["keywords: camp david, yokota"]
    shared = meeting("other", start=DAY + timedelta(days=40), keywords=("Camp David",))
    index = Reference(meetings=(base, shared)).index
    s = score_meeting(
        base, index=index, body="At Camp David.", people=(), published=None,
        precision="unknown", month_day=None,
    )  # fmt: skip
    assert s.score == 0.10


def test_at_most_five_suggestions_by_default():
    many = tuple(meeting(f"m{i}", title=f"m{i}") for i in range(7))
    ranked, _ = suggest_meetings(
        index=Reference(meetings=many).index, body="", people=(), published=DAY, precision="day"
    )
    assert len(ranked) == 5


FAR_FM = meeting("far", start=date(2019, 1, 1), kind="foreign_ministers", city="Tokyo")
NEAR_FM = meeting("near", kind="foreign_ministers")


@pytest.mark.parametrize(
    ("body", "published"),
    [
        ("TOKYO (Kyodo) — The foreign ministers' meeting.", DAY),  # far from a dated report
        ("The foreign ministers' meeting on May 10, 2022.", None),  # not on a date it gives
    ],
)
def test_meetings_outside_the_reports_dates_are_not_scored(body, published):
    ranked, _ = suggest_meetings(
        index=Reference(meetings=(NEAR_FM, FAR_FM)).index, body=body, people=(),
        published=published, precision="day" if published else "unknown",
    )  # fmt: skip
    assert [s.slug for s in ranked] == ["near"]


def test_suggest_meetings_links_a_meeting_named_by_its_title():
    dialogue = meeting("dialogue", title="Japan-U.S. Economic Policy Dialogue")
    ranked, auto = suggest_meetings(
        index=Reference(meetings=(dialogue,)).index,
        body="The Economic Policy Dialogue opened today.", people=(), published=DAY,
        precision="day",
    )  # fmt: skip
    assert auto == "dialogue" and ranked[0].linked


def test_a_month_only_date_chooses_by_the_mentioned_days_not_the_window():
    other = meeting("other", start=date(2022, 8, 1))
    index = Reference(meetings=(meeting(), other)).index
    assert _slugs(candidate_meetings(index, (), DAY, "month", [])) == ["m", "other"]


def test_without_a_context_no_title_grounds_a_link():
    dialogue = meeting("dialogue", title="Japan-U.S. Economic Policy Dialogue")
    index = Reference(meetings=(dialogue,)).index
    signs = report_signs("The Economic Policy Dialogue opened today.")
    ranked = [MeetingSuggestion("dialogue", 0.9, [])]
    assert links_choose(ranked, index, signs, people=()) == []


def test_a_second_meeting_must_be_grounded_too():
    summit = meeting("summit", kind="summit")
    fm = meeting("fm", start=DAY + timedelta(days=2), kind="foreign_ministers",
                 participant_slugs=PAIR, participant_posts=POSTS)  # fmt: skip
    index = Reference(people=(BLINKEN, HAYASHI), meetings=(summit, fm)).index
    ranked = [MeetingSuggestion("summit", 0.9, []), MeetingSuggestion("fm", 0.5, [])]
    # Half the table named, most words for the meeting name another kind: not grounded.
    body = "The summit, the 2+2, the 2+2 and the foreign ministers' meeting."
    signs = report_signs(body)
    context = report_context(body, signs.folded)
    assert links_choose(ranked, index, signs, people=(BLINKEN.slug,), context=context) == ["summit"]
    assert links_choose(ranked, index, signs, people=PAIR, context=context) == ["summit", "fm"]


def test_one_second_meeting_per_kind():
    index = Reference(
        meetings=(
            meeting("summit", kind="summit"),
            meeting("fm", start=DAY + timedelta(days=2), kind="foreign_ministers"),
            meeting("fm2", start=DAY + timedelta(days=3), kind="foreign_ministers"),
        )
    ).index
    ranked = [
        MeetingSuggestion("summit", 0.9, []),
        MeetingSuggestion("fm", 0.5, []),
        MeetingSuggestion("fm2", 0.45, []),
    ]
    # Which foreign ministers' meeting it was stays open: the summit alone is linked.
    assert links_choose(ranked, index, report_signs(SUMMIT_AND_FM)) == ["summit"]


def test_a_dateline_is_at_most_60_characters():
    head = "TOKYO, " + "x" * 53  # 60 characters
    assert report_signs(f"{head} — The talks went well.").dateline == head
    assert report_signs(f"{head}x — The talks went well.").dateline == ""


def test_an_undated_report_naming_a_president_elect_weighs_the_transition():
    president = KnownPerson(
        "pat-doe",
        "Pat Doe",
        "United States",
        (),
        (KnownOffice("President", "head_of_state", "United States", date(2033, 1, 20), None),),
    )
    index = Reference(people=(president,)).index
    body = "The minister looked forward to working with President-elect Pat Doe."
    windows = elect_window(body, index)
    outside = KnownMeeting("talks-x", "Talks", date(2032, 4, 10), date(2032, 4, 10))
    found = score_meeting(
        outside,
        index=index,
        body=body,
        people=(),
        published=None,
        precision="unknown",
        month_day=None,
        elect=windows,
    )
    assert "the text names a president-elect: held outside the transition" in found.reasons


def _summit_after_a_call():
    summit = meeting("summit", kind="summit")  # Tuesday 10 May 2022
    call = meeting("call", start=DAY - timedelta(days=1), kind="call")
    return Reference(meetings=(summit, call)).index


@pytest.mark.parametrize(
    ("published", "expected"),
    [(DAY, ["summit", "call"]), (None, ["summit"]), (DAY + timedelta(days=7), ["summit"])],
)
def test_a_call_named_by_a_weekday_is_linked_beside_the_summit_of_that_week(published, expected):
    """A weekday dates the call only in the week of the report's own date
    (meetings.links_choose 93 of the seed-20261204 mutation sample)."""
    body = "At the summit the leaders built on their phone call of Monday."
    signs = report_signs(body)
    ranked = [MeetingSuggestion("summit", 0.9, []), MeetingSuggestion("call", 0.5, [])]
    context = report_context(body, signs.folded)
    chosen = links_choose(
        ranked, _summit_after_a_call(), signs, context=context, published=published
    )
    assert chosen == expected


def test_a_series_first_with_two_named_takes_the_series_reason_alone():
    # a50f3b0 sample: the series' first gives its points; the first-in-person check of
    # those named is not made on top of it (nor instead of it).
    leaders = ("pat-doe", "kim-roe")
    first = KnownMeeting(
        "summit-2031-03-14", "Summit", date(2031, 3, 14), date(2031, 3, 14),
        participant_slugs=leaders, kind="summit", format="in_person", series="leaders",
    )  # fmt: skip
    second = KnownMeeting(
        "summit-2032-03-05", "Summit", date(2032, 3, 5), date(2032, 3, 5),
        participant_slugs=leaders, kind="summit", format="in_person", series="leaders",
    )  # fmt: skip
    index = Reference(meetings=(first, second)).index
    body = "Pat Doe and Kim Roe held their first summit in Tokyo."
    context = report_context(body)
    assert _first_meeting(first, index, set(leaders), context) == (
        0.15,
        ["the report calls it a first meeting; it is its series' first"],
    )
    # The series' second: no points, they met in person at the first.
    assert _first_meeting(second, index, set(leaders), context) == (0.0, [])


@pytest.mark.parametrize(
    ("precision", "dated"),
    [("day", True), ("month", False), ("inferred", False), ("unknown", False)],
)
def test_yesterday_dates_a_meeting_only_from_a_report_dated_to_the_day(precision, dated):
    # a50f3b0 sample: "昨日" (yesterday) is a date only when the report's own date is known
    # to the day; an inferred or unknown one gives no day to count back from.
    summit = KnownMeeting(
        "summit-2024-04-09", "Summit", date(2024, 4, 9), date(2024, 4, 9),
        kind="summit", format="in_person",
    )  # fmt: skip
    body = "日米首脳は昨日、ワシントンで会談した。両首脳は同盟の強化で一致した。"
    found, _ = suggest_meetings(
        index=Reference(meetings=(summit,)).index,
        body=body,
        people=(),
        published=date(2024, 4, 10),
        precision=precision,
    )
    assert ("the text dates it 2024-04-09" in found[0].reasons) is dated
