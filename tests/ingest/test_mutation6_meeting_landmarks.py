"""speaking_landmarks (issue 11's seed-20261208 mutation sample, meeting_landmarks.py):
every occurrence of a landmark is read, not only the last."""

from archive.ingest.meeting_landmarks import speaking_landmarks, without_speaking_landmarks


def test_each_time_the_white_house_speaks_it_is_an_institution_not_a_place():
    folded = "the white house said the talks went well. later the white house said more."
    first = folded.index("white house")
    second = folded.index("white house", first + 1)
    # speaking_landmarks 4 began at the last occurrence (rfind) and missed the first.
    assert speaking_landmarks(folded) == [(first, first + 11), (second, second + 11)]
    assert "white house" not in without_speaking_landmarks(folded)


def test_the_white_house_as_the_place_of_a_meeting_stays_a_place():
    folded = "the white house said it. the leaders met at the white house on friday."
    second = folded.index("white house", folded.index("white house") + 1)
    assert without_speaking_landmarks(folded)[second : second + 11] == "white house"
