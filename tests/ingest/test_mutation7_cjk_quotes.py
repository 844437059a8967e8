"""The spokesperson who relays a quote given as an institution's (issue 11's seed-20261209
mutation sample, cjk_quotes.py): read in the sentence right after the quote's, in Japanese
too, where sentences end with "。", never in an earlier sentence of the body. Invented
text."""

from archive.ingest.cjk_quotes import relayed

BODY = (
    "外務省は「同盟は強固だ」と発表した。山田報道官はこのように伝えた。"
    "国務省は「協力を広げる」と発表した。会談は明日行われる。"
)


def test_a_spokesperson_relays_the_quote_just_before_their_sentence():
    assert relayed(BODY, BODY.index("」と発表"), []).name == "山田報道官"


def test_a_spokesperson_two_sentences_back_relays_no_later_quote():
    # relayed 5 looked for the sentence end from the body's start: the first "。" gave
    # the first quote's relay to the second quote too.
    second = BODY.index("」と発表", BODY.index("」と発表") + 1)
    assert relayed(BODY, second, []) is None
