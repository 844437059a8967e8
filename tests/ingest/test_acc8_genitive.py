"""A meeting or visit a person makes with or to the other side is their own: the
genitive that names it ("Kishida's talks with Biden", "the visit by Prime Minister Kishida
to Washington") does not put its maker in passing (news_subjects._genitive). A visit to a
third country, or a genitive with no meeting noun, still does. Invented texts."""

from datetime import date

import pytest

from archive.ingest.people import find_people, in_the_news
from archive.ingest.quotes import find_quotes_and_roles

ON = date(2024, 4, 10)


def subjects(body, ref):
    mentions, _ = find_people(body, ref.index)
    quotes, roles = find_quotes_and_roles(body, mentions, index=ref.index, on=ON)
    return {m.slug for m in in_the_news(body, [*mentions, *roles], quotes, ref.index, ON)}


BOTH = {"fumio-kishida", "joe-biden"}


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Kishida's talks with President Biden at the White House on "
        "Wednesday focused on defense.",
        "President Joe Biden’s first summit with Prime Minister Fumio Kishida produced "
        "seventy agreements.",
        "On Prime Minister Kishida's Official Visit to the United States, President Biden "
        "welcomed him.",
        "Fumio Kishida's phone call with Joe Biden lasted forty minutes.",
        "Visit by Prime Minister Kishida to the U.S.: President Biden welcomed him.",
        "The state visit by Prime Minister Kishida to Washington ended with a dinner given "
        "by President Biden.",
    ],
)
def test_the_maker_of_a_meeting_with_the_other_side_is_its_subject(ref, body):
    assert subjects(body, ref) >= BOTH


@pytest.mark.parametrize(
    "body",
    [
        # A visit to a third country, and a genitive with no meeting noun: in passing.
        "President Biden met the press. Prime Minister Kishida's visit to Iran was noted.",
        "President Biden met the press. Prime Minister Kishida's remarks on trade were noted.",
        "President Biden met the press. The visit by Prime Minister Kishida went well.",
        # A meeting of another time, in a report on another one.
        "President Biden met the press. The recent visit by Prime Minister Kishida to the "
        "United States was productive.",
        "President Biden met the press. He praised Prime Minister Kishida's last visit to "
        "Washington.",
        "President Biden met the press on Prime Minister Kishida’s upcoming summit with him.",
    ],
)
def test_a_genitive_without_a_meeting_with_the_other_side_stays_in_passing(ref, body):
    assert subjects(body, ref) == {"joe-biden"}
