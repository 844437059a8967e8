"""Review of c551fe1 (quote_marks: straight marks in a Chinese or Japanese paragraph pair
in order). The guard against inch and second marks is an odd count; two of them in a
paragraph (a position in degrees, minutes and seconds, as a defense ministry prints an
aircraft's or a ship's track) pair into a "quote" of the text between them. A straight
mark right after a digit is a unit, not a quote mark. Made-up text."""

from archive.ingest.quote_marks import quote_spans

TRACK = "中国海軍の艦艇が北緯35度41'22\"、東経139度41'30\"の海域を北東に進んだと防衛省が発表した。"


def test_seconds_marks_in_a_position_are_no_quote():
    assert quote_spans(TRACK) == []


def test_a_chinese_straight_quote_is_still_read():
    """Guard: the commit's family."""
    paragraph = '他说,"美日同盟是地区和平的基石。"'
    assert [paragraph[a:b] for a, b in quote_spans(paragraph)]


def test_a_quote_beside_a_position_is_still_read():
    """Guard: a paragraph with one quote and one seconds mark pairs the quote's marks."""
    paragraph = '報道官は"警戒を続ける"と述べ、艦艇は北緯35度41\'22"の海域にいた。'
    assert [paragraph[a:b] for a, b in quote_spans(paragraph)] == ['"警戒を続ける"']
