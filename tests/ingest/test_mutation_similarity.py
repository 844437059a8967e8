"""find_shared's score (issue 11's mutation sample, similarity.py): the summed similarity
of the matched sentences over the shorter report's sentence count, so a retelling that
is only part of both reports scores below one, in proportion."""

import pytest

from archive.ingest.similarity import find_shared, sentences, stems
from tests.ingest.test_similarity import RETOLD, UNRELATED, WIRE


def test_the_score_is_the_matched_share_of_the_shorter_report():
    [(_, _, whole, [passage])] = find_shared({"wire": WIRE, "retold": RETOLD})
    # Both sentences of each report matched: the score is their mean similarity.
    assert len(sentences(WIRE)) == len(sentences(RETOLD)) == 2
    assert whole == pytest.approx(passage.similarity, abs=0.001)
    assert 0.7 <= whole < 1.0
    aside = "A festival of lanterns drew large crowds to the riverside park on Sunday evening."
    longer = {"wire": WIRE + "\n\n" + UNRELATED, "retold": RETOLD + "\n\n" + aside}
    shorter_count = min(len(sentences(text)) for text in longer.values())
    assert shorter_count == 3
    [(_, _, part, _)] = find_shared(longer)
    assert part == pytest.approx(whole * 2 / 3, abs=0.002)


def test_a_sentence_of_five_stems_is_compared_and_one_of_four_is_not():
    five = "Ministers discussed regional security cooperation."
    four = "Ministers discussed regional security."
    assert len(stems(five)) == 5 and len(stems(four)) == 4
    assert [(s.start, s.end) for s in sentences(five)] == [(0, len(five))]
    assert sentences(four) == []
