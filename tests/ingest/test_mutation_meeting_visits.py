"""A visit to an ally (issue 11's mutation sample at 30d3c52, meeting_visits.py): the visit
places a meeting unless the text names a city of that ally where a meeting was held; a
city of the other ally, or of no meeting, leaves the visit unplaced. Invented meetings."""

from datetime import date

import pytest

from archive.ingest.meeting_context import ReportContext
from archive.ingest.meeting_visits import unplaced_visits
from archive.ingest.reference import KnownMeeting, Reference

_DAY = date(2030, 5, 1)
_INDEX = Reference(
    meetings=(
        KnownMeeting("tokyo-talks", "Talks", _DAY, _DAY, city="Tokyo", country="Japan"),
        KnownMeeting("dc-talks", "Talks", _DAY, _DAY, city="Washington", country="United States"),
    )
).index


@pytest.mark.parametrize(
    ("places", "unplaced"),
    [
        ({"Tokyo"}, set()),  # a city of the visited ally where a meeting was held
        ({"Washington"}, {"Japan"}),  # seed-20261207 sample (unplaced_visits 5)
        ({"Kyoto"}, {"Japan"}),  # no meeting there
        (set(), {"Japan"}),
    ],
)
def test_a_visit_is_placed_only_by_a_meeting_city_of_the_ally_visited(places, unplaced):
    context = ReportContext(places=frozenset(places))
    assert unplaced_visits(frozenset({"Japan"}), context, _INDEX) == unplaced
