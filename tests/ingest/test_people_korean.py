"""People accuracy (issue #11): Korean and Chinese names printed family name first ("Park
Jin": "Foreign Minister Park" is him), statements a spokesperson relays (the people they
name are the news), and the Korean spellings of names. Invented reports."""

from datetime import date

from archive.ingest.news_subjects import in_the_news
from archive.ingest.people import find_people
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.results import QuoteHit

ON = date(2023, 9, 18)
PARK = KnownPerson(
    "park-jin",
    "Park Jin",
    "South Korea",
    offices=(
        KnownOffice("Minister of Foreign Affairs", "foreign", "South Korea", date(2022, 5, 10)),
    ),
)
WANG = KnownPerson("wang-yi", "Wang Yi", "China")
BLINKEN = KnownPerson(
    "antony-blinken",
    "Antony Blinken",
    "United States",
    aliases=("토니 블링컨", "블링컨"),
    offices=(KnownOffice("Secretary of State", "foreign", "United States", date(2021, 1, 26)),),
)
KAMIKAWA = KnownPerson(
    "yoko-kamikawa",
    "Yoko Kamikawa",
    "Japan",
    aliases=("가미카와 요코", "가미카와"),
    offices=(KnownOffice("Minister for Foreign Affairs", "foreign", "Japan", date(2023, 9, 13)),),
)
MILLER = KnownPerson(
    "matthew-miller",
    "Matthew Miller",
    "United States",
    offices=(KnownOffice("Department Spokesperson", "other", "United States", date(2023, 5, 1)),),
)
ABE = KnownPerson("shinzo-abe", "Shinzo Abe", "Japan")
REF = Reference(people=(PARK, WANG, BLINKEN, KAMIKAWA, MILLER, ABE))


def _slugs(body):
    mentions, _ = find_people(body, REF.index)
    return [(m.slug, m.form) for m in mentions]


def test_a_korean_surname_is_the_first_word_of_the_name():
    body = "Secretary Blinken met ROK Foreign Minister Park in Seoul."
    assert ("park-jin", "Park") in _slugs(body)


def test_a_korean_surname_alone_counts_after_the_full_name():
    body = "Park Jin spoke first. Later, Park said the talks went well."
    assert _slugs(body) == [("park-jin", "Park Jin"), ("park-jin", "Park")]


def test_a_chinese_surname_is_the_first_word_too():
    assert ("wang-yi", "Wang") in _slugs("Chinese Foreign Minister Wang warned Tokyo.")


def test_the_given_name_of_a_family_name_first_name_is_no_surname():
    assert _slugs("Minister Jin arrived.") == []
    assert _slugs("President Yi arrived.") == []


def test_a_western_name_keeps_its_last_word_as_surname():
    assert ("shinzo-abe", "Abe") in _slugs("Prime Minister Abe arrived.")
    assert _slugs("Minister Shinzo arrived.") == []


def _quote(body, words, speaker):
    start = body.index(words)
    return QuoteHit(speaker, words, start, start + len(words), "said")


def test_people_in_a_statement_a_spokesperson_relays_are_the_news():
    body = "밀러 대변인은 “블링컨 국무장관이 가미카와 요코 일본 외무상과 만났다”고 밝혔습니다."
    mentions, _ = find_people(body, REF.index)
    quotes = [
        _quote(body, "“블링컨 국무장관이 가미카와 요코 일본 외무상과 만났다”", "matthew-miller")
    ]
    subjects = {m.slug for m in in_the_news(body, mentions, quotes, REF.index, ON)}
    assert {"antony-blinken", "yoko-kamikawa"} <= subjects


def test_people_named_only_inside_someone_elses_own_words_are_not_the_news():
    body = "Secretary Blinken said: “As Foreign Minister Yoko Kamikawa told me, we stand together.”"
    mentions, _ = find_people(body, REF.index)
    words = "“As Foreign Minister Yoko Kamikawa told me, we stand together.”"
    quotes = [_quote(body, words, "antony-blinken")]
    subjects = {m.slug for m in in_the_news(body, mentions, quotes, REF.index, ON)}
    assert "yoko-kamikawa" not in subjects and "antony-blinken" in subjects
