"""A report with no headline: its body's last line takes the headline's place in the text
the meeting is read from (issue 11's seed-20261212 mutation run, contents._link_meeting).
The meeting's text is the body, the captions, then the headline, and the meeting passes
read its last line as the headline (meeting_occasion, meeting_elect); with no headline and
no caption the text must still end in a line, not in a blank one. Invented reports against
the reference's G7 Biarritz summit (24-26 August 2019) and the Trump-Abe meeting there."""

from datetime import date

import pytest

from archive.ingest.contents import find_contents
from archive.ingest.dates import DateFinding
from archive.ingest.pipeline import ParsedReport
from tests.ingest.test_meeting_matching import full_reference

DAY = date(2019, 8, 25)
G7 = "multilateral-2019-08-24"
PAIR = "summit-2019-08-25"


@pytest.fixture(scope="module")
def index():
    return full_reference().index


def _linked(index, body: str, title: str = "") -> list[str]:
    report = ParsedReport(body=body, title=title, published=DAY, date_precision="day")
    find_contents(report, index, DateFinding(DAY, "day", "hint"))
    return [s.slug for s in report.meetings if s.linked]


CLOSING_LINES = {
    "en": (
        "The G7 leaders gathered in Biarritz on Sunday for their annual summit.\n\n"
        "President Trump and Prime Minister Abe held talks on trade and North Korea.\n\n"
        "Japan-U.S. Summit Meeting"
    ),
    "ja": (
        "G7サミットが25日、ビアリッツで開かれた。\n\n"
        "トランプ大統領と安倍総理が出席した。\n\n日米首脳会談"
    ),
}


@pytest.mark.parametrize("language", sorted(CLOSING_LINES))
def test_an_untitled_reports_closing_line_names_the_pair_meeting(index, language):
    # The closing line reads as the headline: the report is about the two's meeting, and
    # the G7 gathering is its occasion, not linked.
    assert _linked(index, CLOSING_LINES[language]) == [PAIR]


def test_a_closing_sentence_is_no_headline(index):
    # A last line ending in a full stop is the body's last sentence: the report opens on
    # the group and may link it.
    body = CLOSING_LINES["en"].replace("Japan-U.S. Summit Meeting", "They met for an hour.")
    assert G7 in _linked(index, body)
