"""kind_taken and named_tables (issue 11's seed-20261208 mutation sample,
meeting_tables.py): a meeting of a kind already linked is not linked again, whichever of
the two names its table; a chain of countries names a table whichever end the third
country stands at."""

from archive.ingest import prefilter
from archive.ingest.meeting_tables import kind_taken, named_tables

TABLE = frozenset({"australia", "philippines"})


def test_a_multilateral_meeting_with_its_table_is_taken_by_one_of_its_kind_without_a_table():
    # kind_taken 5 asked for the tabled key *and* the bare kind among the links.
    assert kind_taken(("multilateral", TABLE), {"multilateral"})


def test_the_same_table_is_taken_and_another_kind_is_not():
    assert kind_taken(("multilateral", TABLE), {("multilateral", TABLE)})
    assert kind_taken("multilateral", {("multilateral", TABLE)})
    assert not kind_taken(("multilateral", TABLE), {"call"})
    assert not kind_taken(("multilateral", TABLE), {("multilateral", frozenset({"india"}))})


def test_a_chain_that_begins_with_the_third_country_names_its_table():
    # Australia has a dash after it only; _linked 20 read the dash before it alone.
    folded = prefilter.fold("The Australia-U.S.-Japan defence ministers met in Tokyo.")
    assert named_tables(folded) == frozenset({frozenset({"Australia"})})
