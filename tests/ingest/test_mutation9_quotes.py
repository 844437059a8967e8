"""A CJK quote whose subject is a bare title ("外相は「…」と述べた") is recorded in the form its
words take, one of quotes.FORMS (issue 11's seed-20261211 mutation sample, quotes.py): the
title then the quote then the verb."""

from archive.ingest.pipeline import parse_report
from archive.ingest.quotes import FORMS

BODY = "林芳正氏と岸田文雄氏が会談した。外相は「同盟は強固だ」と述べた。"


def test_a_bare_titles_quote_is_in_the_name_quote_verb_form(ref):
    # _cjk_attribution 68 recorded the form in capitals, outside FORMS.
    raw = f"日米外相会談\n\n2022年1月21日\n\n{BODY}\n"
    quotes = parse_report(raw.encode(), reference=ref).quotes
    assert [(q.speaker_slug, q.form) for q in quotes] == [("yoshimasa-hayashi", "name-quote-verb")]
    assert all(q.form in FORMS for q in quotes)
