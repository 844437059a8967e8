"""A transcript's bare-title speaker label ("(大臣)", "【総理】", "장관:", "THE SECRETARY:")
is the one person holding such a post whom the headline or the opening lines name
(archive/ingest/transcripts.py). Invented pages in Japanese, Korean, Chinese and English."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.pipeline import parse_report
from archive.ingest.quotes import find_quotes_and_roles
from archive.ingest.transcripts import bare_title

ON = date(2022, 5, 1)


def turns(ref, body, headline=""):
    mentions, _ = find_people(body, ref.index)
    named = find_people(headline, ref.index)[0] if headline else []
    quotes, _ = find_quotes_and_roles(body, mentions, index=ref.index, on=ON, headline=named)
    return [(q.speaker_slug, q.text) for q in quotes if q.form == "transcript-turn"]


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("大臣", "大臣"),
        ("総理", "総理"),
        ("장관", "장관"),
        ("THE SECRETARY", "secretary"),
        ("The Minister", "minister"),
        ("THE PRIME MINISTER", "prime minister"),
        ("THE SECRETARY OF STATE", "secretary of state"),
        ("林外務大臣", None),
        ("SECRETARY BLINKEN", None),
        ("THE END", None),
    ],
)
def test_a_bare_title_is_a_label_of_a_title_alone(label, title):
    assert bare_title(label) == title


@pytest.mark.parametrize(
    ("headline", "body", "speaker"),
    [
        (
            "林外務大臣会見記録",
            "冒頭発言\n\n(大臣)本日、ブリンケン国務長官と会談を行いました。有意義でした。\n\n"
            "記者：ありがとうございます。",
            "yoshimasa-hayashi",
        ),
        (
            "岸田総理記者会見",
            "【総理】本日、バイデン大統領と会談しました。\n\n【記者】質問です。",
            "fumio-kishida",
        ),
        (
            "하야시 외무상 기자회견",
            "장관: 오늘 블링컨 국무장관과 회담했습니다.\n\n기자: 감사합니다.",
            "yoshimasa-hayashi",
        ),
        (
            "布林肯国务卿记者会",
            "国务卿：今天我们举行了会谈。\n\n记者：谢谢。",
            "antony-blinken",
        ),
    ],
)
def test_a_bare_title_label_is_the_headlines_holder_of_the_post(ref, headline, body, speaker):
    found = turns(ref, body, headline)
    assert found[0][0] == speaker


def test_the_secretary_is_the_secretary_the_opening_line_names(ref):
    body = (
        "Secretary of State Antony Blinken at a Press Availability\n\n"
        "THE SECRETARY: Good morning. It is good to be in Tokyo.\n\n"
        "QUESTION: Thank you."
    )
    assert turns(ref, body)[0] == ("antony-blinken", "Good morning.")


def test_two_holders_of_such_a_post_leave_the_label_unresolved(ref):
    body = (
        "Secretary of State Antony Blinken and Secretary of Defense Lloyd J. Austin III at a"
        " Joint Press Availability\n\n"
        "THE SECRETARY: Good morning.\n\nQUESTION: Thank you."
    )
    assert turns(ref, body)[0][0] is None


def test_a_bare_title_named_by_no_one_is_nobody(ref):
    body = "(大臣)本日は会談を行いました。\n\n記者：ありがとうございます。"
    assert turns(ref, body)[0][0] is None


def test_the_pipeline_reads_the_headlines_minister_as_the_speaker(ref):
    raw = (
        "記者会見\n\n林外務大臣臨時会見記録\n\n(令和4年5月1日(日曜日)10時00分 於:本省)\n\n"
        "冒頭発言\n\n(大臣)ただいま、ブリンケン米国国務長官と電話会談を行いました。詳細は後ほど。"
    ).encode()
    parsed = parse_report(raw, reference=ref)
    assert parsed.title == "林外務大臣臨時会見記録"
    assert [(q.speaker_slug, q.text) for q in parsed.quotes] == [
        ("yoshimasa-hayashi", "ただいま、ブリンケン米国国務長官と電話会談を行いました。")
    ]
    assert {p.slug for p in parsed.people} == {"yoshimasa-hayashi", "antony-blinken"}


def test_the_president_is_the_president_the_opening_line_names(ref):
    body = (
        "Remarks by President Biden and Prime Minister Kishida of Japan in Joint Press"
        " Conference\n\n"
        "THE PRESIDENT: Good afternoon. Please have a seat.\n\n"
        "THE PRIME MINISTER: (As interpreted.) Thank you, Joe.\n\n"
        "QUESTION: Thank you."
    )
    assert [speaker for speaker, _ in turns(ref, body)] == ["joe-biden", "fumio-kishida", None]
