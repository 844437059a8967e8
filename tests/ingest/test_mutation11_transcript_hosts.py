"""The unnamed opening statement of a leaders' joint press conference is quoted up to its
last word: a first sentence with no closing stop, its line ending in spaces, loses the
spaces, and the quote's span ends where its words do (issue 11's seed-20261212 mutation
sample, transcript_hosts._leaders_statement: no test gave such a line). Invented
statement."""

from datetime import date

from archive.ingest.people import find_people
from archive.ingest.transcripts import read_turns

HEADING = "[Opening Statement]"
UNFINISHED = "First, on behalf of the people of Japan, I thank you all"


def _statement(ref, trailing):
    body = (
        f"{HEADING}\n\n{UNFINISHED}{trailing}\n\n"
        "Today I held long talks with President Joe Biden at the White House."
    )
    mentions, _ = find_people(body, ref.index)
    turns = read_turns(body, ref.index, mentions, (), ("Joint Press Conference", date(2022, 1, 21)))
    return [(hit.speaker_slug, hit.text, hit.start, hit.end) for hit, _ in turns]


def test_an_unfinished_first_sentence_is_quoted_without_the_spaces_after_it(ref):
    start = len(HEADING) + 2
    expected = [("fumio-kishida", UNFINISHED, start, start + len(UNFINISHED))]
    assert _statement(ref, "   ") == expected
    assert _statement(ref, "") == expected
