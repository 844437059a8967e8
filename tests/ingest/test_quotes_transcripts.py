"""Transcript turns in the shapes the Japanese ministries' English pages, defense.gov and
The American Presidency Project print them (issue 11). Invented pages."""

from datetime import date

from archive.ingest.people import find_people
from archive.ingest.transcripts import bare_title, read_turns


def turns(body, ref, title="", on=None):
    mentions, _ = find_people(body, ref.index)
    found = read_turns(body, ref.index, mentions, joint=(title, on))
    return [(hit.speaker_slug, hit.speaker_name, hit.text) for hit, _ in found]


MOD_QA = (
    "2.Questions and Answers\n\n"
    "Question:\n\nWhat did the two ministers agree upon? Please tell us.\n\n"
    "Minister:\n\nWe agreed to deepen our cooperation. It was a good meeting.\n\n"
    "Question:\n\nWill you meet again?\n\n"
    "Minister: Yes, next month. We will meet in Tokyo."
)


def test_a_label_alone_above_its_words_and_the_host_minister(ref):
    found = turns(MOD_QA, ref, "Press Conference by the Defense Minister", date(2025, 3, 1))
    assert found == [
        (None, "Question", "What did the two ministers agree upon?"),
        ("gen-nakatani", "Minister", "We agreed to deepen our cooperation."),
        (None, "Question", "Will you meet again?"),
        ("gen-nakatani", "Minister", "Yes, next month."),
    ]


def test_a_bare_minister_is_no_one_without_a_host(ref):
    found = turns(MOD_QA, ref, "Remarks on the alliance", date(2025, 3, 1))
    assert [slug for slug, _, _ in found] == [None, None, None, None]


def test_a_host_is_not_a_joint_press_conference(ref):
    title = "Joint Press Conference by the Defense Minister and the Secretary"
    found = turns(MOD_QA, ref, title, date(2025, 3, 1))
    assert [slug for slug, _, _ in found] == [None, None, None, None]


def test_no_space_after_a_mixed_case_labels_colon(ref):
    body = (
        "Opening Remarks\n\n"
        "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs:I held a telephone meeting earlier"
        " with Secretary Blinken. We agreed to work together."
    )
    assert turns(body, ref) == [
        (
            "yoko-kamikawa",
            "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs",
            "I held a telephone meeting earlier with Secretary Blinken.",
        )
    ]


def test_an_unknown_speaker_in_brackets_is_a_turn_of_no_one(ref):
    body = (
        "(UNKNOWN) (THROUGH TRANSLATOR): We'll now start the joint press conference. First,"
        " the minister.\n\n"
        "MINISTER NAKATANI (THROUGH TRANSLATOR): Thank you. We met today."
    )
    assert turns(body, ref) == [
        (None, "UNKNOWN", "We'll now start the joint press conference."),
        ("gen-nakatani", "MINISTER NAKATANI", "Thank you."),
    ]


def test_labels_ending_in_a_full_stop(ref):
    body = (
        "President Biden. Well, Fumio, welcome back to the White House. It is good.\n\n"
        "Prime Minister Kishida. Well, Joe, thank you so much. I am grateful."
    )
    assert turns(body, ref) == [
        ("joe-biden", "President Biden", "Well, Fumio, welcome back to the White House."),
        ("fumio-kishida", "Prime Minister Kishida", "Well, Joe, thank you so much."),
    ]


def test_one_paragraph_opening_with_a_title_and_a_full_stop_is_no_transcript(ref):
    body = "Prime Minister Kishida. The two leaders met in Washington on Friday."
    assert turns(body, ref) == []


def test_a_capitalised_phrase_and_a_full_stop_without_a_known_name_is_no_label(ref):
    body = (
        "The United States. It is an ally of Japan.\n\nForeign Minister Smith. He spoke on Friday."
    )
    assert turns(body, ref) == []


def test_bare_titles_with_and_without_an_article():
    assert bare_title("Minister") == "minister"
    assert bare_title("PRIME MINISTER") == "prime minister"
    assert bare_title("THE SECRETARY") == "secretary"
    assert bare_title("THE AMBASSADOR") == "ambassador"
    assert bare_title("AMBASSADOR") is None  # a rank with no post
    assert bare_title("MR") is None
    assert bare_title("SECRETARY BLINKEN") is None


def test_a_white_house_question_without_a_colon_is_no_ones_turn(ref):
    body = (
        "PRESIDENT BIDEN:  Good afternoon. Please be seated.\n\n"
        "Q    Thank you, Mr. President. My question is about China.\n\n"
        "PRESIDENT BIDEN:  Well, look. We are not seeking conflict."
    )
    assert turns(body, ref) == [
        ("joe-biden", "PRESIDENT BIDEN", "Good afternoon."),
        (None, "Q", "Thank you, Mr. President."),
        ("joe-biden", "PRESIDENT BIDEN", "Well, look."),
    ]


def test_a_q_in_running_text_is_no_turn(ref):
    assert turns("Q and A sessions followed. The ministers left.", ref) == []
    assert turns("Q    Is this a transcript? One line is not.", ref) == []


def test_the_answers_of_a_q_and_a_record_are_the_one_person_named_before(ref):
    body = (
        "1 発表事項\n\n本日、防衛大臣に就任いたしました浜田靖一でございます。\n\n"
        "2 質疑応答\n\n"
        "Q:インド洋の補給支援活動についてお聞きします。いかがでしょうか。\n\n"
        "A:お答えしたとおりです。各国とも協議していきたい。"
    )
    found = turns(body, ref)
    assert found[1] == ("yasukazu-hamada", "A", "お答えしたとおりです。")
    assert found[0][0] is None
    # The announcements are the answerer's too (issue 11, test_acc15_quotes_announcer).
    assert found[2] == (
        "yasukazu-hamada",
        "A",
        "本日、防衛大臣に就任いたしました浜田靖一でございます。",
    )


def test_answers_with_two_people_named_before_are_no_ones(ref):
    body = (
        "浜田靖一防衛大臣はオースティン国防長官と会談した。\n\n"
        "Q:会談についてお聞きします。いかがでしたか。\n\n"
        "A:有意義な会談でした。今後も連携していきます。"
    )
    assert turns(body, ref)[-1][0] is None
