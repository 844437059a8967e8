"""A bare title as the subject of a CJK quote (issue 11): a report names the minister in
full once, then by title alone ("大臣は「…」と述べた", "장관은 “…”고 말했다", "国务卿说：
“…”"); the speaker is the person last named with that title, not the person named last.
Invented sentences."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

ON = date(2023, 7, 28)
JA = "林芳正外務大臣は28日、ブリンケン国務長官と会談した。\n\n"
KO = "토니 블링컨 국무장관은 28일 하야시 요시마사 일본 외무상과 회담했다.\n\n"
ZH = "美国国务卿布林肯28日在东京与日本外相林芳正举行会谈。\n\n"


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [hit.speaker_slug for hit in find_quotes(body, mentions, index=ref.index, on=ON)]


@pytest.mark.parametrize(
    "body, speaker",
    [
        (JA + "大臣は「日米同盟はかつてなく強固だ」と述べた。", "yoshimasa-hayashi"),
        (JA + "長官は「日米同盟はかつてなく強固だ」と述べた。", "antony-blinken"),
        (
            JA + "外相は会談後、記者団に「日米同盟はかつてなく強固だ」と語った。",
            "yoshimasa-hayashi",
        ),
        (
            "岸田文雄首相は28日、バイデン大統領と会談した。\n\n首相は「日米同盟はかつてなく強固だ」と述べた。",
            "fumio-kishida",
        ),
        (KO + "장관은 “미일 동맹은 그 어느 때보다 강하다”고 말했다.", "antony-blinken"),
        (ZH + "这位国务卿说：“美日同盟比以往任何时候都更加强大。”", "antony-blinken"),
        (ZH + "国务卿表示，“美日同盟比以往任何时候都更加强大”。", "antony-blinken"),
    ],
)
def test_a_bare_title_is_the_person_last_named_with_it(ref, body, speaker):
    assert speakers(body, ref) == [speaker]


def test_a_bare_title_with_no_speech_verb_says_nothing(ref):
    """ "大臣は「…」という考えだ": no verb of saying; the quote stays unattributed."""
    body = JA + "大臣は「日米同盟はかつてなく強固であり、今後も発展させていく」という立場だ。"
    assert "yoshimasa-hayashi" not in speakers(body, ref)


def test_a_title_no_one_was_named_with_names_no_one(ref):
    body = JA + "大統領は「日米同盟はかつてなく強固であり、今後も発展させていく」と述べた。"
    assert speakers(body, ref) in ([], [None])
