"""A CJK quote after a comma clause with no subject goes on with the last speaker's words,
unless the clause brings in another voice: a source ("…の発表によると、") or a contrast
("一方、", "これに対し、"). Invented texts."""

import pytest

from archive.ingest.pipeline import parse_report

HEAD = (
    "【東京共同】林芳正外相は7日、ブリンケン米国務長官と東京で会談した。\n\n"
    "林外相は会談後、「非常に有意義な会談だった」と述べた。\n\n"
)


def _speakers(ref, last):
    report = parse_report((HEAD + last).encode(), reference=ref)
    return {q.text: q.speaker_slug for q in report.quotes}


@pytest.mark.parametrize(
    "last",
    [
        "一方、米国務省の発表によると、「中国の威圧に共に対抗する」と強調した。",
        "米側によれば、「中国の威圧に共に対抗する」と強調した。",
    ],
)
def test_a_clause_naming_a_source_or_a_contrast_is_not_the_last_speakers(ref, last):
    assert _speakers(ref, last).get("中国の威圧に共に対抗する") is None


def test_a_clause_of_where_it_was_said_goes_on_with_the_last_speaker(ref):
    last = "その後の記者会見で、「同盟は強固だ」と語った。"
    assert _speakers(ref, last)["同盟は強固だ"] == "yoshimasa-hayashi"
