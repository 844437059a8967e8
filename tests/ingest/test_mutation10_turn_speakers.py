"""A question's "Q." stays the questioner's when the question opens by addressing a known
person (issue 11's seed-20261212 mutation run, turn_speakers._label_speaker): in a
transcript printed as The American Presidency Project prints them ("President Biden. Well,
…"), "Q. Prime Minister Kishida. What …" reads as a label ending in a full stop, and the
name inside it must not make the reporter's question the prime minister's. The label's
words are compared with the anonymous ones with their dots stripped ("Q." is "Q")."""

import pytest

from archive.ingest.people import find_people
from archive.ingest.transcripts import find_turns


def _speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.text) for hit in find_turns(body, ref.index, mentions)]


@pytest.mark.parametrize(
    "question",
    [
        "Q. Prime Minister Kishida. What did the two leaders agree on today?",
        "Q. Secretary Blinken. Will the two ministers meet again this year?",
    ],
)
def test_a_question_addressed_to_a_known_person_is_not_theirs(question, ref):
    body = "\n\n".join(
        [
            "Prime Minister Kishida. Thank you all for coming.",
            question,
            "Prime Minister Kishida. We agreed to meet again in the spring.",
        ]
    )
    speakers = _speakers(body, ref)
    assert [slug for slug, _ in speakers] == ["fumio-kishida", None, "fumio-kishida"]
    assert speakers[1][1].endswith("?")


def test_the_persons_own_label_with_a_full_stop_is_theirs(ref):
    body = "Q. Thank you, sir.\n\nSecretary Blinken. We will meet again in the spring."
    assert _speakers(body, ref)[-1] == ("antony-blinken", "We will meet again in the spring.")
