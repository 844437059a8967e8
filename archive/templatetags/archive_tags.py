"""Template helpers: links to filtered lists, the marked-up text of a report (people
linked, quotes and shared passages marked), dates relative to a meeting, and JSON-LD."""

import calendar
import functools
import json
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django import template
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import dateformat, translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from archive.search import language_name as _language_name

register = template.Library()


# --- Links to filtered lists ---------------------------------------------------------------

# reverse() costs about 20 µs; a page of results builds a few hundred links to the same few
# lists and detail pages. Their paths depend only on the URLconf and the script prefix (and
# the one value a detail page takes), so they are kept.
LIST_PATHS: dict[tuple, str] = {}


def list_path(name: str) -> str:
    """reverse(name) of a route that takes no arguments, kept per URLconf and prefix."""
    key = (name, get_urlconf(), get_script_prefix())
    path = LIST_PATHS.get(key)
    if path is None:
        path = LIST_PATHS[key] = reverse(name)
    return path


def forget_list_paths(*, setting, **kwargs):
    if setting == "ROOT_URLCONF":  # tests that swap the URLconf
        LIST_PATHS.clear()
        DETAIL_PARTS.clear()


setting_changed.connect(forget_list_paths, dispatch_uid="archive-list-paths")


# The detail page of each model the lists link to, and the field its address takes.
DETAIL_ROUTES = {
    "article": ("archive:article_detail", "pk"),
    "person": ("archive:person_detail", "slug"),
    "outlet": ("archive:outlet_detail", "slug"),
    "meeting": ("archive:meeting_detail", "slug"),
}
# Reversed once in place of the value: digits pass both the int and the slug converters.
PLACEHOLDER = "90817263544536271809"
# A value made of these characters comes out of reverse() unchanged (no quoting).
PLAIN_VALUE = re.compile(r"[-a-zA-Z0-9_]+")
DETAIL_PARTS: dict[tuple, tuple | None] = {}


def detail_parts(name: str) -> tuple | None:
    """(before, after) the value in `name`'s path, kept per URLconf and prefix like
    list_path; None when the path cannot be split around one value."""
    key = (name, get_urlconf(), get_script_prefix())
    if key not in DETAIL_PARTS:
        path = reverse(name, args=[PLACEHOLDER])
        before, _, after = path.partition(PLACEHOLDER)
        DETAIL_PARTS[key] = (before, after) if path.count(PLACEHOLDER) == 1 else None
    return DETAIL_PARTS[key]


@register.filter
def detail_url(obj) -> str:
    """`{{ report|detail_url }}`: what `report.get_absolute_url` gives, without a reverse()
    a row (a meeting page links to some 300 reports, people and outlets)."""
    if obj is None:
        return ""  # what `{{ none.get_absolute_url }}` renders
    route = DETAIL_ROUTES.get(getattr(getattr(obj, "_meta", None), "model_name", None))
    if route is None:
        return obj.get_absolute_url()
    name, field = route
    value = str(getattr(obj, field))
    parts = detail_parts(name)
    if parts is None or not PLAIN_VALUE.fullmatch(value):
        return obj.get_absolute_url()
    return parts[0] + value + parts[1]


def list_url(name: str, params: dict) -> str:
    pairs = [(key, value) for key, value in params.items() if value not in (None, "")]
    return list_path(name) + ("?" + urlencode(pairs) if pairs else "")


@register.simple_tag
def articles_url(**params):
    """`{% articles_url outlet=article.outlet.slug %}`: the search filtered by a value."""
    return list_url("archive:article_list", params)


@register.simple_tag
def meetings_url(**params):
    return list_url("archive:meeting_list", params)


@register.simple_tag
def day_url(day):
    """The search narrowed to the reports of one day."""
    if not day:
        return list_path("archive:article_list")
    return list_url(
        "archive:article_list", {"date_from": day.isoformat(), "date_to": day.isoformat()}
    )


@register.simple_tag(takes_context=True)
def page_url(context, number):
    return context["state"].replacing("page", number)


@register.filter
def split_urls(text):
    """Source cells may hold two addresses separated by " | " (start and end dates)."""
    return [part.strip() for part in (text or "").split(" | ") if part.strip()]


@register.filter
def fragment(text):
    """A quote cut mid-sentence (it starts in lower case) shown with a leading ellipsis,
    so that it does not read as a whole sentence."""
    text = (text or "").strip()
    return "…" + text if text[:1].islower() else text


@register.filter
def language_name(code):
    return _language_name(code)


# --- A report's date -------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _date_text(day, fmt: str, language: str) -> str:
    return dateformat.format(day, fmt)


def date_text(day, fmt: str) -> str:
    """`{{ day|date:fmt }}` for a date: month and weekday names in the active language, kept
    (the `date` filter costs about 15 µs, and a page shows the same few days many times)."""
    return _date_text(day, fmt, translation.get_language())


