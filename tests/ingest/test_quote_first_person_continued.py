"""A quote the turn's speaker says in the first person is theirs, and so is a paragraph
that is one quote right after it (a continuation): not the speaker named before."""

import pytest

from tests.ingest.test_acc5_statements import STATEMENTS, read

EARLIER_AND_MINE = {
    "ja": (
        "バイデン大統領は「日米同盟はかつてなく強固であり、共に前進していきます」と述べました。",
        "1年前、「我々は決してこのような行為を容認しない」と私は述べました。",
        "「この同盟は地域の平和と安定の礎であり続けると確信しています」",
    ),
    "zh": (
        "拜登总统表示:“美日同盟比以往任何时候都更加牢固,我们将共同前进。”",
        "1年前,“我们绝不容许这种行径”,当我说完这句话后,大家都鼓掌了。",
        "“这个同盟将继续成为地区和平与稳定的基石,对此我深信不疑。”",
    ),
}


@pytest.mark.parametrize("language", sorted(EARLIER_AND_MINE))
def test_a_quote_continuing_a_first_person_one_is_the_same_speakers(ref, language):
    title, body = STATEMENTS[language]
    earlier, mine, continued = EARLIER_AND_MINE[language]
    quotes, _ = read(title, f"{body}\n\n{earlier}\n\n{mine}\n\n{continued}", ref)
    assert [q.speaker_slug for q in quotes if q.form == "first-person"] == ["fumio-kishida"]
    last = quotes[-1]
    assert last.form == "continuation"
    assert last.speaker_slug == "fumio-kishida"
