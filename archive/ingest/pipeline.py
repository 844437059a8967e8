"""One report from raw bytes to a ParsedReport: the steps of the other modules, in order.

    decode → repair → (HTML: main text + metadata) → paragraphs
    → head (section, byline, dateline) → chrome (boilerplate, lines printed twice)
    → credits → outlet and wire → the outlet's own chrome → date
    → title (around a date line of its own: banner, title, captions) → body
    → people, unknown names, topics → meetings → year inference → quotes → title checks

Quotes come after the meeting because a quote attributed to a role ("the Japanese foreign
minister") needs the report's date, which a yearless dateline gets from the meeting.

A hint (from a batch row or the page's metadata) wins over what is extracted. Nothing
here touches the database: what the archive knows comes in as a `Reference`.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from archive.ingest import (
    boilerplate,
    captions,
    contents,
    credits,
    dates,
    header,
    language,
    outlets,
)
from archive.ingest.cjk_bylines import find_cjk_byline
from archive.ingest.date_stamps import is_month_stamp, split_date_stamp
from archive.ingest.errors import IngestError
from archive.ingest.headline_choice import banners_over_headline
from archive.ingest.layout import layout_around_date, unfold_dated_head
from archive.ingest.one_line_pages import unfold_one_line_page
from archive.ingest.reference import Reference, ReferenceIndex
from archive.ingest.results import (
    Credit,
    DroppedLine,
    MeetingSuggestion,
    PersonMention,
    QuoteHit,
)
from archive.ingest.text import content_hash, decode, repair, split_paragraph_blocks
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


@dataclass
class _Draft:
    """The report's lines while they are sorted into fields, chrome and body."""

    paragraphs: list[str]
    hints: dict[str, str]
    sitename: str = ""
    reasons: dict[int, str] = field(default_factory=dict)  # line index -> why not body
    chrome: list[str] = field(default_factory=list)
    dateline: header.Dateline | None = None
    body_language: str | None = None
    blocks: list[int] = field(default_factory=list)  # each line's run between blank lines

    def mark(self, i: int | None, reason: str) -> None:
        if i is not None:
            self.reasons.setdefault(i, reason)

    def mark_boilerplate(self, patterns) -> list[str]:
        """Mark every unmarked line a pattern matches; return those lines."""
        if not patterns:  # an outlet with no chrome of its own: no line to read
            return []
        matched = []
        matcher = boilerplate.line_matcher(patterns)  # looked up once, not once per line
        for i, line in enumerate(self.paragraphs):
            if i not in self.reasons:
                reason = matcher.reason(line)
                if reason:
                    self.reasons[i] = reason
                    matched.append(line)
        return matched

    def chrome_indexes(self) -> set[int]:
        """Lines marked as page chrome by a pattern (not the ones read as fields)."""
        fields = {"title", "date line", "section label", "byline", "credit line"}
        return {i for i, reason in self.reasons.items() if reason not in fields}

    def unmarked(self, indexes=None) -> list[int]:
        indexes = range(len(self.paragraphs)) if indexes is None else indexes
        return [i for i in indexes if i not in self.reasons]


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
    with _older_objects_frozen():
        return _parse(raw, index, filename, hints, content_type)


