"""Issue 11, quotes in one very long sentence (session 17): the words a quote's attribution
reads are clipped to WINDOW_CHARS characters either side of it (quote_window.py), so that
a page printed as one line with no full stop is read in time linear in its length. A
speaker named within a long sentence's distance of the quote is still found; one named
further back than the window is not used. No timings here: the distances decide. People
and texts are made up."""

import pytest

from archive.ingest.quote_window import WINDOW_CHARS, QuoteWindow
from archive.ingest.reference import Reference
from archive.ingest.sentence_breaks import SentenceBreaks
from tests.ingest.invented_people import READOUT_PEOPLE
from tests.ingest.invented_people import speaker_of_words as said

WORDS = "we will keep working together on supply chains and on the security of the region"
# No name, no verb of saying, no full stop: only distance between the speaker and the quote.
FILLER = "and the two sides went over trade, energy and the sea lanes in turn, "


@pytest.fixture(scope="module")
def index():
    return Reference(people=READOUT_PEOPLE).index


def _sentence(gap: int) -> str:
    """ "Ellen Graves said …" with the quote `gap` characters or so after the verb."""
    filler = (FILLER * (gap // len(FILLER) + 1))[:gap].rsplit(" ", 1)[0]
    return f"Ellen Graves said on Monday that {filler} “{WORDS}”"


def _distance(body: str) -> int:
    """Characters from the speaker's name to the quote's opening mark."""
    return body.index("“") - body.index("Ellen")


def test_a_speaker_a_long_sentence_before_the_quote_is_found(index):
    body = _sentence(450)  # a long sentence: about 80 words before the quote
    assert 450 < _distance(body) < 520
    assert said(body, index)[WORDS] == "ellen-graves"


def test_a_speaker_just_inside_the_window_is_found(index):
    body = _sentence(WINDOW_CHARS - 60)
    assert WINDOW_CHARS - 40 < _distance(body) <= WINDOW_CHARS
    assert said(body, index)[WORDS] == "ellen-graves"


def test_a_name_just_beyond_the_window_is_not_used(index):
    body = _sentence(WINDOW_CHARS + 40)
    assert _distance(body) > WINDOW_CHARS
    assert said(body, index)[WORDS] is None


def test_a_name_far_back_in_a_one_line_page_is_not_used(index):
    body = _sentence(1500)
    assert said(body, index)[WORDS] is None


@pytest.mark.parametrize("gap, speaker", [(450, "ellen-graves"), (1500, None)])
def test_the_paragraph_above_is_read_within_the_window(index, gap, speaker):
    # "… X said …" closing the paragraph above (no subject opening its sentence), then
    # "“…,” he said." below it.
    above = FILLER * 3 + _sentence(gap).rsplit(" “", 1)[0]
    body = f"{above}\n\n“{WORDS},” he said."
    assert said(body, index)[WORDS] == speaker


def test_the_window_clips_both_sides_at_whole_words():
    paragraph = "word " * 400 + "“a quote”" + " more" * 400
    start = paragraph.index("“")
    end = paragraph.index("”") + 1
    after, before, before_start = QuoteWindow(paragraph).around(start, end)
    assert len(before) <= WINDOW_CHARS and before.startswith("word ")
    assert paragraph[before_start:start] == before
    assert len(after) <= WINDOW_CHARS and after.endswith("more")


def test_a_sentence_within_the_window_is_read_as_before():
    paragraph = (
        "Talks ended late. Graves said on Monday that the allies would meet again, “soon and "
        "often, we hope.” Nothing else was said."
    )
    start = paragraph.index("“")
    end = paragraph.index("”") + 1
    assert QuoteWindow(paragraph).around(start, end) == SentenceBreaks(paragraph).around(start, end)
