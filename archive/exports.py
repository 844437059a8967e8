"""The archive in other shapes: CSV and JSON of whole result lists (streamed, so that a
large export never sits in memory), citations in BibTeX and RIS, and the schema.org
JSON-LD of article, meeting and person pages."""

import csv
import itertools
import json
import re
from datetime import date

from django.db.models import Prefetch
from django.http import HttpResponse, StreamingHttpResponse

from archive.models import DatePrecision, MeetingFormat, Topic

EXPORT_CHUNK = 500

ARTICLE_COLUMNS = (
    "id",
    "title",
    "outlet",
    "outlet_slug",
    "outlet_country",
    "original_wire",
    "published_on",
    "date_precision",
    "language",
    "byline",
    "meetings",
    "people",
    "topics",
    "source_url",
    "archive_url",
)

MEETING_COLUMNS = (
    "slug",
    "title",
    "kind",
    "series",
    "start_date",
    "end_date",
    "city",
    "country",
    "other_countries",
    "format",
    "participants",
    "reports",
    "archive_url",
)


class Echo:
    """A file-like object that hands back what is written, for csv.writer."""

    def write(self, value):
        return value


# Spreadsheets run a cell that starts with one of these as a formula (OWASP's CSV injection
# list): the full-width forms too, which some spreadsheets fold to ASCII, and the pipe that
# starts a DDE call.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_safe(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def article_record(article, absolute) -> dict:
    """One report as plain data; `absolute` turns a path into a full URL."""
    return {
        "id": article.pk,
        "title": article.title,
        "outlet": article.outlet.name,
        "outlet_slug": article.outlet.slug,
        "outlet_country": article.outlet.country,
        "original_wire": article.original_wire.name if article.original_wire else "",
        "published_on": article.published_on.isoformat() if article.published_on else "",
        "date_precision": article.date_precision,
        "language": article.language,
        "byline": article.byline,
        "meetings": [meeting.slug for meeting in article.meetings.all()],
        "people": [mention.person.name for mention in article.mentions.all()],
        "topics": [topic.name for topic in article.topics.all()],
        "source_url": article.url or "",
        "archive_url": absolute(article.get_absolute_url()),
    }


def export_rows(queryset):
    """Every row of `queryset`, fetched in chunks: prefetches run once per chunk."""
    queryset = queryset.prefetch_related(
        Prefetch("topics", queryset=Topic.objects.order_by("name"))
    )
    return queryset.iterator(chunk_size=EXPORT_CHUNK)


def first_fetched(records):
    """`records` with its first item already fetched: the export's first query runs before
    the response (and its 200) is sent, so a database outage answers 503 instead of a 200
    whose stream breaks off, which a client could read as an empty result."""
    records = iter(records)
    try:
        first = next(records)
    except StopIteration:
        return iter(())
    return itertools.chain((first,), records)


def csv_stream(columns, records):
    writer = csv.writer(Echo())
    yield "\ufeff"  # a byte-order mark, so that spreadsheets read the file as UTF-8
    yield writer.writerow(columns)
    for record in records:
        yield writer.writerow(
            [
                spreadsheet_safe("; ".join(value) if isinstance(value, list) else value)
                for value in (record[column] for column in columns)
            ]
        )


def json_stream(head: dict, records):
    """{"...head", "results": [...]} written one record at a time."""
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    yield opening + (', "results": [' if head else '"results": [')
    for index, record in enumerate(records):
        yield ("," if index else "") + "\n" + json.dumps(record, ensure_ascii=False)
    yield "\n]}\n"


def attachment(response, filename: str):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def articles_csv_response(queryset, request):
    records = first_fetched(
        article_record(article, request.build_absolute_uri) for article in export_rows(queryset)
    )
    response = StreamingHttpResponse(
        csv_stream(ARTICLE_COLUMNS, records), content_type="text/csv; charset=utf-8"
    )
    return attachment(response, "articles.csv")


def articles_json_response(queryset, request, parameters):
    records = first_fetched(
        article_record(article, request.build_absolute_uri) for article in export_rows(queryset)
    )
    head = {
        "parameters": [[name, value] for name, value in parameters if name != "page"],
        "columns": list(ARTICLE_COLUMNS),
    }
    response = StreamingHttpResponse(
        json_stream(head, records), content_type="application/json; charset=utf-8"
    )
    return attachment(response, "articles.json")


def meeting_record(meeting, absolute) -> dict:
    return {
        "slug": meeting.slug,
        "title": meeting.title,
        "kind": meeting.kind,
        "series": meeting.series,
        "start_date": meeting.start_date.isoformat(),
        "end_date": meeting.end_date.isoformat(),
        "city": meeting.city,
        "country": meeting.country,
        "other_countries": meeting.other_countries,
        "format": meeting.format,
        "participants": [
            f"{p.person.name} ({p.office.title})" if p.office else p.person.name
            for p in meeting.participations.all()
        ],
        "reports": meeting.report_count,
        "archive_url": absolute(meeting.get_absolute_url()),
    }


