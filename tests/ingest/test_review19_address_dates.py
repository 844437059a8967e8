"""Review of address_dates (476c511): a report with no date of its own is read as of the
date its address files it under.

Three families of ordinary pages were read wrongly at 476c511 (strict xfails until the fix):
- a month folder with a numbered headline under it (`/2031/02/3-takeaways-from-…/`, the
  `/%year%/%monthnum%/%postname%/` permalink many news sites and magazines use) is read as
  a day (the 3rd) that the address never gives; a meeting of that day is then linked;
- a month folder is read as the month's first day when the report's people are looked up,
  so a leader who took office later that month is read in his old post: dropped from the
  report's people, warned about, and the meeting he held is not linked;
- a report whose own date is only a month ("February 2031") ignores the day its address
  gives inside that month, and stays unlinked where the same text with no date of its own
  is linked by that day.

Judged not wrong (no test): an eight-digit folder (`/a/20131013/…`) is read as a day (it is
one on the news sites that print such folders); an event's date in a folder
(`/special/2001-09-11-attacks/…`) is read as the page's, as the shipped slug forms
(`a-21-w2006-10-19-item5845/`, `2019_06_01_talks.html`) require; a folder day and another
day in the slug give no date; query strings, fragments, webcache and bare archive addresses
give none. Invented people, meetings, addresses and text throughout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from archive.ingest.address_dates import AddressDate, address_date
from archive.ingest.pipeline import parse_report
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference
from tests.ingest.reference_data import seed_reference

_US, _JP = "United States", "Japan"
WHITCOMBE = KnownPerson(
    "daniel-whitcombe", "Daniel Whitcombe", _US, (),
    (KnownOffice("President", "head_of_state", _US, date(2029, 1, 20), date(2033, 1, 20)),),
)  # fmt: skip
# Chief Cabinet Secretary until 15 September 2031, Prime Minister from the 16th.
SAGARA = KnownPerson(
    "kenji-sagara", "Kenji Sagara", _JP, (),
    (
        KnownOffice("Chief Cabinet Secretary", "other", _JP, date(2028, 1, 1), date(2031, 9, 15)),
        KnownOffice("Prime Minister", "head_of_government", _JP, date(2031, 9, 16), None),
    ),
)  # fmt: skip
PENNOCK = KnownPerson(
    "laura-pennock", "Laura Pennock", _US, (),
    (KnownOffice("Secretary of State", "foreign", _US, date(2029, 1, 20), None),),
)  # fmt: skip
TANABE = KnownPerson(
    "hiroshi-tanabe", "Hiroshi Tanabe", _JP, (),
    (KnownOffice("Minister for Foreign Affairs", "foreign", _JP, date(2028, 1, 1), None),),
)  # fmt: skip
LEADERS = ("daniel-whitcombe", "kenji-sagara")
LEADER_POSTS = (
    ("daniel-whitcombe", _US, "head_of_state"),
    ("kenji-sagara", _JP, "head_of_government"),
)
MINISTERS = ("laura-pennock", "hiroshi-tanabe")
MINISTER_POSTS = (("laura-pennock", _US, "foreign"), ("hiroshi-tanabe", _JP, "foreign"))


def _call(slug: str, day: date, who=LEADERS, posts=LEADER_POSTS) -> KnownMeeting:
    return KnownMeeting(slug, slug, day, day, "", who, (), "call", "phone", participant_posts=posts)


def _reference(*meetings: KnownMeeting, sagara: KnownPerson = SAGARA) -> Reference:
    seeds = seed_reference()
    people = (*seeds.people, WHITCOMBE, sagara, PENNOCK, TANABE)
    return replace(seeds, people=people, meetings=meetings)


# Sagara as Prime Minister throughout (for the tests that are not about his post).
SAGARA_PM = replace(
    SAGARA, offices=(KnownOffice("Prime Minister", "head_of_government", _JP, date(2030, 1, 1)),)
)
# The foreign ministers' call on the 3rd, the leaders' on the 13th and in June.
FEBRUARY = (
    _call("ministers-call", date(2031, 2, 3), MINISTERS, MINISTER_POSTS),
    _call("leaders-call", date(2031, 2, 13)),
    _call("leaders-call-june", date(2031, 6, 12)),
)
LEADERS_CALL = (
    b"Whitcombe and Sagara speak by phone\n\n"
    b"{date}"
    b"President Daniel Whitcombe and Prime Minister Kenji Sagara spoke by telephone on "
    b"Wednesday. The two leaders discussed North Korea's missile launch.\n"
)


@pytest.mark.parametrize(
    "url",
    [
        "https://magazine.example.com/2031/02/3-takeaways-from-the-whitcombe-sagara-call/",
        "https://magazine.example.com/2031/02/10-things-to-know-about-the-alliance/",
        "https://news.example.org/asia/2031/02/5-questions-after-the-leaders-call/",
    ],
)
def test_a_numbered_headline_under_a_month_folder_dates_only_the_month(url):
    assert address_date(url) == AddressDate(date(2031, 2, 1), "month")


def test_a_numbered_headline_does_not_link_the_meeting_of_its_number():
    reference = _reference(*FEBRUARY, sagara=SAGARA_PM)
    url = "https://magazine.example.com/2031/02/3-takeaways-from-the-whitcombe-sagara-call/"
    parsed = parse_report(
        LEADERS_CALL.replace(b"{date}", b""), reference=reference, hints={"url": url}
    )
    assert parsed.auto_meeting_slug != "ministers-call"
    # The month folder alone leaves it as the text leaves it: no day to tell the calls apart.
    plain = "https://magazine.example.com/2031/02/whitcombe-sagara-call/"
    same = parse_report(
        LEADERS_CALL.replace(b"{date}", b""), reference=reference, hints={"url": plain}
    )
    assert parsed.auto_meeting_slug == same.auto_meeting_slug


def test_a_month_folder_reads_a_post_taken_later_in_that_month():
    reference = _reference(_call("leaders-call", date(2031, 9, 20)))
    text = (
        b"Sagara speaks with Whitcombe\n\n"
        b"Prime Minister Kenji Sagara spoke with President Daniel Whitcombe by telephone. "
        b"The two leaders affirmed the alliance.\n"
    )
    url = "https://news.example.com/2031/09/sagara-whitcombe-call/"
    parsed = parse_report(text, reference=reference, hints={"url": url})
    assert "kenji-sagara" in {mention.slug for mention in parsed.people}
    assert not any("Chief Cabinet Secretary" in warning for warning in parsed.warnings)
    assert parsed.auto_meeting_slug == "leaders-call"


def test_a_text_dated_to_its_month_takes_the_day_its_address_gives_in_it():
    reference = _reference(*FEBRUARY, sagara=SAGARA_PM)
    url = "https://news.example.com/2031/02/13/whitcombe-sagara-call/"
    undated = parse_report(
        LEADERS_CALL.replace(b"{date}", b""), reference=reference, hints={"url": url}
    )
    assert undated.auto_meeting_slug == "leaders-call"  # the address's day alone links it
    month = LEADERS_CALL.replace(b"{date}", b"February 2031\n\n")
    parsed = parse_report(month, reference=reference, hints={"url": url})
    assert (parsed.published, parsed.date_precision) == (date(2031, 2, 1), "month")
    assert parsed.auto_meeting_slug == "leaders-call"
