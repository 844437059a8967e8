"""One report from raw bytes to a ParsedReport: the steps of the other modules, in order.

    decode → repair → (HTML: main text + metadata) → paragraphs
    → head (section, byline, dateline) → chrome (boilerplate) → credits
    → outlet and wire → the outlet's own chrome → date → title → body
    → people, unknown names, quotes, topics → meetings → year inference → title checks

A hint (from a batch row or the page's metadata) wins over what is extracted. Nothing
here touches the database: what the archive knows comes in as a `Reference`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from archive.ingest import boilerplate, credits, dates, header, language, outlets, people
from archive.ingest.errors import IngestError
from archive.ingest.meetings import suggest_meetings
from archive.ingest.quotes import find_quotes
from archive.ingest.reference import Reference
from archive.ingest.results import (
    Credit,
    DroppedLine,
    MeetingSuggestion,
    PersonMention,
    QuoteHit,
)
from archive.ingest.text import content_hash, decode, repair, split_paragraphs
from archive.ingest.topics import find_topics
from archive.ingest.webpage import extract_page, looks_like_html

HINT_FIELDS = ("url", "outlet", "title", "published", "language", "section", "byline")

__all__ = ["IngestError", "ParsedReport", "parse_report"]


@dataclass
class ParsedReport:
    encoding: str = ""
    text: str = ""  # decoded and repaired, whole (for HTML: the page's main text)
    body: str = ""  # the report's own paragraphs, separated by a blank line
    title: str = ""
    section: str = ""
    dateline: str = ""
    dateline_city: str = ""
    url: str = ""
    outlet_slug: str | None = None
    outlet_name: str = ""
    wire_slug: str | None = None
    wire_name: str = ""
    published: date | None = None
    date_precision: str = "unknown"
    language: str | None = None
    byline: str = ""
    credits: list[Credit] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)
    quotes: list[QuoteHit] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    meetings: list[MeetingSuggestion] = field(default_factory=list)
    auto_meeting_slug: str | None = None
    dropped: list[DroppedLine] = field(default_factory=list)
    content_hash: str = ""
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how fields were found, for curators

    def to_dict(self) -> dict:
        """Plain JSON-serialisable data; dates as ISO strings."""
        data = dataclasses.asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        return data


def is_html(content_type: str, filename: str, raw: bytes) -> bool:
    if content_type:
        return content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")
    if filename.lower().endswith((".html", ".htm")):
        return True
    return looks_like_html(raw)


def _clean_hints(hints: Mapping[str, str] | None) -> dict[str, str]:
    return {
        key: str(value).strip()
        for key, value in (hints or {}).items()
        if key in HINT_FIELDS and value is not None and str(value).strip()
    }


def parse_report(
    raw: bytes,
    *,
    reference: Reference,
    filename: str = "",
    hints: Mapping[str, str] | None = None,
    content_type: str = "",
) -> ParsedReport:
    """Parse one report. Raises IngestError only for input that cannot be read at all."""
    index = reference.index
    hints = _clean_hints(hints)
    report = ParsedReport()
    text, report.encoding = decode(raw)
    text = repair(text)
    sitename = ""
    if is_html(content_type, filename, raw):
        page = extract_page(text, url=hints.get("url", ""))
        report.warnings.extend(page.warnings)
        metadata = {
            "title": page.title,
            "published": page.date,
            "url": page.url,
            "byline": page.author,
        }
        hints = {**{key: value for key, value in metadata.items() if value}, **hints}
        sitename = page.sitename
        text = repair(page.text)
    report.text = text
    report.url = hints.get("url", "")
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise IngestError("no text in the file")

    reasons: dict[int, str] = {}  # paragraph index -> why it is not in the body

    section = header.extract_section(paragraphs, hints.get("section"))
    if section:
        report.section = section.value
        if section.index is not None:
            reasons[section.index] = "section label"
    byline = header.extract_byline(paragraphs, hints.get("byline"))
    if byline:
        report.byline = byline.value
        if byline.index is not None:
            reasons.setdefault(byline.index, "byline")
    dateline = header.extract_dateline(paragraphs, header.header_end(paragraphs))
    if dateline:
        report.dateline, report.dateline_city = dateline.raw, dateline.city

    patterns = [
        *boilerplate.DEFAULT_PATTERNS,
        *boilerplate.compile_patterns(index.global_boilerplate, "curator pattern"),
    ]
    chrome = _mark_boilerplate(paragraphs, patterns, reasons)
    found_credits, credit_indexes = credits.extract_credits(paragraphs, report.byline)
    report.credits = found_credits
    for i in credit_indexes:
        reasons.setdefault(i, "credit line")

    candidates = [p for i, p in enumerate(paragraphs) if i not in reasons]
    body_language = language.detect_language(" ".join(candidates))
    outlet = outlets.extract_outlet(
        index=index,
        paragraphs=paragraphs,
        chrome=chrome,
        hint_outlet=hints.get("outlet", ""),
        hint_url=hints.get("url", ""),
        sitename=sitename,
        byline=report.byline,
        dateline_wire=dateline.wire if dateline else "",
        last_paragraph=candidates[-1] if candidates else "",
        body_language=body_language,
    )
    report.outlet_slug, report.outlet_name = outlet.outlet_slug, outlet.outlet_name
    report.wire_slug, report.wire_name = outlet.wire_slug, outlet.wire_name
    report.notes.extend(outlet.reasons)
    if outlet.outlet_slug is None and outlet.wire_slug and not outlet.outlet_name:
        report.warnings.append(
            f"{outlet.wire_name} wire copy published by an outlet that could not be identified"
        )
    own_patterns = []
    for slug in dict.fromkeys(s for s in (outlet.outlet_slug, outlet.wire_slug) if s):
        known = index.outlets[slug]
        own_patterns += boilerplate.compile_patterns(known.boilerplate, f"{known.name} pattern")
    _mark_boilerplate(paragraphs, own_patterns, reasons)

    date_language = hints.get("language") or body_language or "en"
    if outlet.outlet_slug:
        date_language = index.outlets[outlet.outlet_slug].language or date_language
    end = header.header_end(paragraphs)
    header_indexes = [i for i in range(end) if i not in reasons]
    body_indexes = [i for i in range(end, len(paragraphs)) if i not in reasons]
    if hints.get("published"):
        finding = dates.parse_hint(hints["published"], date_language)
        if finding.published is None:
            report.warnings.append(f"could not read the date {hints['published']!r}")
        date_index = None
    else:
        finding, date_index = dates.extract_date(
            paragraphs,
            header_indexes=header_indexes,
            body_indexes=body_indexes,
            dateline_date=dateline.date_text if dateline else "",
            language=date_language,
        )
    if date_index is not None:
        reasons[date_index] = "date line"
    report.published, report.date_precision = finding.published, finding.precision
    if finding.source:
        report.notes.append(f"date from the {finding.source}")

    title = header.extract_title(
        paragraphs,
        hints.get("title"),
        skip=set(reasons) - {i for i, r in reasons.items() if r.startswith("photo credit")},
        is_chrome=lambda line: boilerplate.boilerplate_reason(line, patterns) is not None,
    )
    if title:
        report.title = title.value
        if title.index is not None and title.index not in reasons:
            reasons[title.index] = "title"
        elif title.index is not None:
            reasons[title.index] += " (the title is taken from it)"

    body_paragraphs = [p for i, p in enumerate(paragraphs) if i not in reasons]
    report.dropped = [DroppedLine(paragraphs[i], reasons[i]) for i in sorted(reasons)]
    report.body = "\n\n".join(body_paragraphs)
    report.language = hints.get("language") or language.detect_language(report.body)
    report.content_hash = content_hash(report.body)
    if not report.body:
        report.errors.append("no report text left after removing the page furniture")
        return report

    _find_contents(report, index, finding)
    return report


def _mark_boilerplate(paragraphs, patterns, reasons: dict[int, str]) -> list[str]:
    """Record a reason for each paragraph a pattern matches; return the lines matched."""
    matched = []
    for i, line in enumerate(paragraphs):
        if i in reasons:
            continue
        reason = boilerplate.boilerplate_reason(line, patterns)
        if reason:
            reasons[i] = reason
            matched.append(line)
    return matched


def _find_contents(report: ParsedReport, index, finding: dates.DateFinding) -> None:
    """People, names, quotes, topics, meetings; then what depends on the meeting."""
    mentions, warnings = people.find_people(report.body, index)
    report.warnings.extend(warnings)
    report.people = people.summarise(mentions)
    report.unknown_names = people.find_unknown_names(
        report.body, mentions, index, exclude=[credit.name for credit in report.credits]
    )
    report.quotes = find_quotes(report.body, mentions)
    report.topics = find_topics(report.body, index)
    report.meetings, report.auto_meeting_slug = suggest_meetings(
        index=index,
        body=report.body,
        people={mention.slug for mention in mentions},
        published=report.published,
        precision=report.date_precision,
        month_day=finding.month_day,
    )
    meeting = index.meetings.get(report.auto_meeting_slug or "")
    if report.published is None and finding.month_day and meeting:
        report.published = dates.infer_year(finding.month_day, meeting.start)
        report.date_precision = "inferred"
        report.notes.append(f"year of the dateline's date taken from the meeting {meeting.slug}")
    on = report.published or (meeting.start if meeting else None)
    report.warnings.extend(people.check_titles(report.body, mentions, index, on))
