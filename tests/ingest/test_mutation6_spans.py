"""TextMemo (issue 11's seed-20261208 mutation sample, spans.py): a report parsed again
finds its body's and its headline's readings both, whichever it looks up first."""

from archive.ingest.spans import TextMemo


def test_a_text_found_again_by_equality_keeps_the_other_texts_reading():
    memo = TextMemo()
    body, headline = "Blinken met Hayashi in Tokyo.", "Blinken in Tokyo"
    memo.put(body, "body's reading")
    memo.put(headline, "headline's reading")
    # An equal copy (the same report read again) is found and moved to the front; the
    # body's entry stays (TextMemo.get 9 dropped the entry after the one found).
    assert memo.get("".join(["Blinken ", "in Tokyo"])) == "headline's reading"
    assert memo.get(body) == "body's reading"
