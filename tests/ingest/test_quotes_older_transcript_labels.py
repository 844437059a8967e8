"""Transcript labels as older pages print them (issue 11): The American Presidency
Project's turns ("The President. Thank you.", "President Bush." whom two presidents share,
a single turn opening the body), the Department of Defense's abbreviated titles ("Sec.
Rumsfeld:", "SEC. RUMSFELD:") and mixed-case roles ("Staff:"), Japanese records' Q and A
with a full-width colon ("Q：…", "A：…"), "質問"/"回答", and the Foreign Ministry's
reporters named by outlet ("【共同通信　西野記者】"). Invented texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.transcripts import find_turns, read_turns
from tests.ingest.reference_data import dated_reference

D = date.fromisoformat
AGENCY = "Director General of the Defense Agency"
# name, country, aliases, (office, post, start, end)
PEOPLE = (
    (
        "George H. W. Bush",
        "United States",
        (),
        ("President", "head_of_state", "1989-01-20", "1993-01-20"),
    ),
    (
        "Bill Clinton",
        "United States",
        (),
        ("President", "head_of_state", "1993-01-20", "2001-01-20"),
    ),
    (
        "George W. Bush",
        "United States",
        (),
        ("President", "head_of_state", "2001-01-20", "2009-01-20"),
    ),
    (
        "Junichiro Koizumi",
        "Japan",
        ("小泉純一郎",),
        ("Prime Minister", "head_of_government", "2001-04-26", "2006-09-26"),
    ),
    (
        "Donald Rumsfeld",
        "United States",
        (),
        ("Secretary of Defense", "defense", "2001-01-20", "2006-12-18"),
    ),
    ("Shigeru Ishiba", "Japan", ("石破茂",), (AGENCY, "defense", "2002-09-30", "2004-09-27")),
    (
        "Katsuya Okada",
        "Japan",
        ("岡田克也",),
        ("Minister for Foreign Affairs", "foreign", "2009-09-16", "2010-09-17"),
    ),
    (
        "Hillary Clinton",
        "United States",
        ("クリントン",),
        ("Secretary of State", "foreign", "2009-01-21", "2013-02-01"),
    ),
)


@pytest.fixture(scope="module")
def ref():
    """A reference of the people these texts name, two presidents Bush among them."""
    return dated_reference(PEOPLE)


def turns(body, ref, title="", on=None):
    mentions, _ = find_people(body, ref.index)
    headline, _ = find_people(title, ref.index) if title else ([], None)
    found = read_turns(body, ref.index, mentions, headline, joint=(title, on))
    return [(hit.speaker_slug, hit.text) for hit, _ in found]


APP_THE = (
    "The President. Thank you all. It is my honor to welcome the Prime Minister of Japan.\n\n"
    "We had a good discussion.\n\n"
    "Prime Minister Koizumi. Thank you, Mr. President. I am very happy to be here.\n\n"
    "Q. Mr. President, on missile defense?\n\n"
    "The President. We will consult with our friends."
)
APP_TITLE = "The President's News Conference With Prime Minister Junichiro Koizumi of Japan"


def test_the_president_is_the_president_of_the_day(ref):
    assert turns(APP_THE, ref, APP_TITLE, D("2001-06-30")) == [
        ("george-w-bush", "Thank you all."),
        ("junichiro-koizumi", "Thank you, Mr. President."),
        (None, "Mr. President, on missile defense?"),
        ("george-w-bush", "We will consult with our friends."),
    ]


def test_the_president_of_another_day(ref):
    assert turns(APP_THE, ref, APP_TITLE, D("1999-06-30"))[0] == ("bill-clinton", "Thank you all.")


def test_the_president_without_a_day_is_nobody(ref):
    assert turns(APP_THE, ref, APP_TITLE)[0] == (None, "Thank you all.")


def test_a_president_named_over_the_page_is_the_one(ref):
    body = APP_THE.replace("the Prime Minister of Japan", "Prime Minister Koizumi")
    title = "Remarks With President George H. W. Bush"
    assert turns(body, ref, title, D("2001-06-30"))[0] == ("george-h-w-bush", "Thank you all.")


def test_a_surname_two_presidents_share(ref):
    body = (
        "President Bush. Welcome, Mr. Prime Minister. It is good to see you again.\n\n"
        "Prime Minister Koizumi. Thank you very much."
    )
    assert turns(body, ref, "Remarks With Prime Minister Koizumi", D("2001-09-25")) == [
        ("george-w-bush", "Welcome, Mr. Prime Minister."),
        ("junichiro-koizumi", "Thank you very much."),
    ]


SINGLE = (
    "President Bush. Laura and I are pleased to welcome the Prime Minister. Welcome.\n\n"
    "Today we celebrate a friendship that has grown strong over the years."
)


def test_one_turn_opening_the_body(ref):
    assert turns(SINGLE, ref, "Remarks at a Welcoming Ceremony", D("2006-06-29")) == [
        ("george-w-bush", "Laura and I are pleased to welcome the Prime Minister.")
    ]


def test_one_such_turn_further_down_is_none(ref):
    body = "Laura and I were pleased.\n\n" + SINGLE
    assert turns(body, ref, "Remarks at a Welcoming Ceremony", D("2006-06-29")) == []


def test_one_such_turn_under_a_headline_of_no_spoken_words_is_none(ref):
    assert turns(SINGLE, ref, "Bush Welcomes Koizumi", D("2006-06-29")) == []


def test_a_prose_sentence_with_a_full_stop_is_no_turn(ref):
    body = "The President. Thank you.\n\nMore text."
    assert find_turns("He met the President. Thank you, he said.", ref.index) == []
    assert find_turns(body.replace("The ", "A "), ref.index) == []


@pytest.mark.parametrize("label", ["Sec. Rumsfeld", "SEC. RUMSFELD"])
def test_abbreviated_titles(ref, label):
    body = (
        f"{label}: Good afternoon. It is a pleasure to welcome Director General Ishiba.\n\n"
        "Staff: We have time for two questions.\n\n"
        "Q: Mr. Secretary, on North Korea?"
    )
    mentions, _ = find_people(body, ref.index)
    assert [(h.speaker_slug, h.text) for h in find_turns(body, ref.index, mentions)] == [
        ("donald-rumsfeld", "Good afternoon."),
        (None, "We have time for two questions."),
        (None, "Mr. Secretary, on North Korea?"),
    ]


def test_one_abbreviated_titled_turn(ref):
    body = "SEC. RUMSFELD: Good afternoon. It is a pleasure.\n\nWe talked at length."
    assert [h.speaker_slug for h in find_turns(body, ref.index)] == ["donald-rumsfeld"]


RECORD = (
    "1 発表事項\n\n本日、閣議がありました。特に報告はありません。\n\n2 質疑応答\n\n"
    "{q}ゲイツ長官との会談の成果についてお聞かせください。\n\n"
    "{a}率直な意見交換ができたと思います。引き続き協議したい。"
)


@pytest.mark.parametrize("q,a", [("Q：", "A："), ("質問：", "回答："), ("【質問】", "【回答】")])
def test_questions_and_answers_of_a_record(ref, q, a):
    body = RECORD.format(q=q, a=a)
    found = turns(body, ref, "防衛庁長官会見概要", D("2003-01-17"))
    assert found[:2] == [
        (None, "ゲイツ長官との会談の成果についてお聞かせください。"),
        ("shigeru-ishiba", "率直な意見交換ができたと思います。"),
    ]


def test_a_capitalised_label_before_a_wide_colon_in_english_is_none(ref):
    assert find_turns("READ MORE：the story.\n\nTOKYO：more.", ref.index) == []


def test_reporters_named_by_outlet(ref):
    body = (
        "【岡田大臣】今日はハワイでクリントン国務長官と会談をいたします。\n\n"
        "【共同通信　西野記者】クリントン長官との会談の狙いをお聞かせください。\n\n"
        "【岡田大臣】日米同盟の深化について議論したいと思います。\n\n"
        "【NHK 岡田記者】普天間の問題は議題になりますか。\n\n"
        "共同通信 記者：ほかにありますか。"
    )
    assert turns(body, ref, "外務大臣会見記録", D("2010-01-12")) == [
        ("katsuya-okada", "今日はハワイでクリントン国務長官と会談をいたします。"),
        (None, "クリントン長官との会談の狙いをお聞かせください。"),
        ("katsuya-okada", "日米同盟の深化について議論したいと思います。"),
        (None, "普天間の問題は議題になりますか。"),
        (None, "ほかにありますか。"),
    ]


@pytest.mark.parametrize(
    "label", ["Press Secretary", "Deputy Press Secretary", "Press Secretary Hatsuhisa Takashima"]
)
def test_the_press_secretary_of_the_foreign_ministry_in_english(ref, label):
    body = (
        f"{label}: Good afternoon. I have one announcement today.\n\n"
        "Q: Could you comment on the meeting with Secretary Clinton?\n\n"
        f"{label}: The meeting was held yesterday. It was productive."
    )
    assert [(h.speaker_slug, h.text) for h in find_turns(body, ref.index)] == [
        (None, "Good afternoon."),
        (None, "Could you comment on the meeting with Secretary Clinton?"),
        (None, "The meeting was held yesterday."),
    ]


def test_the_spokesman_by_name_and_post_in_japanese(ref):
    body = (
        "高島報道官：本日は冒頭、私から一点申し上げます。岡田大臣が会談を行いました。\n\n"
        "問：会談の内容について教えてください。\n\n"
        "千葉副報道官：北朝鮮問題について意見交換が行われました。"
    )
    assert [(h.speaker_slug, h.text) for h in find_turns(body, ref.index)] == [
        (None, "本日は冒頭、私から一点申し上げます。"),
        (None, "会談の内容について教えてください。"),
        (None, "北朝鮮問題について意見交換が行われました。"),
    ]


def test_a_korean_spokesperson_in_brackets_is_no_turn(ref):
    body = (
        "[밀러 대변인] “Secretary Clinton met with Foreign Minister Okada today.”\n\n"
        "[밀러 대변인] “They agreed to continue cooperation.”"
    )
    assert find_turns(body, ref.index) == []