@contextmanager
def _older_objects_frozen() -> Iterator[None]:
    """The collector's full passes during a parse read only the parse's own objects.

    A long report makes hundreds of thousands of objects, so the collector runs full
    passes during its parse, each reading every object of the process: the reference's
    indexes, the modules, Django, all that outlives the parse (a second long report in
    the same process took more time than the first). They are set aside for the parse
    (`gc.freeze`: a list moved, not copied) and put back after (`gc.unfreeze`): cycles
    among them wait for the next pass after the parse. Threads parsing side by side at
    worst put them back early. A process that froze objects itself (before forking, say)
    keeps them as it froze them: nothing is done."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _parse(
    raw: bytes,
    index: ReferenceIndex,
    filename: str,
    hints: Mapping[str, str] | None,
    content_type: str,
) -> ParsedReport:
    report = ParsedReport()
    draft = _read(raw, report, _clean_hints(hints), filename, content_type)
    _read_head(draft, report)
    _read_furniture(draft, report, index)
    finding = _read_date(draft, report, index)
    _read_title(draft, report, index)
    section, report.title = header.split_section_prefix(report.title)
    report.section = report.section or section
    for i in header.site_title_lines(draft.paragraphs, report.title, set(draft.reasons)):
        draft.mark(i, "headline with the site's name")
    for i in captions.plain_style_captions(draft.paragraphs, draft.reasons):
        draft.mark(i, "photo caption in the plain style under the headline")
    for i in captions.position_captions(draft.paragraphs, draft.reasons):
        draft.mark(i, "photo caption placing people under the headline")
    credited = {i for i, why in draft.reasons.items() if why.startswith("photo credit")}
    credited |= {i for i, why in draft.reasons.items() if why == "photo asset number"}
    for i in captions.caption_block(draft.paragraphs, credited, set(draft.reasons)):
        draft.mark(i, "photo caption above its credit")
    pictured = {i for i, why in draft.reasons.items() if "caption" in why}
    for i in captions.caption_titles(draft.paragraphs, draft.blocks, pictured, set(draft.reasons)):
        draft.mark(i, "photo title above its caption")
    for i in captions.video_captions(draft.paragraphs, draft.reasons):
        draft.mark(i, "video caption")
    for i in captions.clip_titles(draft.paragraphs, draft.reasons):
        draft.mark(i, "video clip caption")  # a caption: it names and dates the meeting too
    body = [line for i, line in enumerate(draft.paragraphs) if i not in draft.reasons]
    report.dropped = [
        DroppedLine(draft.paragraphs[i], draft.reasons[i]) for i in sorted(draft.reasons)
    ]
    report.body = "\n\n".join(body)
    report.language = draft.hints.get("language") or language.detect_language(report.body)
    report.content_hash = content_hash(report.body)
    if not report.body:
        report.errors.append("no report text left after removing the page furniture")
        return report
    contents.find_contents(report, index, finding)
    return report


def _read(
    raw: bytes, report: ParsedReport, hints: dict[str, str], filename: str, content_type: str
) -> _Draft:
    """Decode and repair; for HTML, take the page's main text and metadata (as hints that
    the given hints override)."""
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
            "section": page.section,
        }
        hints = {**{key: value for key, value in metadata.items() if value}, **hints}
        sitename = page.sitename
        text = repair(page.text)
    report.text = text
    report.url = hints.get("url", "")
    paragraphs, blocks = split_paragraph_blocks(text)
    if not paragraphs:
        raise IngestError("no text in the file")
    paragraphs, blocks = split_date_stamp(paragraphs, blocks)  # "date 2022-05-23 Headline"
    unfolded = unfold_one_line_page(paragraphs)  # head and body printed as one line
    blocks = [blocks[0]] * (len(unfolded) - len(paragraphs)) + blocks
    unfolded, blocks = unfold_dated_head(unfolded, blocks)  # "Place, date Headline Text…"
    return _Draft(unfolded, hints, sitename, blocks=blocks)


def _read_head(draft: _Draft, report: ParsedReport) -> None:
    """Section label, byline and dateline."""
    section = header.extract_section(draft.paragraphs, draft.hints.get("section"))
    if section:
        report.section = section.value
        draft.mark(section.index, "section label")
    byline = header.extract_byline(draft.paragraphs, draft.hints.get("byline"))
    if byline is None:  # "記者 林大明 報導", "홍길동 기자 hong@example.com"
        byline = find_cjk_byline(draft.paragraphs, header.header_end(draft.paragraphs))
    if byline:
        report.byline = byline.value
        draft.mark(byline.index, "byline")
    draft.dateline = header.extract_dateline(draft.paragraphs, header.header_end(draft.paragraphs))
    if draft.dateline:
        report.dateline, report.dateline_city = draft.dateline.raw, draft.dateline.city


def _read_furniture(draft: _Draft, report: ParsedReport, index: ReferenceIndex) -> None:
    """Chrome, credits, then the outlet and wire, then the chrome particular to them."""
    draft.chrome = draft.mark_boilerplate(
        [*boilerplate.DEFAULT_PATTERNS, *index.global_boilerplate]
    )
    # Lines printed twice in a row: a photo's alt text and caption, a video's summary
    # above the same lead, the headline twice (captions.repeated_lines).
    for i, reason in captions.repeated_lines(draft.paragraphs, draft.blocks, set(draft.reasons)):
        draft.mark(i, reason)
        draft.chrome.append(draft.paragraphs[i])
    for i in boilerplate.trailing_link_list(draft.paragraphs, draft.reasons):
        draft.mark(i, "list of links closing the page")
        draft.chrome.append(draft.paragraphs[i])
    for i in boilerplate.list_under_header(draft.paragraphs, draft.reasons):
        draft.mark(i, "link listed under a list's header")
        draft.chrome.append(draft.paragraphs[i])
    for i in boilerplate.closing_footer(draft.paragraphs, draft.reasons, header.is_issuer):
        draft.mark(i, "site footer")
        draft.chrome.append(draft.paragraphs[i])
    for i in captions.pull_quotes(draft.paragraphs, set(draft.reasons)):
        draft.mark(i, "pull quote")
        draft.chrome.append(draft.paragraphs[i])
    for i in captions.social_post_texts(draft.paragraphs, draft.blocks, draft.reasons):
        draft.mark(i, "social post text")
        draft.chrome.append(draft.paragraphs[i])
    report.credits, credit_lines = credits.extract_credits(draft.paragraphs, report.byline)
    for i in credit_lines:
        draft.mark(i, "credit line")
    candidates = [draft.paragraphs[i] for i in draft.unmarked()]
    draft.body_language = language.detect_language(" ".join(candidates))
    outlet = outlets.extract_outlet(
        index=index,
        paragraphs=draft.paragraphs,
        chrome=draft.chrome,
        hint_outlet=draft.hints.get("outlet", ""),
        hint_url=draft.hints.get("url", ""),
        sitename=draft.sitename,
        byline=report.byline,
        dateline_wire=draft.dateline.wire if draft.dateline else "",
        last_paragraph=candidates[-1] if candidates else "",
        body_language=draft.body_language,
    )
    report.outlet_slug, report.outlet_name = outlet.outlet_slug, outlet.outlet_name
    report.wire_slug, report.wire_name = outlet.wire_slug, outlet.wire_name
    report.notes.extend(outlet.reasons)
    if outlet.outlet_slug is None and outlet.wire_slug:
        report.warnings.append(
            f"{outlet.wire_name} wire copy published by an outlet that could not be identified"
        )
    own = [s for s in dict.fromkeys((outlet.outlet_slug, outlet.wire_slug)) if s]
    draft.mark_boilerplate([p for s in own for p in index.outlet_boilerplate.get(s, ())])


def _read_date(draft: _Draft, report: ParsedReport, index: ReferenceIndex) -> dates.DateFinding:
    """The date in the outlet's language (its numeric date order), a hint first."""
    date_language = draft.hints.get("language") or draft.body_language or "en"
    if report.outlet_slug:
        date_language = index.outlets[report.outlet_slug].language or date_language
    if draft.hints.get("published"):
        finding = dates.parse_hint(draft.hints["published"], date_language)
        if finding.published is None:
            report.warnings.append(f"could not read the date {draft.hints['published']!r}")
    else:
        end = header.header_end(draft.paragraphs, skip=draft.chrome_indexes())
        finding, date_line = dates.extract_date(
            draft.paragraphs,
            header_indexes=draft.unmarked(range(end)),
            body_indexes=draft.unmarked(range(end, len(draft.paragraphs))),
            dateline_date=draft.dateline.date_text if draft.dateline else "",
            language=date_language,
        )
        draft.mark(date_line, "date line")
        if date_line is None and draft.paragraphs and is_month_stamp(draft.paragraphs[0]):
            draft.mark(0, "date line")  # "date 2021-03": no day, but the page's own stamp
    report.published, report.date_precision = finding.published, finding.precision
    if finding.source:
        report.notes.append(f"date from the {finding.source}")
    return finding


