"""PostsInSentence reads the posts' places with numpy (sentence_posts.py, issue #10): the
nearest place of a post at or after each first post's end; the matches themselves are
checked against the regex in test_parse_speed_posts.py."""

import numpy as np

from archive.ingest.sentence_posts import PostsInSentence


def test_nearest_is_the_first_place_at_or_after_each_end():
    ends = np.array([0, 5, 6, 20], np.int64)
    nearest = PostsInSentence._nearest(ends, [5, 9])
    assert nearest[:3].tolist() == [5, 5, 9]
    assert nearest[3] - 20 > 10**9  # none: beyond any reach
    assert (PostsInSentence._nearest(ends, []) - ends > 10**9).all()
