"""Words for a meeting of another pair of countries ("한미 정상회담", "米朝首脳会談", "日韓外相
会談", "美韩峰会", "the U.S.-China summit") are not what the report calls a meeting of the
allies (issue 11: a US-Korea meeting that mentions Japan). A compound that holds both
allies ("日米韓", "한미일", "Japan-U.S.-South Korea") is their meeting of three and stays.
Invented texts."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from archive.ingest.meeting_other_pairs import OTHER_PAIRS, without_other_pairs
from archive.ingest.meetings import _read_report
from tests.ingest.reference_data import seed_reference

INDEX = replace(seed_reference(), meetings=()).index


def _kinds(text: str):
    return _read_report(INDEX, text, None, "unknown")[0].kind_words


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("한미 정상회담이 워싱턴에서 열렸다.", "summit"),
        ("한-미 외교장관 회담에서 일본 문제도 논의했다.", "foreign"),
        ("북미 정상회담을 앞두고 일본은 우려했다.", "summit"),
        ("米朝首脳会談が行われた。", "summit"),
        ("日韓外相会談が東京で行われた。", "foreign"),
        ("日中首脳会談で安倍総理は述べた。", "summit"),
        ("美韩峰会在华盛顿举行。", "summit"),
        ("The U.S.-China summit was held in Beijing.", "summit"),
        ("Ahead of the US-North Korea summit in Hanoi, Japan voiced concern.", "summit"),
        ("A Japan-South Korea foreign ministers' meeting followed.", "foreign"),
    ],
)
def test_another_pairs_meeting_is_not_the_allies(text, kind):
    assert _kinds(text)[kind] == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("미일 정상회담이 열렸다.", "summit"),
        ("한미일 정상회의가 캠프 데이비드에서 열렸다.", "summit"),
        ("미한일 정상회의가 열렸다.", "multi"),
        ("日米韓首脳会談が行われた。", "summit"),
        ("韓日米外相会談", "foreign"),
        ("美日韩峰会在戴维营举行。", "summit"),
        ("The U.S.-Japan summit was held in Tokyo.", "summit"),
        ("The Japan-U.S.-South Korea summit was held at Camp David.", "summit"),
        # not right after the compound: a visit to Japan, then the summit
        ("訪日中、首脳会談を行った。", "summit"),
        ("He discussed U.S.-China trade before the summit.", "summit"),
    ],
)
def test_the_allies_meeting_and_words_apart_stay(text, kind):
    assert _kinds(text)[kind] >= 1


def test_each_other_pair_lacks_one_ally():
    for pair in OTHER_PAIRS:
        assert not {"日", "米"} <= set(pair) and not {"日", "美"} <= set(pair)
        assert not {"미", "일"} <= set(pair)
        assert not ("japan" in pair and ("u.s." in pair or "american" in pair))


@pytest.mark.parametrize(
    "text",
    [
        "한·미 정상회담이 열렸다.",  # joined by a middle dot
        "The U.S.–China summit was held in Beijing.",  # an en dash
        "The China-U.S. summit was held in Beijing.",  # the ally second
    ],
)
def test_joiners_and_either_order(text):
    assert _kinds(text)["summit"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "The Japan–U.S.–South Korea summit was held at Camp David.",  # a longer chain
        "The focus-china summit is a trade fair.",  # a longer word before the pair
        "The U.S.-Korean summit was held.",  # a longer word after it (left as it is)
        "한미  정상회담",  # two spaces: not right after the compound
    ],
)
def test_a_longer_chain_or_word_is_not_the_pair(text):
    assert _kinds(text)["summit"] == 1


def test_only_the_other_pairs_words_are_taken_off():
    kinds = _kinds("한미 정상회담에 이어 미일 정상회담이 열렸다. 한일 외교장관 회담도 있었다.")
    assert kinds["summit"] == 1
    assert kinds["foreign"] == 0


def test_a_kind_taken_to_none_is_dropped():
    folded = "美韩峰会在华盛顿举行。"
    left = without_other_pairs(Counter(summit=1, multi=1), {"美韩": [0]}, folded)
    assert left == Counter(multi=1)
    assert "summit" not in left


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("米・朝首脳会談が行われた。", 0),  # joined by a Japanese middle dot
        ("The U.S.-China-Japan summit was held.", 1),  # a chain holding both allies
    ],
)
def test_cjk_joiners_and_chains_with_both_allies(text, left):
    assert _kinds(text)["summit"] == left


@pytest.mark.parametrize(
    "text",
    [
        "岸田総理は訪米中首脳会談を行った。",  # during the US visit, the summit
        "기시다 총리는 방미중 정상회담을 가졌다.",
        "バイデン大統領は来日中首脳会談に臨んだ。",
    ],
)
def test_a_visit_before_the_compound_names_no_pair(text):
    assert _kinds(text)["summit"] >= 1
