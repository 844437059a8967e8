"""The tags that replaced included templates and per-row reverse() calls (for speed) give
the HTML the templates and reverse() gave: each is compared with the template text it
replaced, rendered by Django, over the cases that template distinguished."""

import datetime

import pytest
from django.http import QueryDict
from django.template import Context, Template
from django.test import override_settings
from django.urls import set_script_prefix

from archive.filters import has_value
from archive.models import Article, DatePrecision, Meeting, Office, Outlet, Person, Topic
from archive.templatetags import archive_tags
from archive.templatetags.archive_tags import detail_url, term_years

# templates/archive/includes/report_date.html as it was before the report_date tag.
REPORT_DATE_TEMPLATE = (
    "{% load archive_tags %}{% if article.published_on %}{% if article.date_is_month_only %}"
    "{% if link %}<a href=\"{% url 'archive:article_list' %}?date_from="
    '{{ article.published_on|date:"Y-m-01" }}&amp;date_to={{ article.published_on|date:"Y-m-t" }}"'
    ' title="Reports of this month">{% endif %}'
    '<time datetime="{{ article.published_on|date:"Y-m" }}">'
    '{{ article.published_on|date:"F Y" }}</time>{% if link %}</a>{% endif %}{% if marks %}'
    ' <abbr class="muted" title="The report gives the month but not the day">(month only)</abbr>'
    '{% endif %}{% else %}{% if link %}<a href="{% day_url article.published_on %}"'
    ' title="Reports of this day">{% endif %}'
    '<time datetime="{{ article.published_on|date:"Y-m-d" }}">'
    '{% if long %}{{ article.published_on|date:"l j F Y" }}{% else %}'
    '{{ article.published_on|date:"j M Y" }}{% endif %}</time>{% if link %}</a>{% endif %}'
    '{% if marks and article.date_year_inferred %} <abbr class="muted" title="The report gives no'
    ' year; it is inferred from the meeting it reports">(year inferred)</abbr>{% endif %}'
    "{% endif %}{% else %}{{ missing }}{% endif %}"
)

# templates/archive/includes/term_years.html as it was before the term_years tag.
TERM_YEARS_TEMPLATE = (
    "{% with start=office.start end=office.effective_end %}{% if start and end %}"
    "{{ start.year }}{% if end.year != start.year %}–{{ end.year }}{% endif %}"
    "{% elif start %}since {{ start.year }}{% elif end %}until {{ end.year }}"
    "{% else %}dates unconfirmed{% endif %}{% endwith %}"
)

DAYS = [
    datetime.date(2024, 2, 9),  # leap February: the month ends on the 29th
    datetime.date(2023, 2, 28),
    datetime.date(2021, 12, 31),
    datetime.date(2016, 5, 1),
]
PRECISIONS = [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.INFERRED]
FLAGS = [
    {},
    {"marks": True},
    {"link": True, "marks": True, "missing": "date unknown"},
    {"link": True, "long": True, "marks": True, "missing": "Date <unknown> & co"},
]


def rendered(source: str, **context) -> str:
    return Template(source).render(Context(context))


@pytest.mark.parametrize("flags", FLAGS)
@pytest.mark.parametrize("precision", PRECISIONS)
@pytest.mark.parametrize("day", [*DAYS, None])
def test_report_date_is_the_template_it_replaced(day, precision, flags):
    article = Article(published_on=day, date_precision=precision)
    expected = rendered(REPORT_DATE_TEMPLATE, article=article, **flags)
    tag = "{% load archive_tags %}{% report_date article" + "".join(
        f" {name}=flags.{name}" for name in flags
    )
    assert rendered(tag + " %}", article=article, flags=flags) == expected


def test_report_date_of_an_undated_report_with_no_text_is_empty():
    article = Article(published_on=None)
    assert rendered("{% load archive_tags %}{% report_date article %}", article=article) == ""


