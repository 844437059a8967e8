"""Review of 9a34099 (met_phrases._WITH_ME: a name right before "and I" in a speaker's
turn is the speaker's partner, not a passing name). The guard against memories reads only
a month, a year or "last …/… ago/지난/昨年" in the sentence, so a memory told without a
date ("The late Prime Minister … and I often talked", "used to", "かつて", "故…元長官",
"예전에") still makes the remembered person a participant. Made-up texts (the owner's
helper shape, test_acc16_people_with_me)."""

import pytest

from archive.ingest.met_phrases import met
from archive.ingest.results import Mention


def _met(body: str, name: str) -> bool:
    at = body.index(name)
    return met(body, Mention("someone", at, at + len(name), name), (0, len(body)))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The late Prime Minister Sato and I often talked about a free and open region.",
            "Prime Minister Sato",
        ),
        (
            "Secretary Jones and I used to say that the alliance is the cornerstone.",
            "Secretary Jones",
        ),
        ("かつてジョーンズ長官と私は、同じ大学で学んだ。", "ジョーンズ長官"),
        ("故ジョーンズ元長官と私は、同盟の礎を築いた。", "ジョーンズ元長官"),
        ("예전에 존스 장관과 저는 같은 부대에서 근무했습니다.", "존스 장관"),
    ],
)
def test_a_memory_told_without_a_date_is_no_partner(body, name):
    assert not _met(body, name)


def test_the_partner_of_the_day_is_still_read():
    """Guard: the family the commit reads."""
    assert _met("Secretary Jones and I confirmed our close coordination.", "Secretary Jones")


@pytest.mark.parametrize(
    "body",
    [
        "Secretary Jones and I once again confirmed the strength of our alliance.",
        "Secretary Jones and I often speak by phone, and today we met in person.",
        "ジョーンズ長官と私は、本日、同盟の強化で一致した。",
        "존스 장관과 저는 오늘 동맹 강화에 합의했습니다.",
    ],
)
def test_the_partner_of_the_day_is_read_in_every_form(body):
    """Guard: words of now ("once again", "often speak", "本日", "오늘") are no memory."""
    name = next(n for n in ("Secretary Jones", "ジョーンズ長官", "존스 장관") if n in body)
    assert _met(body, name)
