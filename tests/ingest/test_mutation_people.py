"""People: the rule that a capitalised run not in the reference must show a sign of being
a person before it is offered as an unknown name (issue 11's mutation score): a title in
front, a speech verb or "according to" before it, ", who" or a speech verb after it, or
its surname speaking later in the text; two or three words, none a place, an institution
or an outlet's."""

from datetime import date

import pytest

from archive.ingest.people import (
    check_titles,
    damerau_levenshtein,
    find_people,
    find_unknown_names,
    in_the_news,
)
from archive.ingest.reference import KnownOffice, KnownOutlet, KnownPerson, Reference

INDEX = Reference(outlets=(KnownOutlet("kyodo", "Kyodo News"),)).index


def unknown(body: str, **more) -> list[str]:
    return find_unknown_names(body, [], INDEX, **more)


@pytest.mark.parametrize(
    "body",
    [
        "Kenji Watanabe attended the event.",
        "Kenji Watanabe's view of the plan.",
        "Watanabe said so. Later Kenji Watanabe attended.",  # the surname spoke before
        "The plan, they said, came before Kenji Watanabe arrived.",
    ],
)
def test_a_capitalised_run_without_a_sign_of_a_person_is_no_name(body):
    assert unknown(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Professor Kenji Watanabe attended.",  # a title in front
        "Former Ambassador Kenji Watanabe attended.",
        "The plan, said Kenji Watanabe of the institute.",
        "The plan works, according to Kenji Watanabe of the institute.",
        "His counterpart Kenji Watanabe attended.",
        "Kenji Watanabe, who teaches law, attended.",
        "Kenji Watanabe, a professor, spoke.",
        "Kenji Watanabe, the professor, spoke.",
        "Kenji Watanabe, Tanaka's aide, spoke.",
        "Kenji Watanabe said the plan works.",
        "Kenji Watanabe told reporters.",
        "Kenji Watanabe added more.",
        "Kenji Watanabe explained the plan.",
        "Kenji Watanabe wrote that.",
        "Kenji Watanabe attended. The plan works, Watanabe said.",  # the surname speaks later
    ],
)
def test_a_sign_of_a_person_makes_a_capitalised_run_a_name(body):
    assert unknown(body) == ["Kenji Watanabe"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenji Taro Watanabe said it.", ["Kenji Taro Watanabe"]),  # three words
        ("Kenji Taro Jiro Watanabe said it.", []),  # four: no name
        ("President Watanabe said it.", []),  # one word once the title is off
        ("Tokyo Station said it.", []),  # a place
        ("Kyodo Bureau said it.", []),  # an outlet's word
        ("Kenji Watanabe said it. Kenji Watanabe left.", ["Kenji Watanabe"]),  # once
        (
            "Ken Mori said it, and Kenji Watanabe told reporters.",
            ["Ken Mori", "Kenji Watanabe"],  # in order of appearance
        ),
    ],
)
def test_two_or_three_words_none_a_place_or_an_outlets(body, expected):
    assert unknown(body) == expected


def test_an_excluded_name_is_not_offered_whatever_its_case():
    assert unknown("Professor Kenji Watanabe spoke.", exclude=["KENJI WATANABE"]) == []
    assert unknown("Professor Kenji Watanabe spoke.", exclude=["Ken Mori"]) == ["Kenji Watanabe"]


# Matching known people (find_people): the edit distance behind the one-letter-off rule,
# misspellings, bare surnames, and surnames in capitals or in CJK script.


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("", "ab", 2),
        ("ab", "", 2),
        ("ab", "ba", 1),  # a swap of neighbours is one edit
        ("abcd", "badc", 2),
        ("kitten", "sitting", 3),
        ("Russel", "Russell", 1),
        ("Russell", "Rusel", 2),
        ("Blinken", "Blinkne", 1),
        ("Kishida", "Kihsdia", 2),
    ],
)
def test_damerau_levenshtein_counts_every_edit_within_the_limit(a, b, distance):
    assert damerau_levenshtein(a, b, limit=5) == distance


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("abcd", "wxyz"),  # four substitutions
        ("a", "abcdef"),  # five letters more
        ("Kishida", "Hamada"),
    ],
)
def test_damerau_levenshtein_stops_one_past_its_limit(a, b):
    assert damerau_levenshtein(a, b) == 3  # the default limit is 2
    assert damerau_levenshtein(a, b, limit=1) == 2


def _people(*people: KnownPerson) -> Reference:
    return Reference(people=people)


