"""Korean broadcasts' quotes (issue 11): a paragraph that is one quote, signed under it by
"블링컨 장관의 말입니다." ("those were the Secretary's words"), and a quote whose speaker is
named after it with "덧붙였다", "설명했다" ("“…”이라고 블링컨 장관은 덧붙였습니다").
Invented texts."""

from datetime import date

from archive.ingest.people import find_people
from archive.ingest.quote_speakers import _SIGN_OFF
from archive.ingest.quotes import find_quotes

DAY = date(2023, 1, 14)
WORDS = "한국, 일본과 함께 역내 평화와 안정을 위해 계속 협력해 나갈 것입니다."


def quotes_of(body, ref):
    mentions, _ = find_people(body, ref.index, DAY)
    return [(h.speaker_slug, h.text) for h in find_quotes(body, mentions, index=ref.index, on=DAY)]


def test_a_sign_off_under_a_quote_names_its_speaker(ref):
    body = f"토니 블링컨 국무장관은 회담했습니다.\n\n“{WORDS}”\n\n블링컨 장관의 말입니다."
    assert quotes_of(body, ref) == [("antony-blinken", WORDS)]


def test_a_sign_off_not_right_under_the_quote_names_no_one(ref):
    body = (
        f"토니 블링컨 국무장관은 회담했습니다.\n\n“{WORDS}”\n\n"
        "회담은 한 시간 계속됐습니다.\n\n블링컨 장관의 말입니다."
    )
    assert quotes_of(body, ref) == [(None, WORDS)]


def test_the_sign_off_shapes():
    assert _SIGN_OFF.fullmatch("블링컨 장관의 말입니다.")
    assert _SIGN_OFF.fullmatch("하야시 외무상의 발언이었습니다.")
    assert not _SIGN_OFF.fullmatch("이것이 블링컨 장관의 말입니다. 그리고 더 있습니다.")
    assert not _SIGN_OFF.fullmatch("블링컨 장관의 방문입니다.")


def test_a_speaker_named_after_the_quote_who_added_it(ref):
    body = f"토니 블링컨 국무장관은 회담했습니다.\n\n“{WORDS}”이라고 블링컨 장관은 덧붙였습니다."
    assert quotes_of(body, ref) == [("antony-blinken", WORDS)]
