"""Issue 11: the posts a wire names with the country before them ("Japan's top diplomat",
"the U.S. defense chief", "the Japanese premier", "America's …") are roles: the quote is
the holder's that day (invented texts)."""

from datetime import date

import pytest

from archive.ingest.people import find_people
from archive.ingest.quotes import find_quotes
from archive.ingest.roles import parse_role


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("Japan's top diplomat", ("Japan", "foreign")),
        ("the U.S. top diplomat", ("United States", "foreign")),
        ("America's top diplomat", ("United States", "foreign")),
        ("America’s defense chief", ("United States", "defense")),
        ("the Japanese defence chief", ("Japan", "defense")),
        ("the Japanese premier", ("Japan", "head_of_government")),
        # with no country, a bare title (roles.resolve_title), not a role
        ("the top diplomat", None),
    ],
)
def test_a_wire_s_names_of_posts_with_their_country(phrase, role):
    assert parse_role(phrase) == role


def test_a_quote_of_japan_s_top_diplomat_is_the_foreign_minister_s(ref):
    body = (
        "Antony Blinken met Yoshimasa Hayashi on Friday.\n\n"
        "“We will not accept any attempt to change the status quo by force,” Japan's top "
        "diplomat said."
    )
    mentions, _ = find_people(body, ref.index)
    hits = find_quotes(body, mentions, index=ref.index, on=date(2023, 7, 14))
    assert [(hit.speaker_slug, hit.form) for hit in hits] == [
        ("yoshimasa-hayashi", "quote-role-verb")
    ]
