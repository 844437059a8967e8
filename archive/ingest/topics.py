"""Topics: a report is about a topic when it uses one of the topic's keywords."""

from __future__ import annotations

from archive.ingest import prefilter
from archive.ingest.reference import ReferenceIndex


def find_topics(body: str, index: ReferenceIndex, *, minimum: int = 1) -> list[str]:
    """Slugs of the topics whose name or keywords occur at least `minimum` times.

    Keywords may be in any language. Latin-script ones match whole words, ignoring case
    ("Hypersonic" opening a sentence counts); Chinese, Japanese and Korean ones match as
    substrings, since those scripts put no spaces between words ("北朝鮮の", "북한은").
    Ordered by count, then slug.
    """
    counts = {}
    folded = prefilter.fold(body)
    for slug, pattern in index.topic_patterns.items():
        if pattern is not None:
            matches = prefilter.finditer(pattern, index.topic_forms[slug], body, folded)
            count = sum(1 for _ in matches)
            if count >= minimum:
                counts[slug] = count
    return sorted(counts, key=lambda slug: (-counts[slug], slug))
