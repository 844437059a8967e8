"""'Related' opens a link only when no sentence follows it, or a separator does; a site's
host named in its footer ("Hosted by … - WEB.mil") is chrome."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Related talks will be held in Tokyo next month.", None),
        ("Related issues were discussed at length, the ministry said.", None),
        ("RELATED: Japan and US agree on trade", "related link"),
        ("Related: Biden meets Kishida.", "related link"),
        ("Related – Alliance talks in Tokyo", "related link"),
        ("Related content", "related link"),
        ("Related Stories Biden and Kishida Meet", "related link"),
        ("See also: the joint statement", "related link"),
        ("READ MORE Japan and US agree on trade", "related link"),
        ("Hosted by Defense Media Activity - WEB.mil", "site footer"),
        ("Hosted by Example Media Group | news.example.org", "site footer"),
        ("Hosted by Japan, the talks went on for two days.", None),
        ("Hosted by the Prime Minister - a dinner for the ministers", None),
    ],
)
def test_related_links_and_site_hosts(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason
