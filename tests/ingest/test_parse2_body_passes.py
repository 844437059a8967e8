"""The meeting's signs and names read a long body along with the topics (body_passes.py):
they then read only the meeting text's tail, and find what they would have found alone."""

from archive.ingest import prefilter
from archive.ingest.body_passes import read_body_along
from archive.ingest.meeting_index_names import _names
from archive.ingest.meeting_signs import report_signs, signs_needles
from archive.ingest.topics import find_topics

PARAGRAPH = (
    "Secretary of State Blinken met Foreign Minister Hayashi in Tokyo for talks number {} "
    "on North Korea's missiles; a trilateral summit with South Korea will follow next week.\n\n"
)


def _body(copies: int, salt: str) -> str:
    return "".join(PARAGRAPH.format(f"{salt}{i}") for i in range(copies))


def test_a_long_body_read_along_is_extended_not_read_again(ref):
    body = _body(60, "a")
    assert len(body) >= prefilter.EXTEND_FROM
    meeting_text = body + "\nU.S.-Japan Foreign Ministers' Meeting in Tokyo"
    alone = report_signs(meeting_text + " ")  # another text: read in full
    signs, names = signs_needles(), _names(ref.index)[0]
    find_topics(body, ref.index)
    read_body_along(body, ref.index)
    extended = signs.extended, names.extended
    along = report_signs(meeting_text)
    names.table(along.folded)
    assert (signs.extended, names.extended) == (extended[0] + 1, extended[1] + 1)
    assert along.kind_words == alone.kind_words and along.kind_words["foreign"]
    assert (along.format_words, along.future, along.countries, along.allies) == (
        alone.format_words,
        alone.future,
        alone.countries,
        alone.allies,
    )


def test_the_signs_tables_are_whole_readings_however_the_body_was_read(ref):
    # The topics' group reads each new long body for the meeting's readers too: every
    # table equals the automaton's own reading of that text.
    for salt in ("b", "c", "d"):
        body = _body(50, salt)
        find_topics(body, ref.index)
        read_body_along(body, ref.index)
        folded = prefilter.fold(body + "\nTalks in Tokyo")
        table = signs_needles().table(folded)
        assert table == prefilter.Needles(signs_needles().needles)._find(folded)
        names = _names(ref.index)[0]
        assert names.table(folded) == prefilter.Needles(names.needles)._find(folded)


def test_a_short_body_is_not_read_along(ref):
    body = _body(2, "e")
    assert len(body) < prefilter.EXTEND_FROM
    signs = signs_needles()
    passes = signs.passes
    read_body_along(body, ref.index)
    assert signs.passes == passes
