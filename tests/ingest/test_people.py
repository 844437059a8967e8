"""find_people, check_titles, find_unknown_names."""

import dataclasses
from datetime import date

import pytest

from archive.ingest.people import (
    check_titles,
    classify_title,
    damerau_levenshtein,
    find_people,
    find_unknown_names,
    summarise,
)
from archive.ingest.reference import Reference
from tests.ingest.reference_data import seed_bytes


def slugs(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(m.slug, m.form) for m in mentions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Anthony Blinken spoke.", [("antony-blinken", "Anthony Blinken")]),
        ("Hayashi Yoshimasa met him.", [("yoshimasa-hayashi", "Hayashi Yoshimasa")]),
        ("林芳正外相は述べた。", [("yoshimasa-hayashi", "林芳正")]),
        (
            "Fumio Kishida and Nobuo Kishi met.",
            [("fumio-kishida", "Fumio Kishida"), ("nobuo-kishi", "Nobuo Kishi")],
        ),
        (
            "Antony Blinken arrived. Blinken said so.",
            [("antony-blinken", "Antony Blinken"), ("antony-blinken", "Blinken")],
        ),
        ("Secretary of State Blinken arrived.", [("antony-blinken", "Blinken")]),
        (
            "Blinken said so, before Antony Blinken was named.",
            [("antony-blinken", "Antony Blinken")],
        ),
        ("It was under the Biden Administration.", []),
        ("Blinkens and Kishidas are not names.", []),
    ],
    ids=[
        "misspelling-alias",
        "surname-first",
        "japanese-script",
        "kishi-not-kishida",
        "surname-after-full-name",
        "surname-after-title",
        "surname-before-full-name",
        "bare-surname",
        "no-partial-words",
    ],
)
def test_find_people(ref, body, expected):
    assert slugs(body, ref) == expected


def test_one_letter_misspelling_is_read_with_a_warning(ref):
    mentions, warnings = find_people("said Daniel Russell, who served under Obama.", ref.index)
    assert [(m.slug, m.form) for m in mentions] == [("daniel-russel", "Daniel Russell")]
    assert warnings == ["'Daniel Russell' read as Daniel Russel (one letter apart)"]


def test_two_letters_off_or_other_initials_is_not_a_match(ref):
    assert slugs("Daniel Rassall spoke. Manuel Russel spoke.", ref) == []


def test_summarise_counts_and_forms(ref):
    mentions, _ = find_people("Anthony Blinken spoke. Blinken left. Blinken", ref.index)
    [summary] = summarise(mentions)
    assert (summary.slug, summary.count, summary.forms) == (
        "antony-blinken",
        3,
        ["Anthony Blinken", "Blinken"],
    )


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Secretary of State", ("foreign", "secretary")),
        ("Foreign Minister", ("foreign", "minister")),
        ("Minister for Foreign Affairs", ("foreign", "minister")),
        ("Acting Secretary of Defense", ("defense", "secretary")),
        ("Defence Minister", ("defense", "minister")),
        ("Prime Minister", ("head_of_government", "prime minister")),
        ("Secretary", (None, "secretary")),
        ("Ambassador", None),
    ],
)
def test_classify_title(title, kind):
    assert classify_title(title) == kind


@pytest.mark.parametrize(
    ("body", "on", "warned"),
    [
        ("Foreign Minister Antony Blinken said so.", date(2023, 1, 11), True),
        ("US Secretary of State Antony Blinken said so.", date(2023, 1, 11), False),
        ("Secretary Lloyd Austin said so.", date(2022, 1, 7), False),
        ("Defense Minister Nobuo Kishi said so.", date(2023, 1, 11), True),  # Hamada by then
        ("Defense Minister Nobuo Kishi said so.", date(2022, 1, 7), False),
        ("Prime Minister Fumio Kishida said so.", date(2022, 1, 7), False),
        ("Foreign Minister Fumio Kishida said so.", date(2022, 1, 7), True),  # PM by then
        ("Former Foreign Minister Fumio Kishida said so.", date(2022, 1, 7), False),
        ("Foreign Minister Antony Blinken said so.", None, False),  # no date, no check
        ("Analyst Jeffrey Hornung said so.", date(2022, 1, 7), False),  # no offices known
        # An open term ends when a successor's starts: Hayashi held the post by 2022.
        ("Foreign Minister Toshimitsu Motegi said so.", date(2022, 1, 7), True),
        ("Foreign Minister Toshimitsu Motegi said so.", date(2021, 3, 16), False),
    ],
)
def test_check_titles(ref, body, on, warned):
    mentions, _ = find_people(body, ref.index)
    assert bool(check_titles(body, mentions, ref.index, on)) is warned


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("Anthony", "Antony", 1),
        ("Russell", "Russel", 1),
        ("Blinken", "Bilnken", 1),
        ("abc", "xyz", 2),
    ],
)
def test_damerau_levenshtein(a, b, distance):
    assert min(damerau_levenshtein(a, b), 2) == distance


