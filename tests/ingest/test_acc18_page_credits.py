"""An editor's or a photographer's credit printed as a field with its name ("Editor: Ani
Lestari", "Redaktur : Ani", "Editado por: Ana Ruiz") over the byline is the page's credits,
never its headline (issue 11, eighteenth session); a headline that opens with the word is
left alone. Every text here is made up."""

from __future__ import annotations

import pytest

from archive.ingest.pipeline import parse_report

EN_BODY = (
    "Secretary of State Walter Dunmore met Foreign Minister Taro Yamada in Washington on "
    "Monday. The two ministers agreed to deepen the alliance before the summer summit."
)


def _parse(ref, text: str):
    return parse_report(text.encode(), reference=ref, filename="page.txt")


ID_HEAD = [
    "Menlu Jepang dan AS sepakat memperkuat aliansi sebelum pertemuan puncak",
    "Menlu Jepang Taro Yamada bertemu Menlu AS Walter Dunmore di Tokyo.",
    "{credit}",
    "Laporan Koresponden Contoh.com, Budi Santoso dari Jepang",
    "CONTOH.COM, TOKYO - Menteri Luar Negeri Taro Yamada bertemu Menteri Luar Negeri AS "
    "Walter Dunmore di Tokyo pada hari Senin untuk membahas aliansi kedua negara.",
]


@pytest.mark.parametrize(
    "credit", ["Editor: Ani Lestari", "Redaktur : Ani Lestari", "Editado por: Ana Ruiz"]
)
def test_an_editors_credit_over_the_byline_is_not_the_title(ref, credit):
    text = "\n".join(ID_HEAD).replace("{credit}", credit)
    assert _parse(ref, text).title == ID_HEAD[0]


def test_a_headline_about_an_editor_is_still_the_title(ref):
    head = "Editor: Japan and U.S. Agree to Deepen Their Alliance Before the Summit"
    text = "\n".join([head, "May 23, 2019", "", EN_BODY])
    assert _parse(ref, text).title == head