def _read_title(draft: _Draft, report: ParsedReport, index: ReferenceIndex) -> None:
    """The headline; a photo caption may carry it (its line stays marked as a caption).

    A listing page is titled by its section's heading. When the head has a date line of
    its own, the headline is the line just above it, lines above the headline are the
    site's section banner and short lines between the date and the body are photo
    captions (layout.layout_around_date). Otherwise the head's banners are set aside and
    the headline is chosen among what is left (header.extract_title)."""
    patterns = [*boilerplate.DEFAULT_PATTERNS, *index.global_boilerplate]

    def is_chrome(line: str) -> bool:
        return boilerplate.boilerplate_reason(line, patterns) is not None

    if _read_listing_heading(draft, report):
        return
    if _read_head_around_date(draft, report, is_chrome):
        return
    _mark_head_banners(draft, report)
    _read_headline(draft, report, is_chrome)


def _read_listing_heading(draft: _Draft, report: ParsedReport) -> bool:
    """A listing page: its section's name is its title (True when one was read)."""
    if draft.hints.get("title"):
        return False
    heading = header.listing_heading(draft.paragraphs, draft.reasons)
    if heading is None:
        return False
    if draft.reasons.pop(heading, None) and report.section == draft.paragraphs[heading].strip():
        report.section = ""
    report.title = draft.paragraphs[heading].strip()
    draft.mark(heading, "title")
    return True