def mentioned(body: str, reference: Reference) -> list[tuple[str, str]]:
    mentions, _ = find_people(body, reference.index)
    return [(m.slug, m.form) for m in mentions]


SATO = _people(KnownPerson("kenji-sato", "Kenji Sato"), KnownPerson("ken-ito", "Ken Ito"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenji Sado spoke.", [("kenji-sato", "Kenji Sado")]),  # ten characters: enough
        ("Ken Itoh spoke.", []),  # eight: too short to tell a misspelling from another name
        # a short run, or the right spelling, earlier in the text changes nothing
        ("Tokyo Bay. Kenji Sado spoke.", [("kenji-sato", "Kenji Sado")]),
        (
            "Kenji Sato spoke, then Kenji Sado.",
            [("kenji-sato", "Kenji Sato"), ("kenji-sato", "Kenji Sado")],
        ),
    ],
)
def test_a_full_name_one_letter_off_is_read_from_ten_characters(body, expected):
    assert mentioned(body, SATO) == expected


KONO = _people(KnownPerson("yohei-kono", "Yohei Kono"), KnownPerson("taro-kono", "Taro Kono"))


@pytest.mark.parametrize(
    ("body", "who"),
    [
        ("Yohei Kono arrived. Taro Kono arrived. Kono said so.", "taro-kono"),
        ("Taro Kono arrived. Yohei Kono arrived. Kono said so.", "yohei-kono"),
    ],
)
def test_a_surname_two_people_share_is_the_one_named_last(body, who):
    assert mentioned(body, KONO)[-1] == (who, "Kono")


def test_a_surname_after_the_full_name_named_twice(ref):
    body = "Antony Blinken arrived. Antony Blinken spoke. Blinken left."
    assert [form for _, form in mentioned(body, ref)] == [
        "Antony Blinken",
        "Antony Blinken",
        "Blinken",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare surname that is not a mention does not end the search
        (
            "Under the Biden Administration, Secretary of State Blinken arrived.",
            [("antony-blinken", "Blinken")],
        ),
        # a surname accepted after a title lets a later bare one count
        (
            "Secretary of Defense Austin arrived. Austin said so.",
            [("lloyd-austin", "Austin"), ("lloyd-austin", "Austin")],
        ),
        # capitals that are no one's surname do not end the search
        (
            "NATO allies met in Tokyo. Prime Minister KISHIDA said so.",
            [("fumio-kishida", "KISHIDA")],
        ),
    ],
)
def test_every_surname_in_the_text_is_read(ref, body, expected):
    assert mentioned(body, ref) == expected


OBAMA = _people(KnownPerson("barack-obama", "Barack Obama", aliases=("バラク・オバマ", "オバマ")))


@pytest.mark.parametrize(
    ("body", "forms"),
    [
        # a three-character Western surname alone, once the full name has appeared
        ("バラク・オバマ氏は広島を訪れた。オバマは演説した。", ["バラク・オバマ", "オバマ"]),
        # between two mentions of the full name: the first one counts
        (
            "バラク・オバマは広島を訪れた。オバマは演説した。バラク・オバマは帰国した。",
            ["バラク・オバマ", "オバマ", "バラク・オバマ"],
        ),
        # once named with a title, the surname alone counts too
        ("オバマ大統領は広島を訪れた。オバマは演説した。", ["オバマ大統領", "オバマ"]),
        # a title before it, at the very start of the text
        ("大統領オバマは広島を訪れた。", ["オバマ"]),
        ("オバマは広島を訪れた。", []),
    ],
)
def test_a_western_surname_in_cjk_script(body, forms):
    assert [form for _, form in mentioned(body, OBAMA)] == forms


# Printed titles checked against the reference (check_titles): what the warning says.


def test_a_wrong_title_is_warned_with_the_office_held_that_day(ref):
    body = "Antony Blinken arrived. Foreign Minister Antony Blinken said so."
    mentions, _ = find_people(body, ref.index)
    assert check_titles(body, mentions, ref.index, date(2023, 1, 11)) == [
        "Antony Blinken is printed as “Foreign Minister” but held “Secretary of State” "
        "on 2023-01-11 according to the reference"
    ]


def test_a_title_printed_after_the_term_ended_is_warned_as_no_office(ref):
    body = "Defense Minister Nobuo Kishi said so. Defense Minister Nobuo Kishi left."
    mentions, _ = find_people(body, ref.index)
    assert check_titles(body, mentions, ref.index, date(2023, 1, 11)) == [
        "Nobuo Kishi is printed as “Defense Minister” but held no office "
        "on 2023-01-11 according to the reference"
    ]  # once, however often printed


