"""A headline-shaped person line is a speaker's line only over a venue or a place (issue 11's
seed-20261211 mutation sample, head_lines.py): a line that ends a sentence is the story's
first line, not where the speaker spoke."""

from archive.ingest.head_lines import is_speaker_line


def test_a_person_headline_over_a_sentence_is_no_speakers_line():
    # _venue_or_place 15 read the line's last character but one, taking a sentence for a venue.
    assert not is_speaker_line(["Prime Minister Mori Resigns", "Markets fell sharply."], 0)
    assert not is_speaker_line(["Prime Minister Mori Resigns", "He left office today!"], 0)


def test_a_person_headline_over_a_venue_is_the_speakers_line():
    assert is_speaker_line(["Prime Minister Mori Resigns", "Garden Room"], 0)
