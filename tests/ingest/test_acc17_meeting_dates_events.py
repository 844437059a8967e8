"""A report without a date of its own that tells of an event as past (Russia's invasion of
Ukraine, North Korea's sixth nuclear test, the Great East Japan Earthquake) covers no
meeting held before the event (`meeting_events`, its calendar in
`archive/fixtures/reference/dating_events.csv`): of two calls of the same leaders on the
same day of the month, the one after the event is linked. An event named in what may or
will happen ("a possible invasion of Ukraine", "핵실험 가능성") dates nothing, nor does
any event in a report with a date of its own. Invented meetings and text."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date

from archive.ingest import prefilter
from archive.ingest.meeting_events import CALENDAR, events_not_before
from archive.ingest.meetings import suggest_meetings
from tests.ingest.invented_meetings import LEADERS, leaders_call, leaders_linked
from tests.ingest.reference_data import seed_reference

# Two calls of Biden and Kishida on the 10th, a month apart, either side of 24 February 2022.
BEFORE = leaders_call("call-before", date(2022, 2, 10))
AFTER = leaders_call("call-after", date(2022, 3, 10))

CALL = (
    "President Joe Biden spoke by phone on the 10th with Prime Minister Fumio Kishida."
    " The two leaders condemned Russia's invasion of Ukraine and agreed to keep working"
    " together on sanctions.\nThey also discussed the region's energy supplies."
)


def _linked(body: str, published: date | None = None) -> list[str]:
    return leaders_linked(body, (BEFORE, AFTER), published)


def _since(text: str) -> date | None:
    return events_not_before(prefilter.fold(text))


def test_an_event_told_as_past_leaves_the_call_after_it():
    assert _linked(CALL) == ["call-after"]


def test_without_the_event_the_two_calls_tie_and_nothing_is_linked():
    body = CALL.replace("condemned Russia's invasion of Ukraine", "discussed trade")
    assert _linked(body) == []


def test_an_event_in_what_may_happen_dates_nothing():
    threat = "said they would respond to any invasion of Ukraine"
    body = CALL.replace("condemned Russia's invasion of Ukraine", threat)
    assert _linked(body) == []
    for text in (
        "Officials warned that Russia could be preparing an invasion of Ukraine.",
        "북한이 6차 핵실험을 할 가능성이 있다고 밝혔다.",
        "北朝鮮が6回目の核実験を行う恐れがあると述べた。",
        "The leaders looked ahead to the upcoming Singapore summit.",
    ):
        assert _since(text) is None, text


def test_the_event_names_in_each_language():
    for text, day in (
        ("양국 정상은 북한의 6차 핵실험 이후 공조를 확인했다.", date(2017, 9, 3)),
        ("両首脳は東日本大震災の際の支援に触れた。", date(2011, 3, 11)),
        ("两国领导人谴责俄罗斯入侵乌克兰。", date(2022, 2, 24)),
        ("Los líderes recordaron la invasión rusa de Ucrania.", date(2022, 2, 24)),
        ("Kedua menteri membahas pandemi COVID-19.", date(2020, 1, 9)),
        ("They honoured the late Prime Minister Shinzo Abe.", date(2022, 7, 8)),
    ):
        assert _since(text) == day, text


def test_the_latest_event_told_is_the_one_that_dates():
    text = "Since the Great East Japan Earthquake and Russia's invasion of Ukraine, they met often."
    assert _since(text) == date(2022, 2, 24)


def test_a_name_inside_a_longer_word_is_no_event():
    assert _since("지지율 최고 아베 내각이 출범했다.") is None  # "고 아베" (the late Abe) inside
    assert _since("The Camp David summit of the two leaders in June.") is None


def test_a_report_with_a_date_of_its_own_is_dated_by_it():
    index = replace(seed_reference(), meetings=(BEFORE, AFTER)).index
    ranked, _ = suggest_meetings(
        index=index, body=CALL, people=set(LEADERS), published=date(2022, 2, 10), precision="day"
    )
    assert not any("as past" in reason for s in ranked for reason in s.reasons)


def test_every_event_has_a_date_a_source_and_names_in_the_archive_s_main_languages():
    with CALENDAR.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) >= 10
    for row in rows:
        date.fromisoformat(row["date"])
        assert row["source_url"].startswith("https://"), row["slug"]
        for language in ("en", "ja", "ko", "zh", "es", "id"):
            assert row[language].strip(), (row["slug"], language)


def test_an_event_to_deter_or_still_ahead_dates_nothing():
    for text in (
        "The leaders vowed to deter a Russian invasion of Ukraine.",
        "They met days before the Singapore summit with Kim Jong Un.",
        "両首脳はウクライナ侵攻を抑止するため連携する。",
        "양국은 북한의 6차 핵실험 위협에 대응하기로 했다.",
    ):
        assert _since(text) is None, text