MONTH_ONLY_MARK = mark_safe(
    ' <abbr class="muted" title="The report gives the month but not the day">(month only)</abbr>'
)
YEAR_INFERRED_MARK = mark_safe(
    ' <abbr class="muted" title="The report gives no year; it is inferred from the meeting it'
    ' reports">(year inferred)</abbr>'
)


@register.simple_tag
def report_date(article, link=False, marks=False, long=False, missing=""):
    """The publication date of `article`, to the precision it is known. With `link`, it
    leads to the reports of that day (or month); with `long`, the weekday and month are
    spelt out; with `marks`, a date known only to the month or with an inferred year says
    so. A tag rather than an included template: it is shown on every row of every list."""
    day = article.published_on
    if not day:
        return escape(missing)
    iso = day.isoformat()
    if article.date_is_month_only:
        last = calendar.monthrange(day.year, day.month)[1]
        html = format_html('<time datetime="{}">{}</time>', iso[:7], date_text(day, "F Y"))
        if link:
            month = iso[:8]
            href = f"{list_path('archive:article_list')}?date_from={month}01&date_to={month}{last}"
            html = format_html('<a href="{}" title="Reports of this month">{}</a>', href, html)
        return html + MONTH_ONLY_MARK if marks else html
    shown = date_text(day, "l j F Y" if long else "j M Y")
    html = format_html('<time datetime="{}">{}</time>', iso, shown)
    if link:
        html = format_html('<a href="{}" title="Reports of this day">{}</a>', day_url(day), html)
    return html + YEAR_INFERRED_MARK if marks and article.date_year_inferred else html


@register.simple_tag
def term_years(office) -> str:
    """The years of one term of `office`: "2017–2019", "2021", "since 2025", "until 2014",
    or "dates unconfirmed" when no source gives either end (a tag: the people list shows
    a few hundred terms)."""
    start, end = office.start, office.effective_end
    if start and end:
        return str(start.year) if end.year == start.year else f"{start.year}–{end.year}"
    if start:
        return f"since {start.year}"
    if end:
        return f"until {end.year}"
    return "dates unconfirmed"


# --- Dates relative to a meeting -----------------------------------------------------------


@dataclass
class RelativeDay:
    kind: str  # "before", "same", "after" or "unknown"
    label: str


@register.simple_tag
def relative_day(day, meeting) -> RelativeDay:
    """Where a report's date falls against a meeting: before, on the day(s), after."""
    if not day:
        return RelativeDay("unknown", "date unknown")
    first_day = getattr(meeting, "first_local_date", None) or meeting.start_date
    if first_day <= day < meeting.start_date:
        # The 2022 meeting: the evening of 6 January in Washington, 7 January in Tokyo.
        return RelativeDay("same", "same day (another host's date)")
    if day < meeting.start_date:
        days = (first_day - day).days
        return RelativeDay("before", f"{days} day{'s' if days != 1 else ''} before")
    if day > meeting.end_date:
        days = (day - meeting.end_date).days
        return RelativeDay("after", f"{days} day{'s' if days != 1 else ''} after")
    return RelativeDay("same", "same day")


# --- JSON-LD ------------------------------------------------------------------------------

# What json_script escapes, so that no text in the data can close the <script> block.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def jsonld(data):
    text = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


# --- Marked-up report text ------------------------------------------------------------------


@dataclass
class Span:
    start: int
    end: int
    opening: str  # HTML
    closing: str  # HTML
    reopening: str = ""  # HTML when a span continues into the next paragraph


def non_overlapping(spans: list[Span], length: int) -> list[Span]:
    """Spans clipped to the text, sorted, the later of two overlapping ones dropped."""
    kept, last_end = [], -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        span.start, span.end = max(span.start, 0), min(span.end, length)
        if span.start >= span.end or span.start < last_end:
            continue
        kept.append(span)
        last_end = span.end
    return kept


PARAGRAPH = re.compile(r"[^\n]+")


def mark_up(text: str, outer: list[Span], inner: list[Span]) -> str:
    """`text` as HTML paragraphs (one per line), escaped, with `outer` spans (quotes,
    shared passages) and `inner` spans (name links) inserted. An outer span may run over
    paragraphs (it is closed and reopened); an inner one must sit inside one outer span
    or outside all of them, else it is dropped, so that the tags always nest."""
    outer = non_overlapping(outer, len(text))
    inner = [
        span
        for span in non_overlapping(inner, len(text))
        if not any(o.start < span.end and span.start < o.end for o in outer)
        or any(o.start <= span.start and span.end <= o.end for o in outer)
    ]
    html = []
    for paragraph in PARAGRAPH.finditer(text):
        p_start, p_end = paragraph.span()
        if not text[p_start:p_end].strip():
            continue
        here_outer = [o for o in outer if o.start < p_end and p_start < o.end]
        here_inner = [i for i in inner if p_start <= i.start and i.end <= p_end]
        cuts = {p_start, p_end}
        for span in here_outer:
            cuts.update((max(span.start, p_start), min(span.end, p_end)))
        for span in here_inner:
            cuts.update((span.start, span.end))
        positions = sorted(cuts)
        parts = ["<p>"]
        for index, position in enumerate(positions):
            for span in here_inner:
                if span.end == position:
                    parts.append(span.closing)
            for span in here_outer:
                if min(span.end, p_end) == position and position != p_start:
                    parts.append(span.closing)
            for span in here_outer:
                if max(span.start, p_start) == position and position != p_end:
                    parts.append(span.opening if span.start >= p_start else span.reopening)
            for span in here_inner:
                if span.start == position:
                    parts.append(span.opening)
            if index + 1 < len(positions):
                parts.append(escape(text[position : positions[index + 1]]))
        parts.append("</p>")
        html.append("".join(parts))
    return mark_safe("\n".join(html))  # noqa: S308 - every text piece is escaped above


