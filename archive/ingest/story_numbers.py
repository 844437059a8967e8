"""The weeks a page's story number places it in, for sites whose publishing system numbers
stories in the order they are published: Voice of America (one numbering across its
language services: `voakorea.com/a/7791994.html`, `voachinese.com/a/us-japan-…/3319812.html`)
and defense.gov (`…/Article/3158265/…`). A report of theirs that prints no date of its own
(most of VOA's Korean and Chinese pages as stored) is then told apart from a meeting of the
same people in another year.

The numbers are dated by a small curated table of anchor points
(`archive/fixtures/reference/story_numbers.csv`: a site, a story number and the publication
date printed on that story's page, with its address). A number between two anchors of its
site was published between their dates, at about its share of the way from one to the
other; one outside the anchors, or between two anchors far apart or out of order (older
stories renumbered when a site moved), is not dated. Pure: no
Django (the table is plain data read once).
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
import statistics
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from archive.ingest import prefilter
from archive.ingest.address_dates import host_and_path
from archive.ingest.meeting_mentions import DATE_HEAD
from archive.ingest.reference import KnownMeeting

ANCHORS = Path(__file__).resolve().parent.parent / "fixtures" / "reference" / "story_numbers.csv"
# Two anchors further apart than this date a number between them too loosely to tell
# apart the meetings of one pair of people a year apart.
WIDEST = timedelta(days=400)
# Neighbouring anchors at least RATE_SPAN apart whose numbers rose more than BULK_RATE
# times faster than the site's median pace hold a bulk renumbering (`_bulk`).
RATE_SPAN = timedelta(days=7)
BULK_RATE = 2.0
# How far a date read between two anchors may be off: a tenth of their distance, at least
# a fortnight.
GIVE_SHARE = 0.10
LEAST_GIVE = timedelta(days=14)
# The number tells apart meetings of the same people in different seasons or years; it
# does not tell which of the meetings of the same weeks a page covers (a preview, a
# recap), so only a meeting eight months or more from the page's days is set back.
PREVIEW_REACH = timedelta(days=240)
LONG_BEFORE = timedelta(days=240)
AFTER_PENALTY = -0.30  # held eight months or more after the page's last day
LONG_BEFORE_PENALTY = -0.30  # ended eight months or more before the page's first day

_LOOKS_BACK = prefilter.folded_pattern(
    r"\b(?:(?:a|one|two|three|\d+) years? (?:ago|on|after|since)|last year|anniversary"
    r"|hace (?:un|\w+|\d+) años?|el año pasado|aniversario|(?:setahun|\d+ tahun) lalu"
    r"|tahun lalu|l'anno scorso|anniversario|un anno fa)\b"
    r"|지난해|작년|\d+ ?년 전|주년|去年|昨年|\d+ ?年前|[一二三四五六七八九十]年前|周年|週年"
)

# Each numbered site: its hosts, and where its addresses print the story number.
_SITES = {
    "voa": (
        re.compile(
            r"^(?:[a-z]+\.)*(?:voanews\.com|voakorea\.com|voachinese\.com|voacantonese\.com"
            r"|voaindonesia\.com|vozdeamerica\.com|voanoticias\.com|editorials\.voa\.gov"
            r"|voa\.pangea-cms\.com)$"
        ),
        # The last part of the path: /a/7791994.html, /a/some-slug/3319812.html, /amp/….
        re.compile(r"/(\d{6,8})(?:\.html)?/?$"),
    ),
    "defense.gov": (
        re.compile(r"^(?:www\.)?defense\.gov$"),
        re.compile(r"/Article/(?:Article/)?(\d{6,8})(?:/|$)", re.I),
    ),
}


@dataclass(frozen=True)
class Window:
    """The days between which a page was published, as its story number tells."""

    first: date
    last: date


Anchors = dict[str, tuple[tuple[int, ...], tuple[date, ...]]]  # site: numbers, their dates


@functools.cache
def _anchors(path: Path = ANCHORS) -> Anchors:
    """{site: (story numbers in order, their dates)} from the curated table."""
    rows: dict[str, list[tuple[int, date]]] = {}
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            rows.setdefault(row["site"], []).append(
                (int(row["number"]), date.fromisoformat(row["date"]))
            )
    return {
        site: (tuple(n for n, _ in sorted(pairs)), tuple(d for _, d in sorted(pairs)))
        for site, pairs in rows.items()
    }


@functools.cache
def _bulk(numbers: tuple[int, ...], days: tuple[date, ...]) -> frozenset[tuple[int, int]]:
    """The pairs of neighbouring anchors between which a site handed out numbers at more
    than BULK_RATE times its usual pace: old stories renumbered in bulk (VOA's audio
    archive in 2014, voanews.com's English stories moved back in 2021). A number there
    may be an old story's, so it dates nothing. Worked out once per table of anchors."""
    rates = {
        (numbers[i], numbers[i + 1]): (numbers[i + 1] - numbers[i]) / (days[i + 1] - days[i]).days
        for i in range(len(numbers) - 1)
        if days[i + 1] - days[i] >= RATE_SPAN
    }
    if not rates:
        return frozenset()
    usual = statistics.median(rates.values())
    return frozenset(pair for pair, rate in rates.items() if rate > BULK_RATE * usual)


def story_window(url: str, anchors: Anchors | None = None) -> Window | None:
    """The window the address's story number falls in, or None (not a numbered site, no
    number, or a number the anchors do not date closely)."""
    found = _story_number(url)
    if found is None:
        return None
    site, number = found
    anchors = anchors if anchors is not None else _anchors()
    numbers, days = anchors.get(site, ((), ()))
    i = bisect.bisect_right(numbers, number)
    if i == 0 or i == len(numbers) and numbers[-1] != number:
        return None  # before the first anchor or after the last
    if numbers[i - 1] == number:
        return Window(days[i - 1], days[i - 1])
    first, last = days[i - 1], days[i]
    if (
        last < first
        or last - first > WIDEST
        or (numbers[i - 1], numbers[i]) in _bulk(numbers, days)
    ):
        return None
    # Numbers are handed out at a steady pace between two anchors (VOA about 1,400 a day,
    # defense.gov about 1,000): the number's share of the way dates it, give or take.
    share = (number - numbers[i - 1]) / (numbers[i] - numbers[i - 1])
    estimate = first + (last - first) * share
    give = max(LEAST_GIVE, (last - first) * GIVE_SHARE)
    return Window(max(first, estimate - give), min(last, estimate + give))


def _story_number(url: str) -> tuple[str, int] | None:
    host, path = host_and_path(url)
    for site, (host_pattern, number_pattern) in _SITES.items():
        if host_pattern.match(host):
            number = number_pattern.search(path)
            return (site, int(number[1])) if number else None
    return None


def looks_back(folded: str) -> bool:
    """The text's opening speaks of a year or more ago ("a year ago", "last year",
    "anniversary", "지난해", "1년 전", "去年", "周年", "hace un año", "tahun lalu"): a meeting
    long before the page may be the one it recalls (`folded` is `prefilter.fold(body)`)."""
    return _LOOKS_BACK.search(folded[:DATE_HEAD]) is not None


def window_evidence(
    meeting: KnownMeeting, window: Window | None, *, back: bool = False
) -> tuple[float, list[str]]:
    """Evidence against a meeting far from the page's days: AFTER_PENALTY for one held
    eight months or more after them, LONG_BEFORE_PENALTY for one ended eight months or
    more before, unless the text looks back that far (`looks_back`). Nothing for one
    nearer: the number dates the page, not which meeting it covers, so it only tells
    apart meetings the text already fits equally."""
    if window is None:
        return 0.0, []
    span = f"{window.first.isoformat()}–{window.last.isoformat()}"
    if meeting.start > window.last + PREVIEW_REACH:
        return AFTER_PENALTY, [f"held long after the page was published ({span}, its story number)"]
    if meeting.end < window.first - LONG_BEFORE and not back:
        return LONG_BEFORE_PENALTY, [
            f"held long before the page was published ({span}, its story number)"
        ]
    return 0.0, []
