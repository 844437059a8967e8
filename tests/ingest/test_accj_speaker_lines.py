"""A name and a post alone on a line ("林外相") make the paragraph under it that person's
transcript turn only when the paragraph does not name them in the third person: a short
headline over narration ("林外務大臣は7日、…会談した") is no turn (issue 11, review item
12). Relative days: this morning and tonight are today, last night yesterday ("今晨",
"오늘밤", "昨晚", "어젯밤", "昨夜"). Invented texts."""

from datetime import date

import pytest

from archive.ingest.pipeline import parse_report
from archive.ingest.relative_days import relative_dates


@pytest.mark.parametrize(
    "text",
    [
        "林外相\n\n令和4年1月7日\n\n林外務大臣は7日、ブリンケン国務長官と電話会談を行いました。",
        "林外相\n\n令和４年１月７日\n\n林芳正外務大臣は、ブリンケン国務長官と会談した。",
        "林外相\n\n2022年1月7日\n\n7日、林外務大臣はブリンケン米国務長官との電話会談で"
        "日米同盟の強化を確認した。",
    ],
)
def test_a_headline_over_narration_naming_the_person_is_no_turn(ref, text):
    parsed = parse_report(text.encode(), reference=ref, filename="x.txt")
    assert [q for q in parsed.quotes if q.form == "transcript-turn"] == []


def test_a_speaker_line_over_words_in_the_first_person_is_a_turn(ref):
    text = (
        "日米防衛相共同記者会見\n\n令和2年8月29日\n\nエスパー国防長官\n\n"
        "皆さん、こんにちは。本日、河野大臣と会談できたことを光栄に思います。\n\n"
        "河野防衛大臣\n\nエスパー長官を日本にお迎えできて大変うれしく思います。"
    )
    parsed = parse_report(text.encode(), reference=ref, filename="x.txt")
    turns = [(q.speaker_slug, q.text) for q in parsed.quotes if q.form == "transcript-turn"]
    assert ("taro-kono", "エスパー長官を日本にお迎えできて大変うれしく思います。") in turns


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("布林肯今晨抵达东京。", 0),
        ("블링컨 장관은 오늘밤 도쿄에 도착합니다.", 0),
        ("林外相は今朝、記者団に語った。", 0),
        ("布林肯昨晚抵达东京。", -1),
        ("블링컨 장관은 어젯밤 도쿄에 도착했습니다.", -1),
        ("ブリンケン長官は昨夜、羽田空港に到着した。", -1),
    ],
)
def test_this_morning_and_last_night(text, offset):
    published = date(2022, 1, 7)
    assert relative_dates(text, published, frozenset()) == {date(2022, 1, 7 + offset)}
