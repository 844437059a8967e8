"""kind_taken (issue 11's seed-20261208 mutation sample, meeting_tables.py): a meeting of a
kind already linked is not linked again, whichever of the two names its table."""

from archive.ingest.meeting_tables import kind_taken

TABLE = frozenset({"australia", "philippines"})


def test_a_multilateral_meeting_with_its_table_is_taken_by_one_of_its_kind_without_a_table():
    # kind_taken 5 asked for the tabled key *and* the bare kind among the links.
    assert kind_taken(("multilateral", TABLE), {"multilateral"})


def test_the_same_table_is_taken_and_another_kind_is_not():
    assert kind_taken(("multilateral", TABLE), {("multilateral", TABLE)})
    assert kind_taken("multilateral", {("multilateral", TABLE)})
    assert not kind_taken(("multilateral", TABLE), {"call"})
    assert not kind_taken(("multilateral", TABLE), {("multilateral", frozenset({"india"}))})