def _without(ref, *slugs_to_drop):
    people = tuple(p for p in ref.people if p.slug not in slugs_to_drop)
    return dataclasses.replace(ref, people=people) if people else Reference()


UNKNOWN = ("joe-biden", "rishi-sunak", "scott-morrison", "daniel-russel", "jeffrey-hornung")


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("000", ["Scott Morrison"]),
        ("001", []),
        ("002", []),
        ("003", ["Joe Biden", "Rishi Sunak"]),
        ("004", ["Daniel Russell", "Jeffrey Hornung"]),
    ],
)
def test_unknown_names_are_offered_precisely(ref, number, expected):
    """With the non-ministers taken out of the reference, exactly they come back as new
    names: no "United States", "Hong Kong", "Thomson Reuters" or credited reporters."""
    from archive.ingest.pipeline import parse_report

    smaller = _without(ref, *UNKNOWN)
    report = parse_report(seed_bytes(number), reference=smaller)
    assert report.unknown_names == expected


@pytest.mark.parametrize(
    "body",
    [
        "The United States and Hong Kong said nothing.",
        "Our standards: Thomson Reuters Trust Principles said.",
        "According to the Asia Society Policy Institute, talks went well.",
        "Security Consultative Committee members said so.",
        "While Japan said so, North Korea fired.",
    ],
)
def test_places_and_institutions_are_not_people(ref, body):
    assert find_unknown_names(body, [], ref.index) == []


def test_credited_names_are_excluded(ref):
    body = "said Jane Doe, who reported it."
    assert find_unknown_names(body, [], ref.index) == ["Jane Doe"]
    assert find_unknown_names(body, [], ref.index, exclude=["Jane Doe"]) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a surname after a title in Spanish, Indonesian and Italian
        ("El presidente Biden recibió a su invitado.", [("joe-biden", "Biden")]),
        ("El primer ministro japonés Kishida llegó.", [("fumio-kishida", "Kishida")]),
        ("Presiden AS Biden menyambut tamunya.", [("joe-biden", "Biden")]),
        ("Menteri Luar Negeri Hayashi tiba di Washington.", [("yoshimasa-hayashi", "Hayashi")]),
        ("Il ministro degli Esteri Hayashi è arrivato.", [("yoshimasa-hayashi", "Hayashi")]),
        # no title: a bare surname is not enough
        ("La administración Biden respondió.", []),
    ],
)
def test_a_surname_after_a_title_in_other_languages(ref, body, expected):
    assert slugs(body, ref) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Prime Minister KISHIDA met the President. KISHIDA said the talks went well.",
            [("fumio-kishida", "KISHIDA"), ("fumio-kishida", "KISHIDA")],
        ),
        ("Foreign Minister HAYASHI arrived.", [("yoshimasa-hayashi", "HAYASHI")]),
        # capitals without a title in ordinary case: a heading or a transcript label
        ("KISHIDA VISITS WASHINGTON", []),
        ("SECRETARY BLINKEN: Thank you.", []),
    ],
)
def test_a_surname_in_capitals_after_a_title(ref, body, expected):
    assert slugs(body, ref) == expected


def _press_secretary_reference():
    from archive.ingest.reference import KnownOffice, KnownPerson

    return Reference(
        people=(
            KnownPerson(
                "jane-doe",
                "Jane Doe",
                "United States",
                offices=(KnownOffice("White House Press Secretary", "other", "United States"),),
            ),
            KnownPerson(
                "joe-biden",
                "Joe Biden",
                "United States",
                offices=(KnownOffice("President", "head_of_state", "United States"),),
            ),
        )
    )


def test_a_spokesperson_relaying_a_statement_is_not_in_the_news():
    from archive.ingest.people import in_the_news

    reference = _press_secretary_reference()
    body = "Press Secretary Jane Doe said Joe Biden would travel to Tokyo."
    mentions, _ = find_people(body, reference.index)
    kept = in_the_news(body, mentions, [], reference.index, date(2022, 1, 7))
    assert [m.slug for m in kept] == ["joe-biden"]


def test_people_named_only_inside_quoted_words_are_not_in_the_news(ref):
    from archive.ingest.people import in_the_news
    from archive.ingest.quotes import find_quotes

    body = (
        "Yoshimasa Hayashi met his guest. “It is, as Antony Blinken put it, a turning point "
        "for all of us in the region,” Hayashi said.\n\n"
        "SECRETARY AUSTIN: Thank you, Minister Hayashi.\n\n"
        "MINISTER HAMADA: Thank you. Let me thank Joe Biden for his support."
    )
    mentions, _ = find_people(body, ref.index)
    hits = find_quotes(body, mentions, index=ref.index)
    kept = in_the_news(body, mentions, hits, ref.index, None)
    # Blinken is named only inside Hayashi's words; words of a transcript's turn count
    assert {m.slug for m in kept} == {"yoshimasa-hayashi", "joe-biden"}
    assert "antony-blinken" in {m.slug for m in mentions}


