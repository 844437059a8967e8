"""A Chinese official's name in Han has no short form (issue 11's seed-20261211 mutation sample,
cjk_short_names.py): the first two characters of a Japanese name of three or four are its
surname, those of a Chinese name are nobody, so the person's country is read."""

from types import SimpleNamespace

from archive.ingest.cjk_short_names import ShortNames
from archive.ingest.results import Mention

TEXT = "赵立平与森本健一会谈。赵立再次表示，森本也表示同意。"


def _short_mentions(country_of):
    mentions = [
        Mention("zhao-liping", 0, 3, "赵立平"),
        Mention("morimoto-kenichi", 4, 8, "森本健一"),
    ]
    people = {slug: SimpleNamespace(country=country) for slug, country in country_of.items()}
    return [(m.slug, m.form) for m in ShortNames(mentions, people).within(TEXT, 0, 10, len(TEXT))]


def test_the_first_two_characters_of_a_chinese_name_stand_for_no_one():
    # ShortNames._table 11 read every name as if its country were unknown.
    found = _short_mentions({"zhao-liping": "China", "morimoto-kenichi": "Japan"})
    assert found == [("morimoto-kenichi", "森本")]


def test_a_name_of_unknown_country_keeps_its_short_form():
    found = _short_mentions({})
    assert found == [("zhao-liping", "赵立"), ("morimoto-kenichi", "森本")]
