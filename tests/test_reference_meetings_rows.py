"""The rows of us_japan_meetings.csv keep the file's own conventions: sorted by start date,
slugs of the form <kind>-<date_start>[-n] numbered in order, no meeting filed twice, and
calls and video meetings without a place."""

import csv
import re
from collections import defaultdict
from datetime import date

from archive.services.reference import REFERENCE_DIR

ROWS = list(
    csv.DictReader(open(REFERENCE_DIR / "us_japan_meetings.csv", newline="", encoding="utf-8"))
)
SLUG = re.compile(r"^(?P<kind>[a-z_]+)-(?P<day>\d{4}-\d{2}-\d{2})(?:-(?P<n>\d+))?$")


def test_rows_are_sorted_by_start_date_and_end_no_earlier():
    starts = [date.fromisoformat(row["date_start"]) for row in ROWS]
    assert starts == sorted(starts)
    late = [row["slug"] for row in ROWS if row["date_end"] < row["date_start"]]
    assert late == []


def test_slugs_name_kind_and_day_and_number_a_days_further_meetings_from_two():
    """A slug is a stable key: a row whose date a later source corrected by a day keeps it
    (multilateral-2014-08-09, dated 10 August from MOFA's own summary)."""
    numbers = defaultdict(list)
    for row in ROWS:
        match = SLUG.match(row["slug"])
        assert match, row["slug"]
        assert match["kind"] == row["kind"], row["slug"]
        shift = date.fromisoformat(row["date_start"]) - date.fromisoformat(match["day"])
        assert abs(shift.days) <= 1, row["slug"]
        numbers[(match["kind"], match["day"])].append(int(match["n"] or 1))
    gaps = {
        key: found
        for key, found in numbers.items()
        if sorted(found) != list(range(1, len(found) + 1))
    }
    assert gaps == {}


def test_no_meeting_is_filed_twice():
    """Same kind, day, series, people and third countries: one meeting under two slugs."""
    seen = {}
    twice = []
    for row in ROWS:
        key = (
            row["kind"],
            row["date_start"],
            row["us_participants"],
            row["jp_participants"],
            row["series"],
            row["other_countries"],
        )
        if key in seen:
            twice.append((seen[key], row["slug"]))
        seen[key] = row["slug"]
    assert twice == []


def test_calls_and_video_meetings_have_no_place():
    placed = [
        row["slug"]
        for row in ROWS
        if row["format"] in {"phone", "video"} and (row["city"] or row["country"])
    ]
    assert placed == []
