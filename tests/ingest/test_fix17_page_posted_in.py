"""A post's categories after "Posted in" are names (review 652219d answered): one word in any
case, or title-cased words with a name's joining words; a clause after the comma, with its
lower-case verb, is a headline about people posted (stationed) somewhere. Made-up text."""

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


@pytest.mark.parametrize(
    "line",
    [
        "Posted in Asia and the Pacific, U.S.-Japan Relations",
        "Posted in news, japan, defense",
        "Posted inNortheast Asia",
        "Posted in 政治, 外交",
    ],
)
def test_names_after_posted_in_are_the_posts_categories(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == "post's categories"


@pytest.mark.parametrize(
    "line",
    [
        "Posted in South Korea, U.S. soldiers wait for orders",
        "Posted in Japan for a decade, the general knows the alliance",
        "Posted in Okinawa, the Marines of the Third Division train",
    ],
)
def test_a_clause_after_posted_in_is_a_headline(line):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) is None
