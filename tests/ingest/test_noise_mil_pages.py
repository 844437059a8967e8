"""US military sites' pages (.mil): the federal banner in its .mil wording, a player's
button, icons' names printed as text, a bulleted unit label under the headline (never
the headline) and a byline with a rank's ordinal."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.header import BYLINE
from archive.ingest.pipeline import parse_report


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "A .mil website belongs to an official U.S. Department of Defense organization in "
            "the United States.",
            "site banner",
        ),
        ("Official websites use .mil", "site banner"),
        ("Secure .mil websites use HTTPS", "site banner"),
        (
            "A lock (lock ) or https:// means you’ve safely connected to the .mil website. "
            "Share sensitive information only on official, secure websites.",
            "site banner",
        ),
        ("default play button", "player notice"),
        ("Guidance-Card-Icon Dept-Exclusive-Card-Icon", "icon name"),
        ("The play button was pressed by the minister at the ceremony.", None),
        ("Icon of the alliance", None),
    ],
)
def test_mil_page_chrome(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


_VIDEO_PAGE = """An official website of the United States government
A .mil website belongs to an official U.S. Department of Defense organization in the United States.

Sailors stand on the deck as the ship leaves port.
default play button

Defense Chief Meets Ruritanian and American Service Members

  • III MEF
  • May 31, 2023 | 1:01

The Secretary of Defense meets with Ruritanian and American service members aboard the air \
station, May 31, 2023. He is visiting the region on his seventh official trip. (U.S. Marine \
Corps video by Cpl. Jane Doe)

Guidance-Card-Icon Dept-Exclusive-Card-Icon"""


def test_a_bulleted_label_under_the_headline_is_not_the_headline(ref):
    report = parse_report(_VIDEO_PAGE.encode(), reference=ref)
    assert report.title == "Defense Chief Meets Ruritanian and American Service Members"
    assert "• III MEF" not in report.body and "Icon" not in report.body


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "by Mass Communication Specialist 1st Class Jane Doe, INDOPACOM Public Affairs",
            "Mass Communication Specialist 1st Class Jane Doe, INDOPACOM Public Affairs",
        ),
        ("By Sgt. 1st Class John Roe", "Sgt. 1st Class John Roe"),
        (
            "By Jane Doe, U.S. Indo-Pacific Command Public Affairs",
            "Jane Doe, U.S. Indo-Pacific Command Public Affairs",
        ),
        ("By Jane Doe", "Jane Doe"),
        ("By 1st Class mail the letters went out", None),
    ],
)
def test_a_byline_may_carry_a_rank_and_a_unit(line, name):
    match = BYLINE.match(line)
    assert (match.group("name") if match else None) == name
