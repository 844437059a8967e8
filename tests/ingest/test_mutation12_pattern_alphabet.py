"""The single-character parts inside an atomic group count as the parts outside it: a
breadcrumb pattern whose atomic group takes "." does not refuse "." (issue 11's
seed-20261214 mutation sample, pattern_alphabet._collect: no test had an atomic group).
Invented patterns."""

import re

from archive.ingest.pattern_alphabet import refused_characters


def test_a_character_an_atomic_group_takes_is_not_refused():
    assert refused_characters(re.compile(r"[^.>]{1,30}(?>>[^>]{1,30})+")) == frozenset()


def test_a_character_every_part_refuses_inside_an_atomic_group_too_is_refused():
    assert refused_characters(re.compile(r"[^.>]{1,30}(?>>[^.>]{1,30})+")) == {"."}
