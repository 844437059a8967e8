"""What a long-lived parsing process does once, at its start, so that no report pays it.

dateparser loads its language tables and compiles its regexes (time zones, relative
dates) when it reads its first date: about 0.15 s of CPU, charged to whichever report
first holds a date that only dateparser reads ("(11/1/2023)", "Jan. 7, 2022"), the first
report of an import or the 1 MB row of the parse benchmark. The pipeline's own automata
and pattern tables are built on first use too. `warm_up` reads such dates in every
language the pipeline reads and, given a Reference, builds its indexes and parses two
small reports (English and Japanese) with it.
"""

from __future__ import annotations

from archive.ingest import dates
from archive.ingest.pipeline import parse_report
from archive.ingest.reference import Reference

LANGUAGES = ("en", "en-us", "ja", "ko", "zh", "es", "id", "it")
# Dates dateparser reads (the native forms, "2022年1月7日", are read without it).
DATES = ("Jan. 7, 2022", "(11/1/2023)", "07:53 AM EDT, January 7, 2022")
SAMPLE_REPORTS = (
    b"Japan, US ministers meet in Tokyo\n\nTokyo, Jan 7 (Reuters) - Foreign Minister "
    b'Yoshimasa Hayashi met Secretary of State Antony Blinken on Friday. "We agreed," '
    b"Hayashi told reporters after the two-plus-two talks.",
    "日米外相会談\n\n令和4年1月7日\n\n林外務大臣は、ブリンケン国務長官と会談を行いました。"
    "林大臣は「日米同盟を一層強化していく」と述べました。".encode(),
)


def warm_up(reference: Reference | None = None) -> None:
    """Read a few dates in every language; with `reference`, build its indexes and
    parse the sample reports with it."""
    for language in LANGUAGES:
        for text in DATES:
            dates.find_full_date(text, language)
    if reference is None:
        return
    for raw in SAMPLE_REPORTS:
        parse_report(raw, reference=reference)