def person_record(person, absolute) -> dict:
    return {
        "slug": person.slug,
        "name": person.name,
        "country": person.country,
        "description": person.description,
        "offices": [f"{office.title} ({office.span})" for office in person.offices.all()],
        "meetings": person.meeting_count,
        "reports": person.article_count,
        "archive_url": absolute(person.get_absolute_url()),
    }


PERSON_COLUMNS = (
    "slug",
    "name",
    "country",
    "description",
    "offices",
    "meetings",
    "reports",
    "archive_url",
)


def outlet_record(outlet, absolute) -> dict:
    return {
        "slug": outlet.slug,
        "name": outlet.name,
        "kind": outlet.kind,
        "country": outlet.country,
        "language": outlet.language,
        "homepage": outlet.homepage,
        "republishes": [wire.slug for wire in outlet.republishes.all()],
        "reports": outlet.article_count,
        "wire_copies_elsewhere": outlet.wire_copy_count,
        "archive_url": absolute(outlet.get_absolute_url()),
    }


OUTLET_COLUMNS = (
    "slug",
    "name",
    "kind",
    "country",
    "language",
    "homepage",
    "republishes",
    "reports",
    "wire_copies_elsewhere",
    "archive_url",
)


def topic_record(topic, absolute) -> dict:
    return {
        "slug": topic.slug,
        "name": topic.name,
        "keywords": list(topic.keywords),
        "reports": topic.article_count,
        "archive_url": absolute(topic.get_absolute_url()),
    }


TOPIC_COLUMNS = ("slug", "name", "keywords", "reports", "archive_url")

TABLES = {
    "meetings": (MEETING_COLUMNS, meeting_record),
    "people": (PERSON_COLUMNS, person_record),
    "outlets": (OUTLET_COLUMNS, outlet_record),
    "topics": (TOPIC_COLUMNS, topic_record),
}


def table_response(name: str, fmt: str, queryset, request):
    """A whole list (meetings, people, outlets, topics) as CSV or JSON, streamed."""
    columns, record = TABLES[name]
    rows = queryset.iterator(chunk_size=EXPORT_CHUNK)
    records = first_fetched(record(row, request.build_absolute_uri) for row in rows)
    if fmt == "csv":
        response = StreamingHttpResponse(
            csv_stream(columns, records), content_type="text/csv; charset=utf-8"
        )
    else:
        response = StreamingHttpResponse(
            json_stream({"columns": list(columns)}, records),
            content_type="application/json; charset=utf-8",
        )
    return attachment(response, f"{name}.{fmt}")


# --- Citations ---------------------------------------------------------------------------

BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_~^])")
BIBTEX_REPLACEMENTS = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\^{}"}


def bibtex_escape(text: str) -> str:
    return BIBTEX_SPECIAL.sub(
        lambda match: BIBTEX_REPLACEMENTS.get(match.group(1), "\\" + match.group(1)), text
    )


# biblatex reads `url` verbatim: only what would unbalance the braces (or start a macro)
# is percent-encoded, which leaves the address the same to a browser.
URL_UNSAFE_IN_BIBTEX = {ord("{"): "%7B", ord("}"): "%7D", ord("\\"): "%5C"}


def bibtex_url(url: str) -> str:
    return url.translate(URL_UNSAFE_IN_BIBTEX)


def month_only(article) -> bool:
    return article.date_precision == DatePrecision.MONTH


def iso_published(article) -> str:
    """The publication date as ISO 8601 to its known precision: "2022-01" for a report
    dated only to the month (stored as the 1st), "2022-01-07" otherwise."""
    if month_only(article):
        return article.published_on.strftime("%Y-%m")
    return article.published_on.isoformat()


def citation_key(article) -> str:
    outlet = re.sub(r"[^a-z0-9]", "", article.outlet.slug.lower()) or "report"
    year = article.published_on.year if article.published_on else "nd"
    return f"{outlet}{year}-{article.pk}"


def authors(article) -> list[str]:
    reporters = [
        credit.name
        for credit in article.credits.all()
        if credit.role in ("reporter", "additional_reporting", "staff")
    ]
    return reporters


def bibtex(article, request) -> str:
    fields = [("title", "{" + bibtex_escape(article.title) + "}")]
    names = authors(article)
    if names:
        fields.append(("author", " and ".join("{" + bibtex_escape(n) + "}" for n in names)))
    fields.append(("journal", bibtex_escape(article.outlet.name)))
    if article.published_on:
        fields.append(("date", iso_published(article)))
        fields.append(("year", str(article.published_on.year)))
        fields.append(("month", str(article.published_on.month)))
    if article.language:
        fields.append(("langid", bibtex_escape(article.language)))
    if article.url:
        fields.append(("url", bibtex_url(article.url)))
    fields.append(("urldate", date.today().isoformat()))
    fields.append(
        (
            "note",
            "Archived at " + bibtex_escape(request.build_absolute_uri(article.get_absolute_url())),
        )
    )
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@article{{{citation_key(article)},\n{body}\n}}\n"


