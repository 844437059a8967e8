"""People-finding on long reports (issue #10): the leaders' compounds read only until the
sizes counted are found, CJK leaders looked for only where one of their nouns is, and
titles read only for people whose offices can be checked. Invented reports."""

import re
from datetime import date

from archive.ingest import leader_compounds, people, titles
from archive.ingest.leader_compounds import (
    _CJK_LEADER_NOUNS,
    CJK_N_LEADERS,
    first_compounds,
)
from archive.ingest.results import Mention
from archive.ingest.roles import leaders_mentions

ON = date(2022, 1, 21)


def test_every_cjk_leaders_count_holds_one_of_the_nouns_looked_for():
    """The nouns are CJK_N_LEADERS's own alternation: no match is missed by the `in` test."""
    nouns = re.search(r"\(\?:(首脳[^)]*)\)", CJK_N_LEADERS.pattern).group(1)
    assert set(nouns.split("|")) == set(_CJK_LEADER_NOUNS)
    for text in ("3首脳は", "세 정상은", "三国领导人", "三國領導人", "3首脑"):
        match = CJK_N_LEADERS.search(text)
        assert match and any(noun in match.group(0) for noun in _CJK_LEADER_NOUNS)


def test_the_first_compound_of_each_size_asked_is_found():
    body = (
        "Japan-U.S. ties. Japan-U.S.-Australia talks. Japan-U.S.-India-Australia ties."
        " Japan-U.S.-Philippines summit."
    )
    first = first_compounds(body, {3, 4}, cjk=False)
    assert first[3] == ["Japan", "United States", "Australia"]
    assert first[4] == ["Japan", "United States", "India", "Australia"]


def test_a_compound_naming_a_country_twice_is_passed_over():
    body = "Japan-U.S.-Japan ties. Japan-U.S.-India talks."
    assert first_compounds(body, {3}, cjk=False) == {3: ["Japan", "United States", "India"]}


def test_latin_compounds_come_before_cjk_ones_and_cjk_ones_only_when_asked():
    body = "日米比の協力。Japan-U.S.-Australia talks."
    assert first_compounds(body, {3}, cjk=True)[3] == ["Japan", "United States", "Australia"]
    assert first_compounds("日米比の協力。", {3}, cjk=False) == {}
    assert first_compounds("日米比の協力。", {3}, cjk=True)[3] == [
        "Japan",
        "United States",
        "Philippines",
    ]


def test_compounds_are_read_only_until_the_sizes_counted_are_found(monkeypatch):
    read = []
    countries = dict(leader_compounds._COMPOUND_COUNTRIES)
    monkeypatch.setattr(
        leader_compounds,
        "_COMPOUND_COUNTRIES",
        type("Spy", (dict,), {"__getitem__": lambda s, k: read.append(k) or countries[k]})(),
    )
    body = "Japan-U.S.-Australia talks. " + "Japan-U.S.-India talks. " * 50
    assert first_compounds(body, {3}, cjk=False)[3] == ["Japan", "United States", "Australia"]
    assert len(read) == 3  # the first compound's countries only


def test_no_compound_is_read_without_leaders_counted(ref, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a compound was read")

    monkeypatch.setattr("archive.ingest.roles.first_compounds", refuse)
    assert leaders_mentions("The Japan-U.S.-Australia summit was held.", ON, ref.index) == []


def test_cjk_leaders_in_a_text_with_no_cjk_noun_are_not_searched(ref):
    assert leaders_mentions("日米豪の協力について意見交換を行った。", ON, ref.index) == []
    found = leaders_mentions("日米豪の協力について、3首脳は意見交換を行った。", ON, ref.index)
    assert {m.slug for m in found} == {"fumio-kishida", "joe-biden", "scott-morrison"}


def test_no_title_is_read_for_a_person_without_offices(ref, monkeypatch):
    reads = []
    real = people._title_before
    monkeypatch.setattr(people, "_title_before", lambda b, s: reads.append(s) or real(b, s))
    body = "Prime Minister Nobody Known met Prime Minister Fumio Kishida."
    start = body.index("Fumio")
    mentions = [Mention("not-in-the-reference", 15, 27, "Nobody Known")]
    mentions.append(Mention("fumio-kishida", start, start + 12, "Fumio Kishida"))
    people.check_titles(body, mentions, ref.index, ON)
    assert reads == [start]
    titles._Titles.memo.entries = ()
