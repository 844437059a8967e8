"""The places of the 2006-2010 meetings added to the reference data are read in each
script (meeting_places.PLACE_NAMES through meeting_mentions.mentioned_places), and every
curated place is a city or country of the reference's meetings. Invented phrases."""

import csv

import pytest

from archive.ingest.meeting_mentions import mentioned_places
from archive.ingest.meeting_places import PLACE_NAMES
from archive.ingest.prefilter import fold
from tests.ingest.reference_data import REFERENCE_DIR


@pytest.mark.parametrize(
    ("place", "texts"),
    [
        ("Hanoi", ["talks in Hanoi", "ハノイで会談", "하노이에서 회담", "在河内会谈"]),
        ("Sydney", ["met in Sydney", "シドニーで会談", "시드니에서", "在悉尼会晤"]),
        ("Kyoto", ["met in Kyoto", "京都で会談", "교토에서"]),
        ("Toronto", ["in Toronto", "トロントで", "토론토에서", "在多伦多"]),
        ("Yokohama", ["in Yokohama", "横浜で", "요코하마에서", "在横滨"]),
        ("Ottawa", ["in Ottawa", "オタワで", "오타와에서", "在渥太华"]),
        ("Vientiane", ["in Vientiane", "ビエンチャンで", "비엔티안에서", "在万象"]),
        ("Guam", ["in Guam", "グアムで", "괌에서", "在关岛"]),
    ],
)
def test_each_new_place_is_read_in_each_script(place, texts):
    for text in texts:
        assert place in mentioned_places(fold(text)), text


def test_every_curated_place_is_a_place_of_the_reference_meetings():
    with open(REFERENCE_DIR / "us_japan_meetings.csv", newline="", encoding="utf-8") as rows:
        places = {value for row in csv.DictReader(rows) for value in (row["city"], row["country"])}
    assert set(PLACE_NAMES) - places <= {"Arlington", "Camp David"}