@pytest.mark.parametrize(
    ("start", "end", "successor_start"),
    [
        (datetime.date(2017, 8, 3), datetime.date(2019, 9, 11), None),
        (datetime.date(2021, 1, 26), datetime.date(2021, 10, 4), None),
        (datetime.date(2021, 1, 26), None, datetime.date(2025, 1, 21)),
        (datetime.date(2025, 1, 21), None, None),
        (None, datetime.date(2014, 12, 24), None),
        (None, None, None),
    ],
)
def test_term_years_is_the_template_it_replaced(start, end, successor_start):
    office = Office(start=start, end=end)
    if successor_start:
        office.successor_start = successor_start
    assert term_years(office) == rendered(TERM_YEARS_TEMPLATE, office=office)


@pytest.fixture
def objects():
    return [
        Article(pk=7135),
        Person(slug="antony-blinken"),
        Outlet(slug="nhk_world"),
        Meeting(slug="2plus2-2023-01-11"),
        Topic(slug="taiwan"),  # no fast route: its own get_absolute_url
    ]


def test_detail_url_is_get_absolute_url(objects):
    for obj in objects:
        assert detail_url(obj) == obj.get_absolute_url()
    assert detail_url(None) == ""  # as {{ None.get_absolute_url }} renders


def test_detail_url_follows_the_script_prefix(objects):
    set_script_prefix("/archive/")
    try:
        for obj in objects:
            assert detail_url(obj).startswith("/archive/")
            assert detail_url(obj) == obj.get_absolute_url()
    finally:
        set_script_prefix("/")
    assert detail_url(objects[0]) == "/articles/7135/"


def test_a_value_reverse_would_refuse_is_still_refused():
    """A slug the route's converter does not accept is left to reverse(), which raises as
    get_absolute_url did: the fast path never makes up an address."""
    from django.urls import NoReverseMatch

    with pytest.raises(NoReverseMatch):
        detail_url(Person(slug="naïve slug"))


@override_settings(ROOT_URLCONF="tests.views.urls_elsewhere")
def test_kept_paths_are_forgotten_when_the_urlconf_changes():
    assert archive_tags.list_path("archive:article_list") == "/elsewhere/articles/"
    assert detail_url(Article(pk=3)) == "/elsewhere/articles/3/"


def test_kept_paths_after_the_urlconf_comes_back():
    assert archive_tags.list_path("archive:article_list") == "/articles/"
    assert detail_url(Article(pk=3)) == "/articles/3/"


def test_an_unused_slug_filter_has_no_value_and_a_used_one_has():
    assert not has_value(Person.objects.none())
    assert not has_value([]) and not has_value("") and not has_value(None)
    assert has_value(["antony-blinken"]) and has_value(datetime.date(2024, 1, 1))


@pytest.mark.django_db
def test_unfiltered_facets_read_from_the_kept_statement_are_the_querysets_rows(corpus):
    """The unfiltered pages' facets run statements compiled once per process: the same rows
    as the querysets they were compiled from, on every call (the reports' facets from the
    kept counts, the meetings' counted among every meeting)."""
    from archive.facets import (
        ARTICLE_FACETS,
        FACET_SIZE,
        MEETING_FACETS,
        UNFILTERED_STATEMENTS,
        facet_rows,
        unfiltered_rows_read,
    )
    from archive.search import meeting_browse_parse

    UNFILTERED_STATEMENTS.clear()
    every_meeting = meeting_browse_parse(QueryDict()).filterset.queryset_without()
    cases = [(spec, None) for spec in ARTICLE_FACETS]
    cases += [(spec, every_meeting.order_by().values("pk")) for spec in MEETING_FACETS]
    for spec, matches in cases:
        rows = facet_rows(spec, matches, [])
        expected = list(rows if spec.timeline else rows[: FACET_SIZE + 1])
        assert any(row["total"] for row in expected), spec.name
        assert unfiltered_rows_read(spec, matches, FACET_SIZE) == expected
        assert unfiltered_rows_read(spec, matches, FACET_SIZE) == expected  # kept statement
    assert len(UNFILTERED_STATEMENTS) == len(cases)
