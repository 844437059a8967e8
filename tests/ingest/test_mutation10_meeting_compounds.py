"""Every character of a compound before the allies' pair is read, however many countries
precede it (issue 11's seed-20261212 mutation run, meeting_compounds._run_countries):
"豪印日米" names Australia and India, "韓豪比日米" three countries. Invented texts."""

import pytest

from archive.ingest.meeting_compounds import compound_countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("豪印日米外相会合が開かれた。", {"Australia", "India"}),
        ("韓豪比日米の防衛相が会談した。", {"South Korea", "Australia", "Philippines"}),
        ("澳印美日外长会谈在东京举行。", {"Australia", "India"}),
    ],
)
def test_each_country_before_the_pair_is_read(text, countries):
    assert compound_countries(text) == countries


def test_the_run_stops_at_the_first_character_of_no_country():
    assert compound_countries("在豪の日米外相は会談した。") == frozenset()
