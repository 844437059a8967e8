"""People named only in a sentence telling a meeting or call of the month or year before
(passing._PRIOR_PERIOD, _MEETING_THEN) are no subjects of the report ("Tillerson y Wang
hablaron por teléfono el mes pasado"); the same sentence of the report's own time, or
one telling no meeting ("the government of Prime Minister Kishida approved record
defense spending last month", seed 001), keeps them. And a party to another meeting
(passing._other_meeting) only where "the meeting between" is read. Invented reports."""

import pytest

from tests.ingest.test_acc5_passing import LEAD, subjects

# A third person, named once past the lead, in a sentence about a call or meeting of the
# month or year before; then the same sentence about one today.
BEFORE = [
    ("en", "Blinken and Prime Minister Scott Morrison spoke by phone last month.", "last month"),
    ("en", "Blinken met Prime Minister Scott Morrison in Canberra last year.", "last year"),
    ("es", "Blinken y el primer ministro Scott Morrison hablaron el mes pasado.", "el mes pasado"),
    (
        "es",
        "Blinken se reunió con el primer ministro Scott Morrison el año pasado.",
        "el año pasado",
    ),
    ("id", "Blinken bertemu Perdana Menteri Scott Morrison di Canberra bulan lalu.", "bulan lalu"),
    # One speaker's verb, not only the pair's ("habló", not "hablaron").
    (
        "es",
        "Blinken habló por teléfono con el primer ministro Scott Morrison el mes pasado.",
        "el mes pasado",
    ),
    (
        "id",
        "Blinken berbicara dengan Perdana Menteri Scott Morrison melalui telepon bulan lalu.",
        "bulan lalu",
    ),
]
BEFORE_JA = [
    ("ja", "ブリンケン国務長官は先月、茂木敏充外務大臣と電話会談を行った。", "先月"),
    ("ja", "ブリンケン国務長官は昨年、東京で茂木敏充外務大臣と会談した。", "昨年"),
]
TODAY = {"en": "today", "es": "hoy", "id": "hari ini", "ja": "本日"}


@pytest.mark.parametrize(
    "language, sentence, when, slug",
    [
        *((*case, "scott-morrison") for case in BEFORE),
        *((*case, "toshimitsu-motegi") for case in BEFORE_JA),
    ],
)
def test_a_person_named_only_in_a_sentence_about_the_month_or_year_before_is_in_passing(
    ref, language, sentence, when, slug
):
    body = f"{LEAD[language]}\n\n{sentence}"
    found = subjects(body, ref)
    assert slug not in found
    assert {"antony-blinken", "nobuo-kishi"} <= found
    body = f"{LEAD[language]}\n\n{sentence.replace(when, TODAY[language])}"
    assert slug in subjects(body, ref)


def test_the_month_before_in_the_lead_keeps_its_people(ref):
    body = "Blinken and Prime Minister Scott Morrison spoke by phone last month."
    assert "scott-morrison" in subjects(body, ref)


def test_the_month_before_without_a_meeting_keeps_its_people(ref):
    body = (
        f"{LEAD['en']}\n\nThe government of Prime Minister Scott Morrison approved record "
        "defense spending last month."
    )
    assert "scott-morrison" in subjects(body, ref)


def test_korean_and_chinese_words_for_the_month_and_year_before():
    from archive.ingest.passing import _MEETING_THEN, _PRIOR_PERIOD

    for text in ("지난달 회담에서", "지난해 워싱턴에서", "上个月的会谈", "去年在北京", "上個月"):
        assert _PRIOR_PERIOD.search(text), text
    for text in ("지난 회담", "今月", "this month", "el mes próximo", "next year"):
        assert not _PRIOR_PERIOD.search(text), text
    for text in ("만났을 때", "회담", "上个月的会谈", "電話会談", "hablaron por teléfono"):
        assert _MEETING_THEN.search(text), text
    for text in ("approved record defense spending", "予算を承認した", "예산을 승인했다"):
        assert not _MEETING_THEN.search(text), text


# "The meeting between" read after a CJK name only where its particle follows the last
# party's title or name; "X과 별도의 회담" (separate talks with X) and "重要的会谈"
# (important talks) are the first-named person's own meeting with them.
BETWEEN = [
    (
        "블링컨 장관은 도쿄에서 하야시 외무상과 별도의 회담을 할 예정입니다.",
        "블링컨 장관은 하야시 외무상과 바이든 대통령의 회담을 환영했습니다.",
    ),
    (
        "布林肯将与林芳正外相举行重要的会谈。",
        "布林肯欢迎林芳正外相和拜登总统的会谈。",
    ),
]


def test_the_particle_of_a_meeting_between_follows_a_party(ref):
    from archive.ingest.passing import _Reading, _sentence, mention_index
    from archive.ingest.people import find_people

    for own, between in BETWEEN:
        for body, expected in ((own, False), (between, True)):
            mentions, _ = find_people(body, ref.index)
            hayashi = next(m for m in mentions if m.slug == "yoshimasa-hayashi")
            reading = _Reading(body, mention_index(mentions), ref.index, [])
            start, _ = _sentence(body, hayashi.start)
            first = mention_index(mentions).within(start, len(body))[0]
            assert first.slug == "antony-blinken"
            assert reading._other_meeting(hayashi, start, first) is expected, body
