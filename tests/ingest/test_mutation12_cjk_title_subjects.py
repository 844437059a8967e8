"""A Korean bare title marked as the subject by "가" (after a vowel, as "이" after a
consonant: "총리가 “…”고 말했다") stands for the person named with that title before:
the verb is read after the quote, as for "은", "는" and "이" (issue 11's seed-20261214
mutation sample, cjk_title_subjects.bare_title_speaker: no test had "가"). Invented
text."""

import pytest

from archive.ingest.cjk_title_subjects import bare_title_speaker
from archive.ingest.results import Mention

NAMED = "박민수 총리는 6일 서울에서 외교장관을 만났다. "
PARK = Mention("min-park", 0, 3, "박민수")


def _speaker(sentence: str):
    body = NAMED + sentence
    start, end = body.index("“"), body.index("”") + 1
    offset = len(NAMED)
    return bare_title_speaker(body, offset, body[offset:start], body[end:], [PARK], None)


@pytest.mark.parametrize("particle", ["가", "는"])
def test_a_bare_title_with_a_subject_particle_speaks_the_quote(particle):
    assert _speaker(f"총리{particle} “협력을 강화하겠다”고 말했다.") == PARK


def test_a_bare_title_with_no_verb_after_the_quote_speaks_nothing():
    assert _speaker("총리가 “협력을 강화하겠다”는 뜻을 담은 문서를 받았다.") is None
