"""Transcripts of questions and answers in Chinese, Japanese and Korean (issue 11): the
answers' labels ("答：", "답:", "Ａ：", "（答）", "答　"), the Diet's and some ministries'
"○" turns, and the headings of nobody in particular ("（記者）" alone on its line) give
turns, as "Q:" / "A:" and "【記者】" already did. Invented transcripts."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.transcripts import find_turns, read_turns


def turns(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_turns(body, ref.index, mentions)]


OPENING = "林外務大臣の会見。\n\n"


@pytest.mark.parametrize(
    "question, answer",
    [
        ("問：", "答："),
        ("问：", "答："),
        ("문: ", "답: "),
        ("Ｑ：", "Ａ："),
        ("（問）", "（答）"),
        ("【問】", "【答】"),
        ("問　", "答　"),
    ],
)
def test_an_answer_label_gives_the_one_person_named_before_the_turns(ref, question, answer):
    body = (
        f"{OPENING}{question}成果について伺います。\n\n{answer}大変有意義な会談でした。以上です。"
        f"\n\n{question}中国についてはいかがですか。\n\n{answer}引き続き連携します。"
    )
    assert turns(body, ref) == [
        (None, "成果について伺います。"),
        ("yoshimasa-hayashi", "大変有意義な会談でした。"),
        (None, "中国についてはいかがですか。"),
        ("yoshimasa-hayashi", "引き続き連携します。"),
    ]


def test_a_korean_surname_opening_a_paragraph_is_no_question_label(ref):
    body = "문 대통령은 회담에 만족했다.\n\n문 대통령은 기자들에게 답했다."
    assert turns(body, ref) == []


def test_turns_opened_by_a_circle_before_a_titled_name_or_a_role(ref):
    body = (
        "○林外務大臣　本日、会談を行いました。成果がありました。\n\n"
        "○記者　成果について伺います。\n\n"
        "○林大臣　中国大使とも会談しました。"
    )
    assert turns(body, ref) == [
        ("yoshimasa-hayashi", "本日、会談を行いました。"),
        (None, "成果について伺います。"),
        ("yoshimasa-hayashi", "中国大使とも会談しました。"),
    ]


def test_a_circle_before_ordinary_words_is_no_turn(ref):
    assert turns("○本日は晴天なり。\n\n○明日は雨。", ref) == []


def test_headings_of_nobody_give_turns_with_no_speaker_among_named_headings(ref):
    body = (
        "（林外務大臣）\n\n本日、会談を行いました。\n\n"
        "（記者）\n\nNHKの山田です。成果について伺います。\n\n"
        "（林外務大臣）\n\n大変有意義でした。"
    )
    assert turns(body, ref) == [
        ("yoshimasa-hayashi", "本日、会談を行いました。"),
        (None, "NHKの山田です。"),
        ("yoshimasa-hayashi", "大変有意義でした。"),
    ]


def test_a_lone_heading_of_nobody_is_no_transcript(ref):
    assert turns("（記者）\n\n本日、会談が行われた。", ref) == []


def test_a_role_alone_on_its_line_is_nobodys_turn_and_a_bare_title_the_hosts(ref):
    """As the Ministry of Defense's records print them: "記者" / "大臣" over the words;
    the minister is the host the headline names by post on the report's day."""
    body = "記者\n\n成果について伺います。\n\n大臣\n\n大変有意義でした。"
    found = read_turns(body, ref.index, [], [], ("外務大臣会見記録", date(2022, 6, 1)))
    assert [(hit.speaker_slug, hit.text) for hit, _ in found] == [
        (None, "成果について伺います。"),
        ("yoshimasa-hayashi", "大変有意義でした。"),
    ]
    # With no host, the title alone names no one and the role's turn is no transcript.
    assert read_turns(body, ref.index, [], [], ("会見記録", date(2022, 6, 1))) == []


def quotes_of(body, ref, on=date(2022, 6, 1)):
    from archive.ingest.quotes import find_quotes

    mentions, _ = find_people(body, ref.index)
    return [
        (hit.speaker_slug, hit.text) for hit in find_quotes(body, mentions, index=ref.index, on=on)
    ]


def test_a_clause_with_no_subject_goes_on_with_the_last_speaker(ref):
    """Japanese leaves out the subject as it goes on: "また、…会合にも出席し、「…」と報告
    した。" is the words of the minister quoted above; "などと" is a speech verb's quote."""
    body = (
        "林外務大臣は、「非常に有意義な会談だった」と述べた。\n\n"
        "また、日米豪印外相会合にも出席し、「4か国で協力を引き続き推進していくことで一致した」と報告した。\n\n"
        "林外務大臣は乾杯の際に「日米はともに立ち向かう。同盟はかつてなく強固だ」などとあいさつ。"
    )
    assert quotes_of(body, ref) == [
        ("yoshimasa-hayashi", "非常に有意義な会談だった"),
        ("yoshimasa-hayashi", "4か国で協力を引き続き推進していくことで一致した"),
        ("yoshimasa-hayashi", "日米はともに立ち向かう。同盟はかつてなく強固だ"),
    ]


def test_a_clause_with_a_topic_of_its_own_is_not_the_last_speakers(ref):
    body = (
        "林外務大臣は、「非常に有意義な会談だった」と述べた。\n\n"
        "首相の訪米については、「できるだけ早いタイミングで実施したいと考えている」と報告した。"
    )
    assert quotes_of(body, ref)[1][0] is None
