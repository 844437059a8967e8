"""Topics counted (issue 11's mutation score): a topic needs `minimum` uses of its
keywords, each use counted once, and the topics come most used first."""

from archive.ingest.topics import find_topics

BODY = (
    "Japan and the United States discussed hypersonic missiles. "
    "North Korea launched a hypersonic missile."
)


def test_each_use_of_a_keyword_counts_once(ref):
    assert find_topics(BODY, ref.index) == ["hypersonic-weapons", "north-korea"]
    assert find_topics(BODY, ref.index, minimum=2) == ["hypersonic-weapons"]
    assert find_topics(BODY, ref.index, minimum=3) == []
