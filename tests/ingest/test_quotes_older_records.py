"""Transcripts and readouts as the governments printed them in 2001-2009 (issue 11): the
George W. Bush White House's "(As translated.)" and its "Q Mr. President" with one
space, the Department of Defense's 2001 labels of a surname alone ("Rumsfeld:"), the
Defense Agency's head as a press conference's host ("防衛庁長官記者会見"), an empty
announcements section ("なし。"), the Foreign Ministry's spokesman as a role
("（報道官）"), and in the older Japanese readouts, an unknown titled name marked by より
or から ("…長官より、「…」旨述べた") and a sentence with no subject after one opening with
a titled topic: not the last speaker's words. Invented texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import KnownOffice, KnownPerson, Reference
from archive.ingest.transcript_hosts import press_conference_host
from archive.ingest.transcripts import find_turns, read_turns
from tests.ingest.reference_data import dated_reference

D = date.fromisoformat
AGENCY = "Director General of the Defense Agency"
# name, country, aliases, (office, post, start, end)
PEOPLE = (
    ("George W. Bush", "United States", (), ("President", "head_of_state", "2001-01-20", None)),
    (
        "Junichiro Koizumi",
        "Japan",
        ("小泉純一郎",),
        ("Prime Minister", "head_of_government", "2001-04-26", "2006-09-26"),
    ),
    (
        "Donald Rumsfeld",
        "United States",
        ("ラムズフェルド",),
        ("Secretary of Defense", "defense", "2001-01-20", "2006-12-18"),
    ),
    ("Gen Nakatani", "Japan", ("中谷元",), (AGENCY, "defense", "2001-04-26", "2002-09-30")),
    ("Shigeru Ishiba", "Japan", ("石破茂",), (AGENCY, "defense", "2002-09-30", "2004-09-27")),
    ("Yoshinori Ohno", "Japan", ("大野功統",), (AGENCY, "defense", "2004-09-27", "2005-10-31")),
    ("Fukushiro Nukaga", "Japan", ("額賀福志郎",), (AGENCY, "defense", "2005-10-31", None)),
    (
        "Nobutaka Machimura",
        "Japan",
        ("町村信孝",),
        ("Minister for Foreign Affairs", "foreign", "2004-09-27", "2005-10-31"),
    ),
    (
        "Condoleezza Rice",
        "United States",
        ("ライス",),
        ("Secretary of State", "foreign", "2005-01-26", "2009-01-20"),
    ),
)


@pytest.fixture(scope="module")
def ref():
    """A reference of the people of 2001-2006 these texts name (the seed's holds few)."""
    return dated_reference(PEOPLE)


def turns(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_turns(body, ref.index, mentions)]


def quotes(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=ref.index)]


@pytest.mark.parametrize(
    "note",
    [
        "(As translated.)",
        "(As translated)",
        "(Through translation)",
        "(Speaking through an interpreter)",
    ],
)
def test_an_interpreters_note_of_the_older_white_house_is_not_the_words(ref, note):
    body = (
        "PRESIDENT BUSH: Welcome, Mr. Prime Minister. We had a good talk.\n\n"
        f"PRIME MINISTER KOIZUMI: {note} Thank you very much. I came to express my support."
    )
    assert turns(body, ref) == [
        ("george-w-bush", "Welcome, Mr. Prime Minister."),
        ("junichiro-koizumi", "Thank you very much."),
    ]


def test_a_translated_label_in_capitals_is_a_turn(ref):
    body = (
        "PRESIDENT BUSH: Welcome. We had a good talk.\n\n"
        "PRIME MINISTER KOIZUMI (AS TRANSLATED): Thank you. It was a good talk."
    )
    assert turns(body, ref)[1] == ("junichiro-koizumi", "Thank you.")


def test_a_question_after_q_and_one_space_is_nobodys_turn(ref):
    body = (
        "PRESIDENT BUSH: Thank you all. Please be seated.\n\n"
        "Q Mr. President, are you confident that Japan will help?\n\n"
        "PRESIDENT BUSH: I am confident. He is a strong ally."
    )
    assert turns(body, ref) == [
        ("george-w-bush", "Thank you all."),
        (None, "Mr. President, are you confident that Japan will help?"),
        ("george-w-bush", "I am confident."),
    ]


def test_q_and_a_lower_case_word_opens_no_question(ref):
    body = (
        "PRESIDENT BUSH: Thank you all. Please be seated.\n\n"
        "Q and A sessions followed the talks. They ran long."
    )
    assert (None, "and A sessions followed the talks.") not in turns(body, ref)


def test_a_known_surname_alone_in_mixed_case_labels_a_turn(ref):
    body = (
        "Rumsfeld: Good afternoon. It is a pleasure to welcome the Minister.\n\n"
        "Nakatani: (Through interpreter) Thank you very much. Japan will support you.\n\n"
        "Q: Mr. Secretary, what did you discuss?\n\n"
        "Rumsfeld: We discussed a range of things. Japan has been helpful."
    )
    assert turns(body, ref) == [
        ("donald-rumsfeld", "Good afternoon."),
        ("gen-nakatani", "Thank you very much."),
        (None, "Mr. Secretary, what did you discuss?"),
        ("donald-rumsfeld", "We discussed a range of things."),
    ]


