"""Every compound of the allies' pair in a body is read, not only its last one: a
third country abbreviated beside the first "日米" counts though a later "日米" stands
alone (issue 11's seed-20261214 mutation sample, meeting_compounds._finds: no test named
the pair twice without a found_at table). Invented text."""

from archive.ingest.meeting_compounds import compound_countries


def test_a_compound_before_a_later_plain_pair_is_read():
    body = "日米豪防衛相会談が開かれた。その後、日米の両大臣が会見した。"
    assert compound_countries(body) == {"Australia"}


def test_each_compound_of_the_pair_adds_its_countries():
    body = "美日澳三边会谈之后，美日菲三国举行会谈。"
    assert compound_countries(body) == {"Australia", "Philippines"}


def test_the_pair_alone_names_no_third_country():
    assert compound_countries("日米防衛相会談が開かれた。日米同盟を確認した。") == frozenset()
