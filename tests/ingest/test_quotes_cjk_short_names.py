"""Issue 11: a Chinese, Japanese or Korean report names a person in full once, then by a
short form ("安倍晉三" then "安倍說", "하야시 요시마사" then "하야시는"): the short form
before a speech verb is that person; and "he" after a sentence reporting someone saying
something is that person, not whoever was quoted before (invented texts)."""

from datetime import date

from archive.ingest.cjk_short_names import ShortNames, short_forms
from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.results import Mention

DAY = date(2023, 7, 14)


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [hit.speaker_slug for hit in find_quotes(body, mentions, index=ref.index, on=DAY)]


def test_the_short_forms_of_a_name():
    assert short_forms("安倍晉三") == ("安倍",)
    assert short_forms("岸田文雄") == ("岸田",)
    assert short_forms("石破茂") == ("石破",)
    assert short_forms("하야시 요시마사") == ("요시마사", "하야시")
    assert short_forms("安东尼·布林肯") == ("安东尼", "布林肯")
    # A two-character name has no shorter form; nor has a name in Latin letters or kana.
    assert short_forms("王毅") == ()
    assert short_forms("Antony Blinken") == ()
    assert short_forms("ブリンケン") == ()


def test_a_short_form_stands_for_the_one_person_named_in_full_before_it():
    text = "岸田文雄与岸田外相。岸田表示"
    full = Mention("fumio-kishida", 0, 4, "岸田文雄")
    names = ShortNames([full])
    found = names.within(text, 0, 0, len(text))
    assert [(m.slug, m.start, m.form) for m in found] == [
        ("fumio-kishida", 5, "岸田"),
        ("fumio-kishida", 10, "岸田"),
    ]
    # Not before the full name is printed, and not inside it.
    assert ShortNames([Mention("fumio-kishida", 10, 14, "岸田文雄")]).within(text, 0, 0, 10) == []


def test_two_people_with_one_short_form_are_no_answer():
    mentions = [Mention("a-person", 0, 4, "安倍晋三"), Mention("another", 5, 9, "安倍昭恵")]
    assert ShortNames(mentions).within("安倍晋三、安倍昭恵。安倍說", 0, 10, 14) == []


def test_a_korean_short_form_is_a_word_of_its_own():
    mentions = [Mention("yoshimasa-hayashi", 0, 9, "하야시 요시마사")]
    names = ShortNames(mentions)
    assert [m.slug for m in names.within("하야시 요시마사. 하야시는", 0, 0, 15)] == [
        "yoshimasa-hayashi"
    ]
    assert names.within("하야시 요시마사. 코바야시는", 0, 0, 16) == []


def test_a_chinese_surname_after_the_full_name_speaks(ref):
    body = (
        "日本首相岸田文雄与美国总统拜登举行会谈。\n\n"
        "岸田表示：“日美同盟是地区和平与稳定的基石，我们将进一步加强合作。”"
    )
    assert speakers(body, ref) == ["fumio-kishida"]


def test_a_korean_surname_without_a_title_speaks(ref):
    body = (
        "토니 블링컨 미국 국무장관과 하야시 요시마사 일본 외무상이 회담했습니다.\n\n"
        "하야시는 “북한의 도발은 용납할 수 없다”고 강조했습니다."
    )
    assert speakers(body, ref) == ["yoshimasa-hayashi"]


def test_he_is_the_one_the_sentence_before_reports_speaking(ref):
    body = (
        "美国总统拜登与日本首相岸田文雄举行会谈。\n\n"
        "拜登呼吁加强合作。他说：“美日同盟从未像今天这样强大，我们将继续合作。”"
        "岸田回答说，明年是两国关系的重要一年。他说：“日美两国对地区和平负有重大责任，希望进一步加深合作。”"
    )
    assert speakers(body, ref) == ["joe-biden", "fumio-kishida"]


def test_he_stays_the_last_speaker_when_the_sentence_before_reports_no_speech(ref):
    body = (
        "美国总统拜登与日本首相岸田文雄举行会谈。\n\n"
        "拜登呼吁加强合作。他说：“美日同盟从未像今天这样强大，我们将继续合作。”"
        "随后两国领导人共进午餐。他说：“这次访问非常成功，我们将继续合作，共同应对挑战。”"
    )
    assert speakers(body, ref) == ["joe-biden", "joe-biden"]


def test_a_short_form_after_the_quote_speaks(ref):
    body = (
        "日本首相岸田文雄与美国总统拜登举行会谈。\n\n"
        "“日美同盟是地区和平与稳定的基石，我们将进一步加强合作。”岸田在会谈后对记者说。"
    )
    assert speakers(body, ref) == ["fumio-kishida"]


def _yoon():
    from archive.ingest.reference import KnownOffice, KnownPerson

    president = KnownOffice("President", "head_of_state", "South Korea", date(2022, 5, 10))
    return KnownPerson("yoon-suk-yeol", "Yoon Suk Yeol", "South Korea", ("윤석열",), (president,))


def test_a_korean_surname_of_one_syllable_before_a_title():
    assert short_forms("윤석열") == ("윤",)
    assert short_forms("박진") == ("박",)
    mentions = [Mention("yoon-suk-yeol", 0, 3, "윤석열")]
    names = ShortNames(mentions, {"yoon-suk-yeol": _yoon()}, date(2023, 3, 16))
    text = "윤석열 대통령. 윤 대통령은 윤리 문제"
    assert [(m.slug, m.start) for m in names.within(text, 0, 0, len(text))] == [
        ("yoon-suk-yeol", 9)
    ]


def test_a_one_syllable_surname_before_a_post_the_person_never_held_is_no_one():
    """이, 김, 박, 윤 are many officials' surnames: "윤 장관은" after "윤석열 대통령" is
    another Yoon, a minister; so is any title without the reference's offices to check."""
    mentions = [Mention("yoon-suk-yeol", 0, 3, "윤석열")]
    text = "윤석열 대통령. 윤 장관은 말했다. 윤 대사는 말했다."
    people = {"yoon-suk-yeol": _yoon()}
    assert ShortNames(mentions, people, date(2023, 3, 16)).within(text, 0, 0, len(text)) == []
    bare = "윤석열 대통령. 윤 대통령은"
    assert ShortNames(mentions).within(bare, 0, 0, len(bare)) == []
    before_term = ShortNames(mentions, people, date(2021, 3, 16))
    assert before_term.within(bare, 0, 0, len(bare)) == []


def test_only_a_japanese_name_in_han_has_its_first_two_characters_as_a_short_form():
    assert short_forms("安倍晋三", "Japan") == ("安倍",)
    assert short_forms("胡锦涛", "China") == ()
    assert short_forms("克林顿", "United States") == ()
    assert short_forms("华春莹", None) == ("华春",)  # country unknown: read as before


def test_the_korean_president_by_surname_and_title_speaks():
    from archive.ingest.reference import Reference

    index = Reference(people=(_yoon(),)).index
    body = (
        "윤석열 대통령과 기시다 후미오 일본 총리가 정상회담을 했습니다.\n\n"
        "윤 대통령은 “한일 관계의 새로운 장을 열겠다”고 말했습니다."
    )
    mentions, _ = find_people(body, index)
    hits = find_quotes(body, mentions, index=index, on=date(2023, 3, 16))
    assert [hit.speaker_slug for hit in hits] == ["yoon-suk-yeol"]