@pytest.mark.parametrize(
    ("body", "passing"),
    [
        (
            "Antony Blinken praised the recent visit by Prime Minister Fumio Kishida.",
            "fumio-kishida",
        ),
        ("Antony Blinken met his guest, ahead of President Joe Biden's trip.", "joe-biden"),
        ("Yoshimasa Hayashi was welcomed by Secretary of State Antony Blinken.", None),
        ("The government of Prime Minister Fumio Kishida approved the budget.", None),
        ("林外務大臣は、バイデン大統領の訪日について説明した。", "joe-biden"),
        ("林芳正外务大臣介绍了拜登总统的访问。", "joe-biden"),
        ("하야시 외무상은 바이든 대통령의 방일에 대해 설명했다.", "joe-biden"),
        # "of" inside a title is no genitive
        ("Antony Blinken met Secretary of Defense Lloyd Austin.", None),
    ],
)
def test_a_person_named_only_in_the_genitive_is_named_in_passing(ref, body, passing):
    from archive.ingest.people import in_the_news

    mentions, _ = find_people(body, ref.index)
    named = {m.slug for m in mentions}
    kept = {m.slug for m in in_the_news(body, mentions, [], ref.index, None)}
    assert named - kept == ({passing} if passing else set())


def test_a_speaker_named_in_the_genitive_is_in_the_news(ref):
    from archive.ingest.people import in_the_news
    from archive.ingest.quotes import find_quotes

    body = (
        "[Opening Statement by Prime Minister Fumio Kishida]\n\n"
        "Thank you all for coming. We met for three hours today."
    )
    mentions, _ = find_people(body, ref.index)
    hits = find_quotes(body, mentions, index=ref.index)
    assert [hit.speaker_slug for hit in hits] == ["fumio-kishida"]
    assert in_the_news(body, mentions, [], ref.index, None) == []
    assert [m.slug for m in in_the_news(body, mentions, hits, ref.index, None)] == ["fumio-kishida"]


@pytest.mark.parametrize(
    ("body", "former"),
    [
        (
            "Joe Biden met Fumio Kishida, as former Prime Minister Scott Morrison watched.",
            "scott-morrison",
        ),
        (
            "Joe Biden bertemu Fumio Kishida; mantan perdana menteri Scott Morrison mengkritiknya.",
            "scott-morrison",
        ),
        (
            "Joe Biden recibió a Fumio Kishida y el ex primer ministro Scott Morrison lo criticó.",
            "scott-morrison",
        ),
        # a current title, or "then-", is no former one
        ("Joe Biden met Fumio Kishida and Prime Minister Scott Morrison.", None),
        ("Joe Biden met then-Prime Minister Fumio Kishida and Scott Morrison.", None),
    ],
)
def test_a_person_printed_with_a_former_title_is_not_in_the_news(ref, body, former):
    from archive.ingest.people import in_the_news

    mentions, _ = find_people(body, ref.index)
    kept = {m.slug for m in in_the_news(body, mentions, [], ref.index, None)}
    assert {m.slug for m in mentions} - kept == ({former} if former else set())


@pytest.mark.parametrize(
    "body",
    [
        "Yoshimasa Hayashi thanked him for the congratulatory message from President Joe Biden.",
        "林外務大臣から、バイデン大統領から寄せられた御祝いの声明に謝意を述べました。",
        "하야시 외무상은 바이든 대통령이 보낸 축하 메시지에 감사를 표했다.",
        "林芳正外务大臣对拜登总统发来的贺电表示感谢。",
    ],
)
def test_the_sender_of_a_message_is_named_in_passing(ref, body):
    from archive.ingest.people import in_the_news

    mentions, _ = find_people(body, ref.index)
    kept = {m.slug for m in in_the_news(body, mentions, [], ref.index, None)}
    assert {m.slug for m in mentions} - kept == {"joe-biden"}
    assert kept == {"yoshimasa-hayashi"}


def test_a_person_named_in_the_genitive_acts_when_their_title_is_a_subject(ref):
    from archive.ingest.people import in_the_news

    body = "岸田総理の訪米について。総理は、バイデン大統領と会談しました。"
    mentions, _ = find_people(body, ref.index)
    kept = {m.slug for m in in_the_news(body, mentions, [], ref.index, None)}
    assert kept == {"fumio-kishida", "joe-biden"}
    body = "岸田総理の訪米について。バイデン大統領は歓迎しました。"
    mentions, _ = find_people(body, ref.index)
    assert {m.slug for m in in_the_news(body, mentions, [], ref.index, None)} == {"joe-biden"}
