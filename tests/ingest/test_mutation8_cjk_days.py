"""The day a Japanese, Chinese or Korean lead gives its meeting (issue 11's seed-20261210
mutation sample, cjk_days.py): a lead that opens with a line break or a full stop (a
paragraph joined after an empty line) still gives its day. Invented sentences."""

from archive.ingest.cjk_days import lead_days


def test_a_lead_opening_with_a_line_break_still_gives_its_day():
    # lead_days 26 began the sentence one character before the break, at the text's end.
    assert lead_days("\n17日、林外相はブリンケン国務長官と会談した。") == {17}
    assert lead_days("。\n하야시 외무상은 17일 블링컨 장관과 회담했다.") == {17}
