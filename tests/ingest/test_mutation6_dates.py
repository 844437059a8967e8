"""unfold_one_line_page (issue 11's seed-20261208 mutation sample, dates.py): a full date
right after an opening parenthesis belongs to the words around it (a date given in
brackets), so the line is no page of head, date line and body run together. Invented
text."""

from archive.ingest.one_line_pages import unfold_one_line_page

REST = (
    "東京で会談し、日米同盟の抑止力と対処力を一層強化していくことで一致した。"
    "両氏はインド太平洋地域の情勢についても意見を交わし、緊密に連携していく方針を確認した。"
)


def test_a_page_line_with_its_date_standing_alone_unfolds():
    line = f"新聞音頻 ブリンケン国務長官と林外相が会談 2023年6月1日 {REST}"
    assert unfold_one_line_page([line]) == [
        "新聞音頻 ブリンケン国務長官と林外相が会談",
        "2023年6月1日",
        REST,
    ]


def test_a_date_after_a_full_width_opening_parenthesis_is_no_date_line():
    # unfold_one_line_page 56 no longer knew "（" (it looked for "XX（XX").
    line = f"新聞音頻 ブリンケン国務長官と林外相が会談（ 2023年6月1日 {REST}"
    assert unfold_one_line_page([line]) == [line]