def _read_head_around_date(
    draft: _Draft, report: ParsedReport, is_chrome: Callable[[str], bool]
) -> bool:
    """The head read around its first date line (layout.layout_around_date): captions,
    labels and banners marked; True when that settles the title (a headline there, or
    banners, date and body with no headline at all)."""
    date_lines = [i for i, reason in draft.reasons.items() if reason == "date line"]
    if not date_lines or draft.hints.get("title"):
        return False
    layout = layout_around_date(
        draft.paragraphs, date_lines[0], taken=set(draft.reasons), is_chrome=is_chrome
    )
    for i in layout.captions:
        draft.mark(i, "caption under the date line")
    for i in layout.labels:
        draft.mark(i, "label between the headline and the date")
    for i in layout.banners:
        draft.mark(i, "section banner")
    if layout.banners and not report.section:
        report.section = draft.paragraphs[layout.banners[0]].strip()
    if layout.title is not None:
        # The page's <title> bar above the date: its headline, not the site's name.
        report.title = header.bar_headline(draft.paragraphs[layout.title])
        draft.mark(layout.title, "title")
        return True
    return bool(layout.banners)  # banner, date, captions, body: a page without a headline


def _mark_head_banners(draft: _Draft, report: ParsedReport) -> None:
    """A section banner in the head, whatever else is there."""
    for i in draft.unmarked(
        range(header.header_end(draft.paragraphs, skip=draft.chrome_indexes()))
    ):
        if header.is_banner(draft.paragraphs[i]):
            draft.mark(i, "section banner")
            report.section = report.section or draft.paragraphs[i].strip()


def _read_headline(draft: _Draft, report: ParsedReport, is_chrome: Callable[[str], bool]) -> None:
    """The headline among the head's free lines (a photo credit's caption may carry it),
    and the short lines over it as the site's banners."""
    captions = {i for i, reason in draft.reasons.items() if reason.startswith("photo credit")}
    title = header.extract_title(
        draft.paragraphs,
        draft.hints.get("title"),
        skip=set(draft.reasons) - captions,
        is_chrome=is_chrome,
        chrome_lines=draft.chrome_indexes() - captions,
    )
    if title is None:
        return
    report.title = title.value
    if title.index in captions:
        draft.reasons[title.index] += " (the title is taken from it)"
    else:
        draft.mark(title.index, "title")
    if title.index is not None:
        over = banners_over_headline(
            draft.paragraphs, title.index, draft.reasons, is_own=header.is_issuer_or_place
        )
        for i in over:
            draft.mark(i, "section banner")
