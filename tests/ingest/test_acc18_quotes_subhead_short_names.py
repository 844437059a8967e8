"""Issue 11, a subheading under the headline that opens with a short form of a name the
body prints in full only below it (session 18): "야마다 “…”" over "야마다 다로 일본 총리는
…", "山田「…」" over "山田太郎首相は…": the one person named in full with that word. A word
no one's name holds ("도쿄 “…”"), or one two people share, names no one. People and texts
are made up."""

from archive.ingest.reference import Reference
from tests.ingest.invented_people import QUOTE_DAY, person
from tests.ingest.invented_people import speaker_of_words as said

YAMADA = person(
    "taro-yamada", "Taro Yamada", "Japan", ("야마다 다로", "山田太郎"), "Prime Minister",
    "head_of_government",
)  # fmt: skip
DUNMORE = person(
    "walter-dunmore", "Walter Dunmore", "United States", ("월터 던모어",), "President",
    "head_of_state",
)  # fmt: skip
INDEX = Reference(people=(YAMADA, DUNMORE)).index

BELOW = (
    "\n\n월터 던모어 미국 대통령과 야마다 다로 일본 총리가 28일 도쿄에서 만났다.\n\n"
    "야마다 다로 총리는 회담 후 기자들에게 “동맹의 새 시대를 열겠다”고 말했다."
)


def test_a_korean_subhead_by_a_word_of_the_full_name_below():
    body = "던모어 “미·일은 가장 강력한 동맹국”" + BELOW
    assert said(body, INDEX, QUOTE_DAY)["미·일은 가장 강력한 동맹국"] == "walter-dunmore"


def test_a_japanese_subhead_by_the_start_of_the_full_name_below():
    body = "山田「同盟の新たな時代を開く」\n\n山田太郎首相は28日、都内で記者団に語った。"
    assert said(body, INDEX, QUOTE_DAY)["同盟の新たな時代を開く"] == "taro-yamada"


def test_a_subhead_opening_with_no_ones_name_names_no_one():
    body = "도쿄 “미·일은 가장 강력한 동맹국”" + BELOW
    assert said(body, INDEX, QUOTE_DAY).get("미·일은 가장 강력한 동맹국") is None
