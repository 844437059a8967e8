"""Countries abbreviated to one character beside the allies ("日米豪", "美日印澳", "日米豪比")
count as named for a meeting's table (issue 11). Invented texts."""

from __future__ import annotations

from datetime import date

import pytest

from archive.ingest.meeting_compounds import compound_countries
from tests.ingest.test_meeting_matching import full_reference, suggest


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("日米豪比防衛相会談を実施しました。", {"Australia", "Philippines"}),
        ("美日印澳四方安全对话外长会议", {"India", "Australia"}),
        ("美日菲三边峰会在白宫举行", {"Philippines"}),
        ("日米韓首脳会合", {"South Korea"}),
        ("豪日米の防衛相は", {"Australia"}),
        ("日米・豪の連携", {"Australia"}),
        ("日米比較の調査では", set()),
        ("日米首脳会談", set()),
        ("The Japan-U.S.-Australia meeting", set()),  # whole names are meeting_words'
    ],
)
def test_compound_countries(text, countries):
    assert compound_countries(text) == countries


@pytest.mark.parametrize(
    "body",
    [
        "木原防衛大臣は、ホノルルでオースティン米国防長官およびマールズ副首相兼国防大臣と"
        "日米豪防衛相会談を行いました。",
        "美国国防部长奥斯汀与日本防卫大臣木原稔在檀香山举行美日澳防长会谈。",
    ],
    ids=["ja", "zh"],
)
def test_a_trilateral_named_by_its_compound_names_its_third_country(body):
    index = full_reference().index
    suggestions, _ = suggest(index, body, date(2024, 5, 2), {"Minoru Kihara", "Lloyd Austin"})
    top = suggestions[0]
    assert top.slug == "multilateral-2024-05-02-2"  # Japan-U.S.-Australia, Honolulu
    assert "names the other countries at the table: Australia" in top.reasons