def test_a_capitalised_word_that_is_no_known_surname_labels_no_turn(ref):
    body = (
        "Tokyo: The talks went well. Both sides agreed.\n\n"
        "Washington: The officials met again. Nothing was announced."
    )
    assert turns(body, ref) == []


@pytest.mark.parametrize(
    "title, on, slug",
    [
        ("防衛庁長官記者会見概要", date(2003, 1, 17), "shigeru-ishiba"),
        ("防衛庁長官会見", date(2005, 3, 1), "yoshinori-ohno"),
        (
            "Press Conference by the Director General of the Defense Agency",
            date(2006, 1, 20),
            "fukushiro-nukaga",
        ),
        (
            "Press Conference by the Minister of State for Defense",
            date(2001, 12, 3),
            "gen-nakatani",
        ),
    ],
)
def test_the_defense_agencys_head_hosts_its_press_conference(ref, title, on, slug):
    host = press_conference_host(title, on, ref.index)
    assert host is not None and host.slug == slug


def test_an_empty_announcements_section_gives_no_turn(ref):
    body = (
        "1　発表事項\n\nなし。\n\n2　質疑応答\n\n"
        "Ｑ：訪米の成果についてお聞かせください。\n\n"
        "Ａ：率直な意見交換を行いました。大変有意義でした。"
    )
    mentions, _ = find_people(body, ref.index)
    found = [
        (hit.speaker_slug, hit.text)
        for hit, _ in read_turns(
            body, ref.index, mentions, joint=("防衛庁長官記者会見概要", date(2003, 1, 17))
        )
    ]
    assert found == [
        (None, "訪米の成果についてお聞かせください。"),
        ("shigeru-ishiba", "率直な意見交換を行いました。"),
    ]


@pytest.mark.parametrize("spokesman", ["（報道官）", "【報道官】", "（外務報道官）"])
def test_the_spokesmans_turns_are_nobodys_and_the_questions_are_read(ref, spokesman):
    body = (
        f"{spokesman}本日は一点申し上げます。会談が行われました。\n\n"
        "（問）会談の内容について教えてください。\n\n"
        f"{spokesman}北朝鮮問題について意見交換が行われました。"
    )
    assert turns(body, ref) == [
        (None, "本日は一点申し上げます。"),
        (None, "会談の内容について教えてください。"),
        (None, "北朝鮮問題について意見交換が行われました。"),
    ]


OPENING = "町村信孝外務大臣は、ライス国務長官と会談を行った。\n\n"


@pytest.mark.parametrize("marked", ["より、", "より", "から、", "よりは、"])
def test_an_unknown_titled_name_marked_by_yori_is_not_the_last_speakers(ref, marked):
    body = (
        OPENING + "町村大臣は、「日米同盟は地域の礎である」と述べた。"
        f"これを受け、ジョーンズ長官{marked}「米国は日本を支持する」との発言があった。"
    )
    assert quotes(body, ref)[1] == (None, "米国は日本を支持する")


def test_a_sentence_without_subject_goes_on_with_the_topic_opening_the_one_before(ref):
    body = (
        OPENING + "町村大臣は、「日米同盟は地域の礎である」と述べた。"
        "ジョーンズ長官は、北朝鮮問題に言及した。「六者会合の再開が必要だ」と述べた。"
    )
    assert quotes(body, ref)[1] == (None, "六者会合の再開が必要だ")


def test_a_sentence_without_subject_after_the_same_speakers_topic_stays_his(ref):
    body = (
        OPENING + "ライス長官は「北朝鮮の核は容認できない」と述べた。"
        "町村大臣は、北朝鮮問題に言及した。「六者会合の再開が必要だ」と述べた。"
    )
    assert quotes(body, ref)[-1] == ("nobutaka-machimura", "六者会合の再開が必要だ")


@pytest.mark.parametrize("marked", ["より", "から", "よりは"])
def test_the_one_marked_by_yori_before_the_one_spoken_to_says_it(ref, marked):
    body = OPENING + f"町村大臣{marked}、ライス長官に対し、「日米同盟は地域の礎である」旨述べた。"
    assert quotes(body, ref) == [("nobutaka-machimura", "日米同盟は地域の礎である")]


def test_two_marked_by_yori_before_the_quote_leave_it_unattributed(ref):
    body = OPENING + (
        "町村大臣より、ライス長官より、それぞれ、「日米同盟は地域の礎である」旨述べた。"
    )
    assert quotes(body, ref)[0][0] != "nobutaka-machimura"


def test_a_surname_with_its_prefix_in_lower_case_labels_its_bearers_turn():
    spokesman = KnownOffice("Spokesman", "other", "United States", D("2005-06-01"), None)
    index = Reference(
        people=(KnownPerson("sean-mccormack", "Sean McCormack", "United States", (), (spokesman,)),)
    ).index
    body = (
        "MR. McCORMACK: Good afternoon, everybody. I have one announcement.\n\n"
        "QUESTION: Sean, on Japan?\n\n"
        "MR. McCORMACK: The Secretary spoke with the Foreign Minister. That is all."
    )
    mentions, _ = find_people(body, index)
    assert [(hit.speaker_slug, hit.text) for hit in find_turns(body, index, mentions)] == [
        ("sean-mccormack", "Good afternoon, everybody."),
        (None, "Sean, on Japan?"),
        ("sean-mccormack", "The Secretary spoke with the Foreign Minister."),
    ]
