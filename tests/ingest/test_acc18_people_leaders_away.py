"""A leader named away from a ministers' table (leaders_away.py): in a report linked to a
meeting of ministers, a president or prime minister who did not sit at it, did not speak,
does not act in it and whom no one met is named for the time, in the genitive, or for a
leaders' meeting of no stated day: not a subject. One who was met, called on, received
someone at the table, acts as a clause's subject or has a dated meeting stays; so does
everyone when the meeting is a leaders' one or none is linked. Invented people, meeting
and texts."""

from datetime import date

import pytest

from archive.ingest.leaders_away import leaders_away
from archive.ingest.people import find_people
from archive.ingest.reference import KnownMeeting, KnownOffice, KnownPerson, Reference
from archive.ingest.results import QuoteHit

DAY = date(2030, 5, 14)


def _person(slug, country, aliases, title, post):
    name = slug.replace("-", " ").title()
    office = KnownOffice(title, post, country, date(2029, 1, 1), None)
    return KnownPerson(slug, name, country, aliases, (office,))


@pytest.fixture(scope="module")
def index():
    return Reference(
        people=(
            _person(
                "walter-harmon",
                "United States",
                ("ハーモン", "월터 하먼", "沃尔特·哈蒙"),
                "President",
                "head_of_state",
            ),
            _person(
                "taro-ishikawa",
                "Japan",
                ("石川太郎", "이시카와 다로", "石川太郎"),
                "Prime Minister",
                "head_of_government",
            ),
            _person(
                "ellen-graves",
                "United States",
                ("グレイブス", "엘런 그레이브스", "艾伦·格雷夫斯"),
                "Secretary of State",
                "foreign",
            ),
            _person(
                "kenta-morimura",
                "Japan",
                ("森村健太", "모리무라 겐타", "森村健太"),
                "Minister for Foreign Affairs",
                "foreign",
            ),
        )
    ).index


MINISTERS = KnownMeeting(
    slug="foreign_ministers-2030-05-14",
    title="Foreign ministers",
    start=DAY,
    end=DAY,
    participant_slugs=("ellen-graves", "kenta-morimura"),
    kind="foreign_ministers",
    participant_posts=(
        ("ellen-graves", "United States", "foreign"),
        ("kenta-morimura", "Japan", "foreign"),
    ),
)
SUMMIT = KnownMeeting(
    slug="summit-2030-05-14",
    title="Summit",
    start=DAY,
    end=DAY,
    participant_slugs=("walter-harmon", "taro-ishikawa"),
    kind="summit",
    participant_posts=(
        ("walter-harmon", "United States", "head_of_state"),
        ("taro-ishikawa", "Japan", "head_of_government"),
    ),
)


def _away(text, index, meeting=MINISTERS, quotes=()):
    mentions, _ = find_people(text, index, DAY)
    return leaders_away(text, mentions, meeting, quotes, index)


# The family: leaders named for the time, as the government, or for their own meeting.
@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Kenta Morimura met Secretary of State Ellen Graves in Tokyo on "
        "Tuesday, as Japan seeks closer ties with the administration of President Walter Harmon.",
        "Secretary of State Ellen Graves and Foreign Minister Kenta Morimura held talks on "
        "Tuesday, a week after the inauguration of President Walter Harmon.",
        "森村健太外務大臣は14日、グレイブス国務長官と会談した。ハーモン大統領の就任式を前に、"
        "両外相は同盟の強化を確認した。",
        "森村健太外務大臣はグレイブス国務長官と会談し、石川太郎首相とハーモン大統領との"
        "首脳会談の早期実現に向けて調整を急ぐことで一致した。",
        "모리무라 겐타 외무상은 엘런 그레이브스 국무장관과 회담했다. 월터 하먼 대통령의 "
        "취임을 앞두고 양국 동맹을 확인했다.",
        "森村健太外相与艾伦·格雷夫斯国务卿举行会谈。在沃尔特·哈蒙就任总统之前，双方确认强化同盟。",
        # In the genitive before someone at the table who met.
        "President Walter Harmon's envoy, Secretary of State Ellen Graves, met Foreign "
        "Minister Kenta Morimura on Tuesday.",
        # The time of their government.
        "森村健太外務大臣は14日、ハーモン政権下で就任したグレイブス国務長官と初めて会談した。",
        "Under President Walter Harmon, Secretary of State Ellen Graves met Foreign Minister "
        "Kenta Morimura for the first time.",
        # A leaders' meeting of no stated day.
        "Secretary of State Ellen Graves met Foreign Minister Kenta Morimura on Tuesday. "
        "The ministers agreed to prepare a first summit between President Walter Harmon "
        "and Prime Minister Taro Ishikawa.",
        "ハーモン大統領の就任式に出席した森村健太外務大臣は、グレイブス国務長官と会談した。",
    ],
)
def test_leaders_named_away_from_the_table_are_not_subjects(text, index):
    mentions, _ = find_people(text, index, DAY)
    named = {m.slug for m in mentions}
    away = _away(text, index)
    assert away and away <= {"walter-harmon", "taro-ishikawa"}
    assert away == named & {"walter-harmon", "taro-ishikawa"}