ENVOYS = _people(
    KnownPerson(
        "jane-roe",
        "Jane Roe",
        "United States",
        offices=(
            KnownOffice("Special Envoy for Climate", "other", "United States", date(2020, 1, 1)),
            KnownOffice("Special Envoy for Oceans", "other", "United States", date(2020, 1, 1)),
        ),
    ),
    KnownPerson(
        "john-poe",
        "John Poe",
        "United States",
        offices=(KnownOffice("Senior Adviser", "other", "United States", date(2021, 1, 1)),),
    ),
)


def test_every_office_of_no_single_holder_held_that_day_is_named():
    # Another's "other" office starting later does not end hers: such posts have many holders.
    body = "Foreign Minister Jane Roe said so."
    mentions, _ = find_people(body, ENVOYS.index)
    assert check_titles(body, mentions, ENVOYS.index, date(2022, 1, 7)) == [
        "Jane Roe is printed as “Foreign Minister” but held “Special Envoy for Climate” and "
        "“Special Envoy for Oceans” on 2022-01-07 according to the reference"
    ]


# Who the report is about (in_the_news).


def test_a_spokesperson_is_judged_by_the_office_held_on_the_reports_date():
    reference = _people(
        KnownPerson(
            "jane-doe",
            "Jane Doe",
            "Japan",
            offices=(
                KnownOffice(
                    "Chief Cabinet Secretary", "other", "Japan", date(2019, 1, 1), date(2020, 9, 1)
                ),
                KnownOffice(
                    "Prime Minister", "head_of_government", "Japan", date(2020, 9, 1), None
                ),
            ),
        )
    )
    body = "Jane Doe said the talks went well."
    mentions, _ = find_people(body, reference.index)
    as_spokesperson = in_the_news(body, mentions, [], reference.index, date(2019, 6, 1))
    as_prime_minister = in_the_news(body, mentions, [], reference.index, date(2021, 6, 1))
    assert [m.slug for m in as_spokesperson] == []
    assert [m.slug for m in as_prime_minister] == ["jane-doe"]


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # far into the text ("by" read before the printed title, wherever it is)
        (
            "Antony Blinken, speaking to reporters at the State Department on Friday "
            "afternoon, praised the recent visit by Prime Minister Fumio Kishida.",
            {"antony-blinken"},
        ),
        # the sender of a message, at the very start of the text
        (
            "Message from President Joe Biden to Prime Minister Fumio Kishida.",
            {"fumio-kishida"},
        ),
    ],
)
def test_a_person_named_in_passing_anywhere_in_the_text(ref, body, kept):
    mentions, _ = find_people(body, ref.index)
    assert {m.slug for m in in_the_news(body, mentions, [], ref.index, None)} == kept


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dr. Kenji Watanabe attended.", ["Kenji Watanabe"]),  # a title at the very start
        (
            "Kenji Taro Watanabe attended. The plan works, Watanabe said.",
            ["Kenji Taro Watanabe"],  # the last of three words speaks later
        ),
    ],
)
def test_more_signs_of_a_person(body, expected):
    assert unknown(body) == expected


def test_a_surname_in_capitals_is_located_in_the_text(ref):
    body = "Prime Minister KISHIDA said so."
    mentions, _ = find_people(body, ref.index)
    assert [(m.start, m.end) for m in mentions] == [(15, 22)]


def test_a_former_title_at_the_very_start_of_the_text(ref):
    body = "Former Prime Minister Scott Morrison met Joe Biden."
    mentions, _ = find_people(body, ref.index)
    assert {m.slug for m in in_the_news(body, mentions, [], ref.index, None)} == {"joe-biden"}


def test_a_cjk_surname_after_a_title_its_person_never_held_leaves_the_later_ones_read():
    # "前总统克林顿" is not Hillary Clinton (never president); "国务卿克林顿" after it is.
    clinton = KnownPerson(
        "hillary-rodham-clinton",
        "Hillary Rodham Clinton",
        "United States",
        ("希拉里·克林顿", "克林顿"),
        (KnownOffice("Secretary of State", "foreign", "United States", None, date(2013, 2, 1)),),
    )
    index = Reference(people=(clinton,)).index
    mentions, _ = find_people("前总统克林顿也出席了。国务卿克林顿说。", index)
    assert [(m.slug, m.form) for m in mentions] == [("hillary-rodham-clinton", "克林顿")]