def name_spans(text: str, people) -> list[Span]:
    """Links to each person's page wherever the text names them: by name, alias, or
    surname alone (unless two of the people share it). Case-sensitive, whole words."""
    surnames = {}
    for person in people:
        surname = person.name.split()[-1] if person.name.split() else ""
        if len(surname) >= 3:
            surnames.setdefault(surname, []).append(person)
    target_by_name = {}
    for person in people:
        names = [person.name] + [alias.alias for alias in person.aliases.all()]
        for name in names:
            target_by_name.setdefault(name, person)
    for surname, owners in surnames.items():
        if len(owners) == 1:
            target_by_name.setdefault(surname, owners[0])
    if not target_by_name:
        return []
    alternatives = sorted(target_by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
    spans = []
    for match in pattern.finditer(text):
        person = target_by_name[match.group(1)]
        opening = format_html('<a class="person" href="{}">', person.get_absolute_url())
        spans.append(Span(match.start(), match.end(), opening, "</a>"))
    return spans


def quote_spans(quotes) -> list[Span]:
    spans = []
    for quote in quotes:
        speaker = quote.speaker.name if quote.speaker else "an unnamed speaker"
        hidden = format_html('<span class="visually-hidden">Quote from {}: </span>', speaker)
        opening = format_html(
            '<mark class="quote" id="quote-{}" title="Quote from {}">{}', quote.pk, speaker, hidden
        )
        reopening = format_html('<mark class="quote" title="Quote from {}">', speaker)
        spans.append(Span(quote.start, quote.end, opening, "</mark>", reopening))
    return spans


@register.simple_tag
def article_body(article, quotes, mentions):
    """The clean text with the quotes marked and the people it mentions linked."""
    people = [mention.person for mention in mentions]
    in_body = [quote for quote in quotes if not quote.in_headline]
    return mark_up(article.body, quote_spans(in_body), name_spans(article.body, people))


def passage_bounds(passage, side: str):
    """(start, end) of one shared passage in the first ("a") or second ("b") report."""
    if not isinstance(passage, dict):
        return None
    start, end = passage.get(f"{side}_start"), passage.get(f"{side}_end")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return start, end
    return None


@register.simple_tag
def shared_body(pair, side):
    """One report of a shared pair with the passages it shares highlighted."""
    article = pair.first if side == "a" else pair.second
    spans = []
    for number, passage in enumerate(pair.passages or [], start=1):
        bounds = passage_bounds(passage, side)
        if bounds:
            opening = format_html(
                '<mark class="shared"><span class="visually-hidden">Shared passage {}: </span>',
                number,
            )
            spans.append(Span(*bounds, opening, "</mark>", '<mark class="shared">'))
    return mark_up(article.body, spans, [])


@register.filter
def shared_count(pair):
    return sum(1 for passage in pair.passages or [] if passage_bounds(passage, "a"))


@register.filter
def percent(value):
    try:
        return f"{round(float(value) * 100)}%"
    except (TypeError, ValueError):
        return ""


@register.simple_tag
def pair_story(pair) -> str:
    """Who retold whose copy, in words, from the outlets' kinds and wire credits."""
    first, second = pair.first, pair.second

    def retells(report, source):
        return source.outlet.kind == "wire" or report.original_wire_id == source.outlet_id

    if retells(first, second) and not retells(second, first):
        return f"{first.outlet} retold {second.outlet}’s wire copy."
    if retells(second, first) and not retells(first, second):
        return f"{second.outlet} retold {first.outlet}’s wire copy."
    if first.original_wire_id and first.original_wire_id == second.original_wire_id:
        return f"Both retell {first.original_wire}’s wire copy."
    wire = first.original_wire or second.original_wire
    if wire:
        return f"Both retell the same story; {wire} is credited in one of them."
    dated = [report for report in (first, second) if report.published_on]
    if len(dated) == 2 and first.published_on != second.published_on:
        earlier, later = sorted((first, second), key=lambda report: report.published_on)
        return f"{later.outlet} repeats passages that {earlier.outlet} published earlier."
    return "Both retell the same story, probably from one wire copy."