# Ordinary text the rule could wrongly catch: the leader met or received someone at the
# table, was called on, or spoke.
@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Ellen Graves met Foreign Minister Kenta Morimura on Tuesday. "
        "Graves later met with Prime Minister Taro Ishikawa at his office.",
        "Secretary of State Ellen Graves met Foreign Minister Kenta Morimura on Tuesday. "
        "Prime Minister Taro Ishikawa received Secretary Ellen Graves in the afternoon.",
        "Secretary of State Ellen Graves met Foreign Minister Kenta Morimura on Tuesday "
        "and paid a courtesy call on Prime Minister Taro Ishikawa.",
        "모리무라 겐타 외무상은 엘런 그레이브스 국무장관과 회담했다. 이시카와 다로 총리는 "
        "엘런 그레이브스 장관을 접견했다.",
        "森村健太外相与艾伦·格雷夫斯国务卿举行会谈。艾伦·格雷夫斯随后会见日本首相石川太郎。",
        "森村健太外務大臣はグレイブス国務長官と会談した。グレイブス長官は石川太郎首相と会談した。",
        # The leader acts, as the seed reports read it.
        "Secretary of State Ellen Graves met Foreign Minister Kenta Morimura on Tuesday. "
        "The government of Prime Minister Taro Ishikawa approved a record defense budget.",
        "Secretary of State Ellen Graves met Foreign Minister Kenta Morimura on Tuesday, "
        "a day after Prime Minister Taro Ishikawa and his counterpart signed a treaty.",
        "森村健太外務大臣はグレイブス国務長官と会談した。ハーモン大統領は、関税の引き上げを表明している。",
        # A leaders' meeting with its day.
        "Secretary of State Ellen Graves met Foreign Minister Kenta Morimura on Tuesday. "
        "The talks will be followed by a meeting on Friday between President Walter Harmon "
        "and Prime Minister Taro Ishikawa.",
    ],
)
def test_a_leader_met_at_the_visit_stays(text, index):
    assert _away(text, index) == set()


def test_a_leader_who_speaks_stays(index):
    text = (
        "Secretary of State Ellen Graves met Foreign Minister Kenta Morimura on Tuesday, "
        'as the administration of President Walter Harmon said "we stand with Japan."'
    )
    quote = QuoteHit("walter-harmon", "we stand with Japan.", text.index('"'), len(text), "said")
    assert _away(text, index, quotes=[quote]) == set()


def test_nothing_is_dropped_at_a_leaders_meeting_or_without_one(index):
    text = (
        "Foreign Minister Kenta Morimura met Secretary of State Ellen Graves in Tokyo on "
        "Tuesday, as the administration of President Walter Harmon reviews its trade policy."
    )
    assert _away(text, index, meeting=SUMMIT) == set()
    assert _away(text, index, meeting=None) == set()


def test_nothing_is_dropped_when_no_one_at_the_table_is_named(index):
    text = "The administration of President Walter Harmon reviews its trade policy."
    assert _away(text, index) == set()
