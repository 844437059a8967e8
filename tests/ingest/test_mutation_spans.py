"""Mention look-ups (issue 11's mutation sample, spans.py): `before(hi)` is documented as
`within(0, hi)` given as a view; the view equals that list, read forwards, backwards and
in slices."""

from typing import NamedTuple

from archive.ingest.spans import MentionIndex, TextMemo


class Mention(NamedTuple):
    start: int
    end: int


MENTIONS = [Mention(0, 5), Mention(10, 30), Mention(12, 14), Mention(20, 22), Mention(40, 45)]


def test_before_is_within_from_the_start():
    index = MentionIndex(MENTIONS)
    for hi in (0, 5, 14, 22, 29, 30, 44, 45, 60):
        view = index.before(hi)
        expected = index.within(0, hi)
        assert view == expected
        assert list(view) == expected
        assert list(reversed(view)) == expected[::-1]
        assert view[1:] == expected[1:]


def test_a_view_is_not_equal_to_another_list_or_to_a_non_sequence():
    view = MentionIndex(MENTIONS).before(22)
    assert view != [Mention(0, 5)]
    assert view != {"start": 0}


def test_a_text_memo_forgets_what_it_read_more_than_size_texts_ago():
    # The memo holds report bodies: it keeps `size` of them, no more.
    memo = TextMemo(2)
    for value, text in enumerate(("first body", "second body", "third body")):
        memo.put(text, value)
    assert memo.get("first body") is None
    assert (memo.get("second body"), memo.get("third body")) == (1, 2)
    assert len(memo.entries) == 2
