"""People named only in passing are not the report's subjects (archive/ingest/passing.py):
a later leg of a trip with no one from the other ally, an entourage, another meeting the
subject talks about, a name in a transcript speaker's words. Invented reports in English,
Indonesian, Japanese, Korean and Chinese."""

from datetime import date

import pytest

from archive.ingest.passing import LEAD_CHARS, lead_end
from archive.ingest.people import find_people, in_the_news
from archive.ingest.quotes import find_quotes_and_roles

ON = date(2022, 1, 21)
# A lead paragraph long enough that what follows is outside it.
FILLER = "The two sides discussed the regional security situation at length. " * 5


def subjects(body, ref, on=ON):
    mentions, _ = find_people(body, ref.index)
    quotes, roles = find_quotes_and_roles(body, mentions, index=ref.index, on=on)
    return {m.slug for m in in_the_news(body, [*mentions, *roles], quotes, ref.index, on)}


def test_the_lead_is_the_first_paragraph_and_at_least_its_first_characters():
    assert lead_end("Short.\n\nNext.") == LEAD_CHARS
    assert lead_end("x" * 400 + "\n\nNext.") == 400
    assert lead_end("x" * 50) == LEAD_CHARS


@pytest.mark.parametrize(
    "later",
    [
        "After Tokyo, Blinken will travel to Canberra to meet Prime Minister Scott Morrison.",
        "Setelah pertemuan di Jepang, Blinken akan menuju Canberra untuk melakukan pembicaraan"
        " dengan Perdana Menteri Australia Scott Morrison.",
    ],
)
def test_a_later_leg_of_the_trip_without_the_other_ally_is_in_passing(ref, later):
    body = f"Secretary Antony Blinken met Foreign Minister Yoshimasa Hayashi in Tokyo.\n\n{FILLER}"
    found = subjects(f"{body}\n\n{later}", ref)
    assert found == {"antony-blinken", "yoshimasa-hayashi"}


def test_a_later_meeting_with_both_allies_at_the_table_is_not_in_passing(ref):
    body = (
        f"Secretary Antony Blinken met Foreign Minister Yoshimasa Hayashi in Tokyo.\n\n{FILLER}"
        "\n\nBlinken and Hayashi will then hold a trilateral with Prime Minister Scott Morrison."
    )
    assert "scott-morrison" in subjects(body, ref)


def test_the_same_later_leg_in_the_lead_is_the_reports_subject(ref):
    body = "Blinken will travel to Canberra to meet Prime Minister Scott Morrison next week."
    assert subjects(f"Antony Blinken spoke in Tokyo. {body}", ref) == {
        "antony-blinken",
        "scott-morrison",
    }


@pytest.mark.parametrize(
    ("sentence", "passing"),
    [
        (
            "President Joe Biden, along with Secretary Antony Blinken, welcomed Prime Minister"
            " Fumio Kishida on the South Lawn.",
            True,
        ),
        (
            "조 바이든 대통령은 질 바이든 여사, 토니 블링컨 국무장관 등과 함께 기시다 총리를"
            " 맞이했습니다.",
            True,
        ),
        # Ministers together are the meeting's, not an entourage.
        (
            "Secretary Antony Blinken, along with Secretary of Defense Lloyd Austin, met"
            " Prime Minister Fumio Kishida.",
            False,
        ),
        # A companion of another country is a guest at the table, not an entourage.
        (
            "President Joe Biden, together with Prime Minister Scott Morrison, met Secretary"
            " Antony Blinken's staff.",
            False,
        ),
    ],
)
def test_a_member_of_a_same_country_entourage_is_in_passing(ref, sentence, passing):
    body = f"President Joe Biden met Prime Minister Fumio Kishida.\n\n{FILLER}\n\n{sentence}"
    other = "scott-morrison" if "Morrison" in sentence else "antony-blinken"
    other = "lloyd-austin" if "Austin" in sentence else other
    assert (other not in subjects(body, ref)) is passing


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Hayashi said he looked forward to the meeting between Prime Minister Scott"
        " Morrison and President Joe Biden.",
        "林外務大臣より、モリソン首相とバイデン大統領との会談を注目している旨の発言がありました。",
    ],
)
def test_another_meeting_the_subject_talks_about_is_in_passing(ref, sentence):
    body = f"Foreign Minister Yoshimasa Hayashi met reporters.\n\n{FILLER}\n\n{sentence}"
    found = subjects(body, ref)
    assert "yoshimasa-hayashi" in found
    assert "joe-biden" not in found


def test_a_meeting_between_two_people_with_no_one_else_named_first_is_theirs(ref):
    body = f"Reporters waited.\n\n{FILLER}\n\nFollowing a meeting between Biden and Kishida, …"
    body = body.replace("Reporters waited.", "President Joe Biden and Prime Minister Kishida.")
    assert {"joe-biden", "fumio-kishida"} <= subjects(body, ref)


def test_people_a_transcript_speaker_names_in_passing_are_not_subjects(ref):
    body = (
        "SECRETARY BLINKEN: Thank you. We came to Japan along with Secretary of Defense Lloyd"
        " Austin to show the value that President Joe Biden places on the alliance.\n\n"
        "QUESTION: Thank you.\n\n"
        "SECRETARY BLINKEN: I just concluded a discussion with Foreign Minister Yoshimasa"
        " Hayashi."
    )
    assert subjects(body, ref) == {"antony-blinken", "yoshimasa-hayashi"}


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        (
            "林外務大臣：ただいま、ブリンケン国務長官と電話会談を行いました。\n\n記者：ありがとうご"
            "ざいます。\n\n林外務大臣：バイデン大統領はこの同盟を重視しています。",
            "antony-blinken",
            "joe-biden",
        ),
        # The guests the speaker welcomes or stands beside are the meeting's.
        (
            "拜登总统：请各位就坐。\n\n今天能够与日本首相岸田文雄站在一起，我感到非常荣幸。\n\n"
            "记者：谢谢。\n\n拜登总统：奥斯汀国防部长也在华盛顿。",
            "fumio-kishida",
            "lloyd-austin",
        ),
        (
            "FOREIGN MINISTER HAYASHI: Good evening. I am delighted to welcome Secretary Antony"
            " Blinken to Tokyo.\n\nQUESTION: Thanks.\n\nFOREIGN MINISTER HAYASHI: President Joe"
            " Biden has been clear.",
            "antony-blinken",
            "joe-biden",
        ),
    ],
)
def test_a_transcript_speaker_who_met_or_welcomed_someone_keeps_them(ref, body, kept, dropped):
    found = subjects(body, ref, date(2022, 5, 1))
    assert kept in found
    assert dropped not in found


def test_a_leader_the_speaker_will_meet_is_kept(ref):
    body = (
        "SECRETARY BLINKEN: Thank you. Tomorrow I will meet Foreign Minister Yoshimasa Hayashi"
        " in Tokyo.\n\nQUESTION: Thank you.\n\nSECRETARY BLINKEN: Sure."
    )
    assert subjects(body, ref) == {"antony-blinken", "yoshimasa-hayashi"}


def test_an_anonymous_officials_words_name_the_reports_subjects(ref):
    body = (
        "MODERATOR: Welcome to the call.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: President Joe Biden and Prime Minister Fumio Kishida"
        " discussed the alliance at length.\n\nQUESTION: Thanks."
    )
    assert subjects(body, ref) == {"joe-biden", "fumio-kishida"}
