"""Every place a landmark's name stands for its institution is found, not only the first and
the last (issue 11's seed-20261211 mutation sample, meeting_landmarks.py)."""

from archive.ingest.meeting_landmarks import speaking_landmarks


def test_a_speaking_landmark_between_two_others_is_found():
    # _finds 12 jumped from the first mention to the last, skipping the one that speaks.
    text = (
        "the ministers met at the white house on monday. later the white house said the "
        "talks went well. the visitors left the white house at noon."
    )
    spans = speaking_landmarks(text)
    said = text.index("the white house said") + len("the ")
    assert (said, said + len("white house")) in spans
