"""An embassy blog's page: its author's byline after a diplomat's post, and the notice a
page prints where its script would run."""

from __future__ import annotations

import pytest

from archive.ingest.boilerplate import DEFAULT_PATTERNS, boilerplate_reason
from archive.ingest.header import BYLINE


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("This slideshow requires JavaScript.", "script notice"),
        ("Please enable JavaScript to view the comments powered by Disqus.", "script notice"),
        ("JavaScript is disabled in your browser.", "script notice"),
        ("You need to enable JavaScript to run this app.", "script notice"),
        ("The new system requires JavaScript skills from engineers in both countries.", None),
        ("Engineers from both countries will enable JavaScript support next year.", None),
    ],
)
def test_script_notices(line, reason):
    assert boilerplate_reason(line, DEFAULT_PATTERNS) == reason


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Chargé d’Affaires Jason Doe", "Chargé d’Affaires Jason Doe"),
        ("By Charge d'Affaires, a.i. Joseph M. Roe", "Charge d'Affaires, a.i. Joseph M. Roe"),
        ("By Deputy Chief of Mission Jane Doe", "Deputy Chief of Mission Jane Doe"),
        ("By Consul General John Roe", "Consul General John Roe"),
        ("By Ambassador Jane Doe", "Ambassador Jane Doe"),
        ("By chief of mission staff", None),
    ],
)
def test_a_byline_may_open_with_a_diplomats_post(line, name):
    match = BYLINE.match(line)
    assert (match.group("name") if match else None) == name
