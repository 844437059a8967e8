"""detect_language reads a text's lines as one text (issue 11's mutation sample,
language.py): a word at the start or the end of a line counts as much as one inside it,
so hard-wrapped prose whose short words fall at the line breaks is still told apart."""

from archive.ingest.language import detect_language


def test_words_at_the_line_breaks_of_wrapped_english_count():
    text = (
        "Japan and\nthe United States said\nthey will meet again in\n"
        "the autumn to talk of\nthe alliance and\nthe region"
    )
    assert detect_language(text) == "en"


def test_words_at_the_line_breaks_of_wrapped_italian_count():
    text = "Il ministro e\nla delegazione del\nGiappone sono\narrivati per\nla visita"
    assert detect_language(text) == "it"


def test_korean_written_mostly_in_hanja_is_korean():
    # More Han characters than Hangul, no kana: the Hangul makes it Korean, not Chinese.
    assert detect_language("美國 大統領 訪韓 日程 發表 한다") == "ko"
