"""A leaders' joint press conference page whose opening statement names no speaker
(archive/ingest/transcripts.py), quotes the turn's speaker gives in the first person
(cjk_quotes.first_person) and a subject who gave a speech before the quote
(cjk_quotes._reported). Invented pages in Chinese, Japanese, Korean and English."""

from datetime import date

import pytest

from archive.ingest.people import find_people, in_the_news
from archive.ingest.quotes import find_quotes_and_roles

ON = date(2022, 1, 21)

STATEMENTS = {
    "zh": (
        "日美联合记者招待会",
        "【开场发言】\n\n首先,我谨代表日本国民,向各位表示感谢。\n\n"
        "能再次来到华盛顿,与拜登总统进行长时间的会谈,我感到非常高兴。",
    ),
    "ja": (
        "日米共同記者会見",
        "【冒頭発言】\n\nまず、日本国民を代表して、心から感謝申し上げます。\n\n"
        "本日、バイデン大統領と長時間にわたり会談を行いました。",
    ),
    "ko": (
        "미일 공동기자회견",
        "【모두 발언】\n\n먼저 일본 국민을 대표해서 감사 말씀 드립니다.\n\n"
        "오늘 조 바이든 대통령과 오랜 시간 회담했습니다.",
    ),
    "en": (
        "Joint Press Conference",
        "[Opening Statement]\n\nFirst, on behalf of the people of Japan, I thank you all.\n\n"
        "Today I held long talks with President Joe Biden at the White House.",
    ),
}


def read(title, body, ref, on=ON):
    mentions, _ = find_people(body, ref.index)
    quotes, roles = find_quotes_and_roles(
        body, mentions, index=ref.index, on=on, headline=[], title=title
    )
    people = {m.slug for m in in_the_news(body, [*mentions, *roles], quotes, ref.index, on)}
    return quotes, people


@pytest.mark.parametrize("language", sorted(STATEMENTS))
def test_an_unnamed_opening_statement_is_the_leader_it_does_not_name(ref, language):
    title, body = STATEMENTS[language]
    quotes, people = read(title, body, ref)
    first = quotes[0]
    assert (first.speaker_slug, first.form) == ("fumio-kishida", "speech-heading")
    assert body[first.start : first.end].startswith(("首先", "まず", "먼저", "First"))
    assert people == {"fumio-kishida", "joe-biden"}


@pytest.mark.parametrize(
    "title",
    ["日米外相共同記者会見", "Joint Press Conference of the Foreign Ministers", "日米首脳会談"],
)
def test_a_ministers_press_conference_or_another_page_names_no_leader(ref, title):
    quotes, people = read(title, STATEMENTS["zh"][1], ref)
    assert not any(q.speaker_slug == "fumio-kishida" for q in quotes)
    assert "fumio-kishida" not in people


def test_a_statement_naming_both_leaders_or_none_has_no_speaker(ref):
    title, body = STATEMENTS["en"]
    both = body.replace("White House.", "White House with Prime Minister Fumio Kishida.")
    neither = body.replace("President Joe Biden", "the President")
    for text in (both, neither):
        quotes, _ = read(title, text, ref)
        assert not any(q.form == "speech-heading" for q in quotes), text


def test_without_a_date_no_one_held_the_post(ref):
    title, body = STATEMENTS["zh"]
    mentions, _ = find_people(body, ref.index)
    quotes, _ = find_quotes_and_roles(body, mentions, index=ref.index, on=None, title=title)
    assert not any(q.speaker_slug == "fumio-kishida" for q in quotes)


@pytest.mark.parametrize(
    "language, said",
    [
        ("zh", "1年前,“我们绝不容许这种行径”,当我说完这句话后,大家都鼓掌了。"),
        ("ja", "1年前、「我々は決してこのような行為を容認しない」と私は述べました。"),
        ("ko", "1년 전 \u201c우리는 이런 행위를 결코 용납하지 않는다\u201d라고 제가 말했습니다."),
    ],
)
def test_a_quote_the_turns_speaker_says_in_the_first_person_is_theirs(ref, language, said):
    title, body = STATEMENTS[language]
    quotes, _ = read(title, f"{body}\n\n{said}", ref)
    mine = [q for q in quotes if q.form == "first-person"]
    assert [q.speaker_slug for q in mine] == ["fumio-kishida"]


def test_a_first_person_quote_outside_any_turn_is_nobodys(ref):
    body = (
        "林芳正外相和布林肯国务卿举行了会谈。\n\n"
        "“我们绝不容许这种行径”,当我说完这句话后,大家都鼓掌了。"
    )
    quotes, _ = read("日美外长会谈", body, ref)
    assert not any(q.form == "first-person" for q in quotes)
    assert not any(q.speaker_slug for q in quotes if "容许" in q.text)


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "拜登总统主动面对镜头向全世界发表了极具力量的演说,强调“美国百分之百与同盟国日本同在”。",
            "joe-biden",
        ),
        (
            "拜登总统在白宫南草坪向全国民众发表了一次重要的电视讲话,表示“我们与日本站在一起”。",
            "joe-biden",
        ),
        # Too far, or a second clause between: not the subject's words.
        ("拜登总统上周访问东京并与各方举行会谈,日方随后强调“美国百分之百与同盟国日本同在”。", None),
        (
            "拜登总统主动面对镜头向全世界的观众和各国的记者们以及在场的所有嘉宾发表了一篇极具力量又很长的演说,"
            "强调“美国百分之百与同盟国日本同在”。",
            None,
        ),
    ],
)
def test_a_subject_who_gave_a_speech_before_the_quote_said_it(ref, sentence, speaker):
    quotes, _ = read("", f"林芳正外相和布林肯国务卿举行了会谈。\n\n{sentence}", ref)
    assert [q.speaker_slug for q in quotes if "日本" in q.text and q.speaker_slug] == (
        [speaker] if speaker else []
    )
