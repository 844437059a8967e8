"""A straight double quote after an ellipsis and right before a word opens a quote, as a
Korean headline's closing clause follows its first ('첫 통화..."동맹 억지력 강화"'); an
English mark after an ellipsis and before a space or a punctuation mark still closes
(quote_marks._opens). Invented texts."""

import pytest

from archive.ingest.headline_quotes import headline_quotes
from archive.ingest.people import find_people
from archive.ingest.quotes import quote_spans


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ('신임 방위상, 미 국방장관과 첫 통화..."동맹 억지력 강화"', "동맹 억지력 강화"),
        ('미일 외교장관 통화…"북한 문제 등 논의"', "북한 문제 등 논의"),
        ("한미일 국방장관 회담...“3국 안보 협력 가속화”", "3국 안보 협력 가속화"),
        ('美日外长通话…"加强同盟合作"', "加强同盟合作"),
    ],
)
def test_a_quote_after_an_ellipsis_in_a_headline(ref, title, text):
    people = find_people(title, ref.index)[0]
    found = headline_quotes(title, people, [], index=ref.index)
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):  # Korean: the closing clause is kept
        assert [(q.speaker_slug, q.text) for q in found] == [(None, text)]
    start = title.index(text) - 1
    assert (start, start + len(text) + 2) in quote_spans(title)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We will stand together..." he said.',
        '"We will stand together…", Blinken said.',
        'He said: "never again..."',
    ],
)
def test_an_english_mark_after_an_ellipsis_still_closes(paragraph):
    assert len(quote_spans(paragraph)) == 1
    assert quote_spans(paragraph)[0][0] == paragraph.index('"')
