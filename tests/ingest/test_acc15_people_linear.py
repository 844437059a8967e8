"""The people pass reads a long text with no sentence stop in time linear in its length
(passing._Reading, attendance.Attendance, readout_words.speakers): a text of one sentence
naming a leader many times inside a minister's words is read once a sentence, not once a
name. Counted in calls of the regex searches, not timed. Invented people and texts."""

from datetime import date

import pytest

from archive.ingest import attendance, passing, readout_words
from archive.ingest.passing import in_passing
from archive.ingest.people import find_people
from archive.ingest.reference import Reference
from tests.ingest.invented_people import READOUT_PEOPLE

ON = date(2031, 5, 2)


@pytest.fixture(scope="module")
def index():
    return Reference(people=READOUT_PEOPLE).index


LEAD = "森村健太外務大臣は、グレイブス国務長官との間で日米外相会談を行ったところ、"
# A minister's words naming a leader, closed by "旨述べ" and a comma: no sentence stop.
FRAME = "森村大臣より、ハーモン大統領の演説は印象深かった旨述べ、"


class _Counting:
    """A compiled pattern whose searches, matches and scans are counted."""

    def __init__(self, pattern, counter):
        self.pattern, self.counter = pattern, counter

    def __getattr__(self, name):
        found = getattr(self.pattern, name)
        if name in ("search", "match", "finditer"):

            def counted(*args, **kwargs):
                self.counter[0] += 1
                return found(*args, **kwargs)

            return counted
        return found


def _reads(index, monkeypatch, frames: int) -> int:
    body = LEAD + FRAME * frames
    mentions = find_people(body, index, ON)[0]
    assert sum(m.slug == "walter-harmon" for m in mentions) == frames
    counter = [0]
    for module, name in (
        (passing, "_SUCCEEDED"),
        (passing, "MEETING_WORD"),
        (passing, "SUCCESSION"),
        (readout_words, "_SPEAKS"),
        (attendance, "ATTENDED"),
    ):
        monkeypatch.setattr(module, name, _Counting(getattr(module, name), counter))
    assert "walter-harmon" in in_passing(body, mentions, [], index)
    monkeypatch.undo()
    return counter[0]


def test_a_sentence_naming_a_leader_many_times_is_read_in_linear_steps(index, monkeypatch):
    small, large = _reads(index, monkeypatch, 40), _reads(index, monkeypatch, 160)
    # Four times the names: at most about four times the searches (read once a name, or
    # once a sentence), not sixteen (each name reading every other name of the sentence).
    assert large <= 5 * small


def test_the_leader_in_a_short_text_is_still_in_passing(index, monkeypatch):
    assert _reads(index, monkeypatch, 2) > 0
