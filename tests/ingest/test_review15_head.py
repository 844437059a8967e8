"""Review of a47c361 (page head, issue 11): ordinary headlines the new title-bar and
bracketed-line rules caught: a dash inside a bar's headline, a headline between two
bracketed tags (fixed since), each with guards that the rules still work. Every text here
is made up."""

from __future__ import annotations

import pytest

from archive.ingest.headline_choice import title_bar_headline
from archive.ingest.pipeline import parse_report

EN_BODY = (
    "Foreign Minister Taro Sato met Secretary of State John Miller in Washington on Monday. "
    "The two ministers agreed to deepen cooperation on maritime security."
)


def _title(ref, head: str) -> str:
    text = "\n".join([head, "March 4, 2019", EN_BODY])
    return parse_report(text.encode(), reference=ref, filename="page.txt").title


# title_bar_headline now splits at a spaced dash as well as at a bar, so a headline that
# itself holds a dash ("Biden – Kishida Summit …", "2+2 — What …") loses all but its first
# words when a news site's name closes the bar.


@pytest.mark.parametrize(
    "line, headline",
    [
        (
            "Biden – Kishida Summit Ends With Pledge | Kyodo News",
            "Biden – Kishida Summit Ends With Pledge",
        ),
        (
            "U.S.-Japan 2+2 — What the Allies Agreed | The Japan Times",
            "U.S.-Japan 2+2 — What the Allies Agreed",
        ),
        ('한미 정상회담 - 바이든 "동맹 굳건" | 가나뉴스', '한미 정상회담 - 바이든 "동맹 굳건"'),
    ],
)
def test_a_dash_inside_a_bar_headline_is_kept(line, headline):
    assert title_bar_headline(line) == headline


def test_a_dash_inside_a_bar_headline_is_kept_in_the_title(ref):
    head = "Biden – Kishida Summit Ends With Pledge | Kyodo News"
    assert _title(ref, head) == "Biden – Kishida Summit Ends With Pledge"


def test_a_bar_headline_without_a_dash_still_drops_the_site(ref):
    assert title_bar_headline("Allies Agree to Deepen Ties | Kyodo News") == (
        "Allies Agree to Deepen Ties"
    )


# head_lines.is_bracketed_note: "starts with '[' and ends with ']'" also holds for a
# headline with a bracketed label at each end (a tag before, an update mark after), a
# shape Korean and English news sites print; such a page now has no title at all.


@pytest.mark.parametrize(
    "head",
    [
        "[Breaking] Allies agree to deepen ties [Updated]",
        "[속보] 한미 외교장관 통화…“동맹 강화” [종합]",
    ],
)
def test_a_headline_between_two_bracketed_tags_is_still_the_title(ref, head):
    assert _title(ref, head) == head


def test_a_headline_with_one_bracketed_tag_is_still_the_title(ref):
    head = "[Update 2] Japan, U.S. ministers agree on deterrence"
    assert _title(ref, head) == head
