"""A body exactly as long as the automata extend from is read along with the topics
(issue 11's seed-20261211 mutation sample, body_passes.py): needles.EXTEND_FROM is the
length from which a text is extended, not read again, and read_body_along keeps to it."""

from archive.ingest import prefilter
from archive.ingest.body_passes import read_body_along
from archive.ingest.meeting_index_names import _names
from archive.ingest.meeting_signs import report_signs, signs_needles

LINE = "The two ministers met in the harbour city for talks on trade and ships; {}\n"


def _body_of_length(length: int, salt: str) -> str:
    body, i = "", 0
    while len(body) < length:
        body += LINE.format(f"{salt}{i}")
        i += 1
    return body[:length]


def test_a_body_of_exactly_the_extension_length_is_read_along(ref):
    # read_body_along 1 read only a body longer than EXTEND_FROM: at exactly that length
    # the meeting's text was then read again in full.
    body = _body_of_length(prefilter.EXTEND_FROM, "q")
    assert len(body) == prefilter.EXTEND_FROM
    signs, names = signs_needles(), _names(ref.index)[0]
    read_body_along(body, ref.index)
    extended = signs.extended, names.extended
    along = report_signs(body + "\nU.S.-Japan Foreign Ministers' Meeting in Tokyo")
    names.table(along.folded)
    assert (signs.extended, names.extended) == (extended[0] + 1, extended[1] + 1)
