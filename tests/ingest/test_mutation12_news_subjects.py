"""A sender named before "보낸" (sent) is read across one or two spaces, as the pattern
reads them ("박민수  보낸 축전"): the quick test of the character after the name skips the
same spaces, not one more (issue 11's seed-20261214 mutation sample,
news_subjects._may_follow: no test had two spaces after a name). Invented text."""

import pytest

from archive.ingest.news_subjects import _genitive
from archive.ingest.results import Mention


def _sender(spaces: str) -> bool:
    body = f"대통령은 박민수{spaces}보낸 축전에 감사했다."
    start = body.index("박민수")
    return _genitive(body, Mention("min-park", start, start + 3, "박민수"))


@pytest.mark.parametrize("spaces", [" ", "  "])
def test_a_sender_one_or_two_spaces_before_the_verb_is_named_in_passing(spaces):
    assert _sender(spaces)


def test_three_spaces_part_the_name_from_the_verb():
    assert not _sender("   ")
