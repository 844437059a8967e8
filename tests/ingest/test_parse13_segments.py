"""segment_finditer finds its required strings with an automaton (prefilter.py, issue
#10): every start of each string, caseless ones in the fold, as str.find gives them."""

import random

from archive.ingest import prefilter, roles
from archive.ingest.needles import occurrences


def test_required_starts_are_every_occurrence_of_each_string():
    required = frozenset({("counterpart", True), ("hom", True), ("Rekan", False), ("ab", False)})
    rng = random.Random(4)
    pieces = ("Counterpart ", "homólogo ", "Rekan", "rekan ", "abab", "x ", "HOM")
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        folded = prefilter.fold(text)
        expected = sorted(
            {
                start
                for string, caseless in required
                for start in occurrences(string, folded if caseless else text)
            }
        )
        assert prefilter._required_starts(required, text, folded) == expected


def test_the_counterparts_read_in_stretches_are_the_regexs():
    rng = random.Random(9)
    pieces = ("his Japanese counterpart", "su homólogo estadounidense", ", ", ". ", "x " * 5)
    for _ in range(100):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        found = prefilter.segment_finditer(roles.COUNTERPART, text, roles._NOT_IN_PHRASE)
        assert [m.span() for m in found] == [m.span() for m in roles.COUNTERPART.finditer(text)]
