"""Two multilateral meetings held together, each named by its own table (issue 11): the
defense ministers of the U.S., Japan and Australia, then of those three and the
Philippines, in one afternoon. They share every kind word, so the report that covers
both tells them apart only by naming each table ("日米豪" and "日米豪比", "美日澳" and
"美日澳菲", "U.S.-Japan-Australia" and "Australia-Japan-Philippines-U.S."). Invented texts
against the reference's three meetings of 2 May 2024 in Honolulu."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest import prefilter
from archive.ingest.meeting_signs import report_signs
from archive.ingest.meeting_tables import named_tables
from tests.ingest.test_meeting_matching import full_reference, linked, suggest

DAY = date(2024, 5, 2)
FOUR = "multilateral-2024-05-02"  # with Australia and the Philippines
THREE = "multilateral-2024-05-02-2"  # with Australia
BILATERAL = "defense_ministers-2024-05-02"
MINISTERS = {"Lloyd Austin", "Minoru Kihara"}
AU, PH = "Australia", "Philippines"


@pytest.fixture(scope="module")
def index():
    return full_reference().index


@pytest.mark.parametrize(
    ("text", "tables"),
    [
        ("日米豪防衛相会談と日米豪比防衛相会談", {frozenset({AU}), frozenset({AU, PH})}),
        ("美日澳三边会谈和美日菲三边会谈", {frozenset({AU}), frozenset({PH})}),
        ("the U.S.-Japan-Australia trilateral", {frozenset({AU})}),
        ("pertemuan AS-Jepang-Australia-Filipina", {frozenset({AU, PH})}),
        ("the U.S.-Japan-South Korea summit", {frozenset({"South Korea"})}),
        ("la cumbre Japón-EE.UU.-Corea del Sur", {frozenset({"South Korea"})}),
        ("the Japan–U.S. summit", set()),  # the allies alone: no table of three
        ("Japan-Australia talks", set()),  # one ally only
        ("日米首脳会談", set()),
    ],
)
def test_named_tables(text, tables):
    assert named_tables(prefilter.fold(text)) == tables


@pytest.mark.parametrize(
    "body",
    [
        "5月2日、木原防衛大臣はオースティン米国防長官及びマールズ豪国防大臣と日米豪防衛相"
        "会談を行いました。続いて、テオドロ比国防大臣を交えて日米豪比防衛相会談を実施しま"
        "した。",
        "5月2日,木原稔防卫大臣与奥斯汀国防部长、马尔斯国防部长举行美日澳防长会谈,随后"
        "又与菲律宾国防部长特奥多罗举行美日澳菲防长会谈。",
        "On May 2 in Honolulu, Secretary Austin hosted the U.S.-Japan-Australia trilateral "
        "defense ministers' meeting with Minister Kihara and Deputy Prime Minister Marles, "
        "followed by an Australia-Japan-Philippines-U.S. defense ministers' meeting joined "
        "by Secretary Teodoro.",
        "Pada 2 Mei di Honolulu, Menteri Pertahanan Austin menggelar pertemuan trilateral "
        "AS-Jepang-Australia dengan Menteri Kihara dan Marles, disusul pertemuan menteri "
        "pertahanan Australia-Jepang-Filipina-AS bersama Teodoro.",
    ],
    ids=["ja", "zh", "en", "id"],
)
def test_each_table_named_apart_links_both_meetings(index, body):
    suggestions, _ = suggest(index, body, DAY, MINISTERS)
    assert {FOUR, THREE} <= set(linked(suggestions)) <= {FOUR, THREE, BILATERAL}


def test_three_meetings_of_one_afternoon_each_named(index):
    body = (
        "5月2日(木)、木原防衛大臣はオースティン米国防長官と会談しました。5月2日(木)、"
        "木原防衛大臣はオースティン米国防長官およびマールズ豪副首相兼国防大臣と日米豪防衛相"
        "会談を行いました。5月2日(木)、日米豪比防衛相会談を実施しました。"
    )
    suggestions, _ = suggest(index, body, date(2024, 5, 4), MINISTERS)
    assert set(linked(suggestions)) == {FOUR, THREE, BILATERAL}


@pytest.mark.parametrize(
    "body",
    [
        # The countries named, no table apart: which meeting of the two is open.
        "On May 2 in Honolulu, the defense ministers of Australia, Japan, the Philippines "
        "and the United States held a trilateral and a quadrilateral meeting; Austin and "
        "Kihara attended both.",
        # One table named twice.
        "5月2日、木原防衛大臣はオースティン米国防長官らと日米豪比防衛相会談を行いました。"
        "日米豪比の4大臣は、四か国の協力を確認しました。",
    ],
    ids=["countries-only", "one-table"],
)
def test_without_two_tables_named_the_two_are_not_both_linked(index, body):
    suggestions, _ = suggest(index, body, DAY, MINISTERS)
    assert not {FOUR, THREE} <= set(linked(suggestions))


@pytest.mark.parametrize(
    ("text", "multi"),
    [
        ("the Australia-Japan-Philippines-U.S. Defense Ministers' Meeting", True),
        ("an Australia–Japan–U.S. meeting of ministers", True),
        ("the Philippines-Japan-U.S. summit", True),
        ("the ROK-U.S.-Japan talks", True),
        ("Australia-Japan relations", False),
        ("India-U.S. ties", False),
    ],
)
def test_a_chain_led_by_a_third_country_names_a_meeting_of_three_or_more(text, multi):
    assert bool(report_signs(text).kind_words["multi"]) is multi


def test_a_four_way_meeting_named_by_its_chain_is_not_taken_for_the_bilateral(index):
    body = (
        "On May 2 in Honolulu, Secretary Austin, Minister Kihara, Deputy Prime Minister "
        "Marles and Secretary Teodoro held an Australia-Japan-Philippines-U.S. defense "
        "ministers' meeting."
    )
    suggestions, _ = suggest(index, body, DAY, MINISTERS)
    assert BILATERAL not in linked(suggestions)
    assert suggestions[0].slug == FOUR
