"""Issue 11: a paragraph that is one quote, under a paragraph ending "he talked about … as
follows:" with no one quoted before: "he" is the subject the sentence before opens with,
here a bare title ("the Prime Minister": the one named last who holds such a post;
opening_subjects.py). Invented texts."""

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes

VISIT = (
    "On Monday Prime Minister Fumio Kishida visited Washington and held talks with "
    "Secretary Antony Blinken. Later that day, the Prime Minister met reporters at a hotel. "
)
WORDS = (
    "\n\n“First, our two countries agreed to deepen their cooperation on security and on "
    "the economy, and we will keep working closely together.”"
)


def speakers(body, ref):
    mentions, _ = find_people(body, ref.index)
    return [(hit.speaker_slug, hit.form) for hit in find_quotes(body, mentions, index=ref.index)]


def test_he_introducing_the_quote_below_is_the_sentence_befores_subject(ref):
    body = VISIT + "There, he talked about the outcome of the talks as follows:" + WORDS
    assert speakers(body, ref) == [("fumio-kishida", "introduced")]


def test_it_introducing_the_quote_below_is_no_one(ref):
    body = VISIT + "There, it said about the outcome of the talks as follows:" + WORDS
    assert speakers(body, ref) == [(None, "unattributed")]
