"""A minister's own turn names someone with "and I" ("Secretary of Defense … and I
confirmed", "…長官と私は", "… 장관과 저는", "…和我"): the speaker did it with them, so
they are no passing name in the speaker's words (met_phrases.py). Made-up texts."""

import pytest

from archive.ingest.met_phrases import met
from archive.ingest.pipeline import parse_report
from archive.ingest.results import Mention


def _met(body: str, name: str) -> bool:
    at = body.index(name)
    return met(body, Mention("someone", at, at + len(name), name), (0, len(body)))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Secretary Jones and I confirmed our close coordination.", "Secretary Jones"),
        ("Minister Sato, and I agreed on the next steps.", "Minister Sato"),
        ("El secretario Jones y yo acordamos seguir trabajando.", "secretario Jones"),
        ("Menteri Sato dan saya sepakat untuk bekerja sama.", "Menteri Sato"),
        ("ジョーンズ長官と私は、同盟の強化で一致した。", "ジョーンズ長官"),
        ("존스 장관과 저는 협력을 강화하기로 했습니다.", "존스 장관"),
        ("琼斯部长和我同意加强合作。", "琼斯部长"),
    ],
)
def test_a_name_with_and_i_is_the_speakers_partner(body, name):
    assert _met(body, name)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Secretary Jones said the alliance matters, and I think so too.", "Secretary Jones"),
        ("Secretary Jones and Minister Sato agreed on the next steps.", "Secretary Jones"),
        ("Secretary Jones and i.e. the department will decide.", "Secretary Jones"),
        ("琼斯部长与我国关系密切。", "琼斯部长"),  # "with our country", not "with me"
        # a memory: what they did together another time
        ("Secretary Jones and I were here in July for the last meeting.", "Secretary Jones"),
        ("Secretary Jones and I met two years ago in Hawaii.", "Secretary Jones"),
        ("지난해 존스 장관과 저는 하와이에서 만났습니다.", "존스 장관"),
        ("ジョーンズ長官が述べた。", "ジョーンズ長官"),
    ],
)
def test_a_name_without_the_speaker_beside_it_is_not(body, name):
    assert not _met(body, name)


_TURN = (
    "Press Conference by the Defense Minister\n\nNovember 10, 2015\n\n"
    "MINISTER NAKATANI: I will begin. The situation in the region remains severe. {}\n\n"
    "QUESTION: What about the budget?\n\nMINISTER NAKATANI: We will explain it later."
)


def test_the_partner_a_minister_names_in_his_turn_is_a_person_of_the_report(ref):
    said = "Secretary of Defense Ashton Carter and I confirmed close coordination at sea."
    report = parse_report(_TURN.format(said).encode(), reference=ref, filename="x.txt")
    assert "ashton-carter" in {p.slug for p in report.people}


def test_someone_a_minister_only_talks_about_stays_in_passing(ref):
    said = "Secretary of Defense Ashton Carter has said that the alliance matters."
    report = parse_report(_TURN.format(said).encode(), reference=ref, filename="x.txt")
    assert "ashton-carter" not in {p.slug for p in report.people}
