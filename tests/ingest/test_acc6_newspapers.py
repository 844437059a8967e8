"""A newspaper named after a city ("the Washington Post", "华盛顿邮报", "뉴욕타임스") places
no meeting in that city: its name is read out of the text before the places are.
Invented texts."""

import pytest

from archive.ingest.meeting_context import report_context


@pytest.mark.parametrize(
    "body",
    [
        "The leaders met in Florida, the Washington Post reported.",
        "据华盛顿邮报报道,两国领导人在佛罗里达会晤。",
        "ワシントン・ポストによると、両首脳はフロリダで会談した。",
        "워싱턴포스트에 따르면 두 정상은 플로리다에서 만났다.",
        "The New York Times said the ministers met in Tokyo.",
    ],
)
def test_a_newspaper_named_after_a_city_places_nothing_there(body):
    context = report_context(body)
    assert "Washington" not in context.places
    assert "New York" not in context.places
    assert not context.says("washington") and not context.says("new york")


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The leaders met in Washington; the Washington Post was there.", "Washington"),
        ("两国领导人在华盛顿会晤,华盛顿邮报报道。", "Washington"),
        ("The ministers met in New York on Monday.", "New York"),
    ],
)
def test_the_city_itself_is_still_read(body, place):
    assert place in report_context(body).places