def ris(article, request) -> str:
    lines = [("TY", "NEWS"), ("TI", article.title)]
    lines += [("AU", name) for name in authors(article)]
    lines.append(("T2", article.outlet.name))
    if article.published_on:
        lines.append(("PY", str(article.published_on.year)))
        # RIS dates are YYYY/MM/DD/other; an unknown day stays empty: "2022/01//".
        day_format = "%Y/%m//" if month_only(article) else "%Y/%m/%d"
        lines.append(("DA", article.published_on.strftime(day_format)))
    if article.language:
        lines.append(("LA", article.language))
    if article.url:
        lines.append(("UR", article.url))
    lines.append(("N1", "Archived at " + request.build_absolute_uri(article.get_absolute_url())))
    lines.append(("ER", ""))
    # RIS is line-based: a newline inside a value would start a bogus tag.
    return "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines)


def bibtex_response(article, request):
    response = HttpResponse(
        bibtex(article, request), content_type="application/x-bibtex; charset=utf-8"
    )
    return attachment(response, f"article-{article.pk}.bib")


def ris_response(article, request):
    response = HttpResponse(
        ris(article, request), content_type="application/x-research-info-systems; charset=utf-8"
    )
    return attachment(response, f"article-{article.pk}.ris")


# --- schema.org JSON-LD -------------------------------------------------------------------


def person_ref(person, request) -> dict:
    return {
        "@type": "Person",
        "name": person.name,
        "url": request.build_absolute_uri(person.get_absolute_url()),
    }


def article_jsonld(article, context, request) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "name": article.title,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "publisher": {"@type": "Organization", "name": article.outlet.name},
        "articleBody": article.body,
        "mentions": [person_ref(mention.person, request) for mention in context["mentions"]],
        "about": [
            {
                "@type": "Event",
                "name": meeting.title,
                "startDate": meeting.start_date.isoformat(),
                "url": request.build_absolute_uri(meeting.get_absolute_url()),
            }
            for meeting in context["meetings"]
        ],
    }
    if article.published_on:
        data["datePublished"] = iso_published(article)
    if article.language:
        data["inLanguage"] = article.language
    if article.url:
        data["isBasedOn"] = article.url
    if article.original_wire:
        data["sourceOrganization"] = {"@type": "Organization", "name": article.original_wire.name}
    names = authors(article)
    if names:
        data["author"] = [{"@type": "Person", "name": name} for name in names]
    return data


def meeting_jsonld(meeting, context, request) -> dict:
    remote = {MeetingFormat.VIRTUAL, MeetingFormat.VIDEO, MeetingFormat.PHONE}
    virtual = meeting.format in remote
    mode = (
        "OnlineEventAttendanceMode"
        if virtual
        else {MeetingFormat.HYBRID: "MixedEventAttendanceMode"}.get(
            meeting.format, "OfflineEventAttendanceMode"
        )
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": meeting.title,
        "startDate": meeting.start_date.isoformat(),
        "endDate": meeting.end_date.isoformat(),
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "eventStatus": "https://schema.org/EventScheduled",
        "url": request.build_absolute_uri(meeting.get_absolute_url()),
        "attendee": [
            dict(
                person_ref(participation.person, request),
                **({"jobTitle": participation.office.title} if participation.office else {}),
            )
            for participation in context["participations"]
        ],
        "subjectOf": [
            {"@type": "CreativeWork", "name": document.title, "url": document.url}
            for document in context["documents"]
        ],
    }
    if meeting.summary:
        data["description"] = meeting.summary
    if virtual:
        name = "Telephone call" if meeting.format == MeetingFormat.PHONE else "Video conference"
        data["location"] = {"@type": "VirtualLocation", "name": name}
    elif meeting.city or meeting.country:
        data["location"] = {
            "@type": "Place",
            "name": ", ".join(part for part in (meeting.city, meeting.country) if part),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": meeting.city,
                "addressCountry": meeting.country,
            },
        }
    return data


def person_jsonld(person, context, request) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": person.name,
        "url": request.build_absolute_uri(person.get_absolute_url()),
        "alternateName": [alias.alias for alias in context["aliases"]],
    }
    if person.description:
        data["description"] = person.description
    if person.country:
        data["nationality"] = {"@type": "Country", "name": person.country}
    offices = [
        {
            "@type": "Role",
            "roleName": office.title,
            **({"startDate": office.start.isoformat()} if office.start else {}),
            **({"endDate": office.effective_end.isoformat()} if office.effective_end else {}),
        }
        for office in context["offices"]
    ]
    if offices:
        data["hasOccupation"] = offices
    return data
