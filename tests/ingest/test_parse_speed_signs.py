"""report_signs looks for a kind word of PRESENCE_ONLY ("pair": one minister meeting the
other) until the first, instead of counting them all (issue #10: its look-aheads read the
rest of every sentence naming a minister). That holds only while no reader of the signs
uses how many there are: checked here for every reader of the kind words."""

import itertools
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from archive.ingest import meeting_kinds
from archive.ingest.meeting_signs import PRESENCE_ONLY, ReportSigns, report_signs
from archive.ingest.reference import KnownMeeting

PAIRS = (
    "Foreign Minister Hayashi met Secretary of State Blinken in Tokyo. "
    "Defense Minister Hamada met Secretary of Defense Austin the next day. "
    "Foreign Minister Kamikawa held talks with Secretary Blinken."
)


def test_a_presence_only_kind_counts_one_the_others_every_word():
    signs = report_signs(PAIRS)
    assert PRESENCE_ONLY == {"pair"}
    assert signs.kind_words["pair"] == 1
    counted = report_signs(PAIRS + " " + PAIRS)
    assert counted.kind_words["pair"] == 1
    others = {name: n for name, n in signs.kind_words.items() if name != "pair"}
    assert others and all(counted.kind_words[name] == 2 * n for name, n in others.items())
    assert not report_signs("The weather in Tokyo was fine.").kind_words["pair"]


POSTS = {
    "leaders": (("a", "JP", "head_of_government"), ("b", "US", "head_of_state")),
    "foreign": (("c", "JP", "foreign"), ("d", "US", "foreign")),
    "defense": (("e", "JP", "defense"), ("f", "US", "defense")),
    "none": (),
}
MEETINGS = [
    KnownMeeting(
        slug=f"{kind}-{fmt}-{series}-{posts}",
        title="A meeting",
        start=date(2024, 4, 10),
        end=date(2024, 4, 10),
        kind=kind,
        format=fmt,
        series=series,
        participant_posts=POSTS[posts],
    )
    for kind, fmt, series, posts in itertools.product(
        ("", *meeting_kinds.KIND_ACCEPTS),
        ("", "phone", "video", "in_person"),
        ("", "scc", "g7-summit"),
        POSTS,
    )
]
WORDS = [
    Counter(),
    Counter(foreign=2),
    Counter(foreign=1, summit=3),
    Counter(scc=1, bilateral=2),
    Counter(multi=1),
    Counter(g7=2, defense=1),
    Counter(bilateral=4),
]


def _readings(signs: ReportSigns, meeting: KnownMeeting, best: KnownMeeting):
    return (
        meeting_kinds.kind_share(meeting, signs),
        meeting_kinds.kind_evidence(meeting, signs),
        meeting_kinds.named_kind(meeting, signs),
        meeting_kinds.named_apart(meeting, best, signs),
        meeting_kinds.format_evidence(meeting, signs),
    )


@pytest.mark.parametrize("words", WORDS, ids=str)
def test_the_readers_of_the_kind_words_give_one_answer_for_any_number_of_pairs(words):
    base = ReportSigns(kind_words=words, format_words=Counter(phone=1), folded="talks")
    once = replace(base, kind_words=words + Counter(pair=1))
    for meeting, best in zip(MEETINGS, [*MEETINGS[1:], MEETINGS[0]], strict=True):
        found = _readings(once, meeting, best)
        for many in (2, 7):
            more = replace(base, kind_words=words + Counter(pair=many))
            assert _readings(more, meeting, best) == found, (meeting.slug, many)
