"""The parsing pipeline: raw report bytes to plain, checkable facts. No database here.

Public entry points:
    parse_report(raw, *, reference, filename="", hints=None, content_type="") -> ParsedReport
    read_sources(name, data, ...) -> Iterator[SourceItem | SourceError]
    compare_texts(a, b) -> list[SharedPassage]
    find_shared(bodies) -> list[(key_a, key_b, score, passages)]
    cjk_bigrams(text) -> str (CJK search tokens, for the stored search vector and query)
and the plain reference records (Reference, KnownPerson, ...) the caller fills from the
database. Each step is its own module and function, tested on its own.
"""

from archive.ingest.cjk import cjk_bigrams
from archive.ingest.errors import IngestError
from archive.ingest.pipeline import ParsedReport, parse_report
from archive.ingest.reference import (
    KnownMeeting,
    KnownOffice,
    KnownOutlet,
    KnownPerson,
    KnownTopic,
    Reference,
    build_index,
    slugify,
)
from archive.ingest.results import (
    Credit,
    DroppedLine,
    MeetingSuggestion,
    PersonMention,
    QuoteHit,
    SharedPassage,
)
from archive.ingest.similarity import compare_texts, find_shared
from archive.ingest.sources import SourceError, SourceItem, read_sources

__all__ = [
    "Credit",
    "DroppedLine",
    "IngestError",
    "KnownMeeting",
    "KnownOffice",
    "KnownOutlet",
    "KnownPerson",
    "KnownTopic",
    "MeetingSuggestion",
    "ParsedReport",
    "PersonMention",
    "QuoteHit",
    "Reference",
    "SharedPassage",
    "SourceError",
    "SourceItem",
    "build_index",
    "cjk_bigrams",
    "compare_texts",
    "find_shared",
    "parse_report",
    "read_sources",
    "slugify",
]
