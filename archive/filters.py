"""FilterSets for the public lists. Every parameter a visitor can send is declared here,
validated by the FilterSet's form, and applied through a named QuerySet method: nothing
from the query string ever reaches `filter(**...)` or `order_by(...)` directly.

Several values of one parameter are alternatives (`outlet=efe&outlet=reuters`: either);
different parameters narrow each other (`outlet=efe&person=antony-blinken`: both)."""

import re
from datetime import date

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db.models import QuerySet
from django.db.models.functions import ExtractYear
from django.utils.text import slugify

from archive.models import (
    Article,
    Meeting,
    MeetingFormat,
    MeetingKind,
    Outlet,
    Person,
    SortKey,
    Topic,
)

QUERY_MAX_LENGTH = 500
VALUE_MAX_LENGTH = 200
LANGUAGE_CODE_PATTERN = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$", re.IGNORECASE)
ASCII_YEAR = re.compile(r"[0-9]{4}")
# Control characters cannot go into XML (the Atom feed echoes the words) and mean nothing
# in a search; NUL is refused by Django's CharField already.
NO_CONTROL_CHARACTERS = RegexValidator(
    r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]",
    inverse_match=True,
    message="The search words contain control characters.",
    code="control_characters",
)


class ValueListField(forms.Field):
    """Several short text values of one parameter (`?city=Tokyo&city=Washington`), each
    checked by `check(values) -> {value: stored value}`; an unknown value is an error
    that names it."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, check, unknown_message, **kwargs):
        self.check = check
        self.unknown_message = unknown_message
        super().__init__(**kwargs)

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        values = []
        for item in value:
            item = str(item).strip()
            if "\x00" in item:
                raise ValidationError("Null characters are not allowed.", code="null_characters")
            if len(item) > VALUE_MAX_LENGTH:
                raise ValidationError(
                    "A value is longer than %(limit)d characters.",
                    code="too_long",
                    params={"limit": VALUE_MAX_LENGTH},
                )
            if item and item not in values:
                values.append(item)
        return values

    def clean(self, value):
        values = self.to_python(value)
        if not values:
            return []
        known = self.check(values)
        for item in values:
            if item not in known:
                raise ValidationError(self.unknown_message, code="unknown", params={"value": item})
        return [known[item] for item in values]


class ValueListFilter(django_filters.Filter):
    field_class = ValueListField


def known_language_codes(values):
    # Any well-formed code is accepted: a language with no report yet is an empty
    # result, not a mistake.
    return {value: value for value in values if LANGUAGE_CODE_PATTERN.match(value)}


def known_outlet_countries(values):
    """{slug: country name as stored} for the slugs of countries that outlets are in."""
    countries = (
        Outlet.objects.public()
        .exclude(country="")
        .order_by()
        .values_list("country", flat=True)
        .distinct()
    )
    by_slug = {slugify(country): country for country in countries}
    return {value: by_slug[value] for value in values if value in by_slug}


def known_meeting_cities(values):
    cities = set(Meeting.objects.filter(city__in=values).values_list("city", flat=True))
    return {value: value for value in values if value in cities}


def known_meeting_series(values):
    series = set(Meeting.objects.filter(series__in=values).values_list("series", flat=True))
    return {value: value for value in values if value in series}


def known_years(values):
    # isdigit() also accepts "²" and "١", which int() then refuses: ASCII digits only.
    return {value: int(value) for value in values if ASCII_YEAR.fullmatch(value)}


def slug_filter(model, noun: str, method: str, label: str):
    """A repeatable filter on `model` by slug; an unknown slug is named in the error."""
    return django_filters.ModelMultipleChoiceFilter(
        queryset=model.objects.public(),
        to_field_name="slug",
        method=method,
        label=label,
        widget=forms.MultipleHiddenInput,
        error_messages={
            "invalid_choice": f"No {noun} has the slug “%(value)s”.",
            "invalid_list": "Give one value per parameter.",
        },
    )


def has_value(value) -> bool:
    if value is None or value == "":
        return False
    if isinstance(value, str | int | date):
        return True
    if isinstance(value, QuerySet) and value.query.is_empty():
        # The `none()` an unused multiple choice cleans to: len() would compile it (about a
        # millisecond each, for every filter, on every search page) to learn it is empty.
        return False
    return len(value) > 0  # a list, or the rows a used multiple choice already read


class ActiveFiltersMixin:
    """Apply only the filters given a value. An unused multiple-choice field cleans to
    `queryset.none()`, which django-filter does not treat as empty: filtering by it would
    match nothing."""

    def active_values(self, *, skip=()):
        for name, value in self.form.cleaned_data.items():
            if name not in skip and has_value(value):
                yield name, value

    def filter_queryset(self, queryset):
        return self.filtered(queryset)

    def filtered(self, queryset, *, skip=()):
        for name, value in self.active_values(skip=skip):
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    def queryset_without(self, *names):
        """The matches of every active filter except `names`: a facet counts its values
        among these, so picking another value of it never counts zero."""
        return self.filtered(self.queryset.all(), skip=names)


class ArticleSearchForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise ValidationError("The start date comes after the end date.", code="date_order")
        return cleaned


class ArticleFilter(ActiveFiltersMixin, django_filters.FilterSet):
    """The article search: `/articles/?q=…&person=…&outlet=…&date_from=…&sort=…`."""

    q = django_filters.CharFilter(
        method="filter_text",
        label="Search words",
        max_length=QUERY_MAX_LENGTH,
        validators=[NO_CONTROL_CHARACTERS],
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    person = slug_filter(Person, "person", "filter_people", "Person")
    outlet = slug_filter(Outlet, "outlet", "filter_outlets", "Outlet")
    meeting = slug_filter(Meeting, "meeting", "filter_meetings", "Meeting")
    topic = slug_filter(Topic, "topic", "filter_topics", "Topic")
    language = ValueListFilter(
        method="filter_languages",
        label="Language",
        check=known_language_codes,
        unknown_message="“%(value)s” is not a language code such as en or ja.",
    )
    country = ValueListFilter(
        method="filter_countries",
        label="Outlet country",
        check=known_outlet_countries,
        unknown_message="No outlet is based in a country with the slug “%(value)s”.",
    )
    date_from = django_filters.DateFilter(
        method="filter_date_from",
        label="From",
        input_formats=["%Y-%m-%d"],  # not the locale's 01/07/2022, which readers split
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Give dates as YYYY-MM-DD, e.g. 2022-01-07."},
    )
    date_to = django_filters.DateFilter(
        method="filter_date_to",
        label="To",
        input_formats=["%Y-%m-%d"],  # not the locale's 01/07/2022, which readers split
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Give dates as YYYY-MM-DD, e.g. 2022-01-07."},
    )
    sort = django_filters.ChoiceFilter(
        method="filter_nothing",  # applied last, in filter_queryset, once the rank exists
        label="Sort by",
        choices=SortKey.choices,
        empty_label=None,
        error_messages={"invalid_choice": "Sort by relevance, newest or oldest."},
    )

    class Meta:
        model = Article
        fields = []
        form = ArticleSearchForm

    # Parameters taking several values; the others must appear once.
    repeatable = ("person", "outlet", "meeting", "topic", "language", "country")

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_people(self, queryset, name, value):
        return queryset.mentioning(value)

    def filter_outlets(self, queryset, name, value):
        return queryset.from_outlets(value)

    def filter_meetings(self, queryset, name, value):
        return queryset.about_meetings(value)

    def filter_topics(self, queryset, name, value):
        return queryset.on_topics(value)

    def filter_languages(self, queryset, name, value):
        return queryset.in_languages(value)

    def filter_countries(self, queryset, name, value):
        return queryset.from_countries(value)

    def filter_date_from(self, queryset, name, value):
        return queryset.published_between(start=value)

    def filter_date_to(self, queryset, name, value):
        return queryset.published_between(end=value)

    def filter_nothing(self, queryset, name, value):
        return queryset

    @property
    def sort_chosen(self) -> str:
        """The order asked for, or relevance when there are search words, else newest."""
        chosen = self.form.cleaned_data.get("sort")
        if chosen:
            return chosen
        return SortKey.RELEVANCE if self.form.cleaned_data.get("q") else SortKey.NEWEST

    def filter_queryset(self, queryset):
        return self.filtered(queryset).in_order(self.sort_chosen)

    def queryset_without(self, *names):
        return self.filtered(self.queryset.all(), skip=(*names, "sort"))

    # The words and dates are the core every facet shares (`archive/search_matches.py`);
    # the other filters are facets, each counted among the matches of all the others.
    core_names = ("q", "date_from", "date_to")

    def active_names(self) -> list[str]:
        return [name for name, _ in self.active_values(skip=("sort",))]

    def facet_names_active(self) -> list[str]:
        return [name for name in self.active_names() if name not in self.core_names]

    def core_queryset(self):
        """Published reports matching the words and dates only."""
        return self.filtered(self.queryset.all(), skip=(*self.facet_names(), "sort"))

    def facets_applied(self, queryset, skip: str = ""):
        """`queryset` narrowed by every active facet filter but `skip`."""
        return self.filtered(queryset, skip=(*self.core_names, "sort", skip))

    def filtered_for_page(self, queryset):
        """`queryset` narrowed by every active filter, in no order."""
        return self.filtered(queryset, skip=("sort",))

    @classmethod
    def facet_names(cls) -> list[str]:
        return [name for name in cls.base_filters if name not in (*cls.core_names, "sort")]


class MeetingFilter(ActiveFiltersMixin, django_filters.FilterSet):
    """The meetings list: `/meetings/?year=…&kind=…&series=…&format=…&city=…&participant=…`."""

    year = ValueListFilter(
        method="filter_years",
        label="Year",
        check=known_years,
        unknown_message="“%(value)s” is not a year such as 2022.",
    )
    kind = django_filters.MultipleChoiceFilter(
        method="filter_kinds",
        label="Kind",
        choices=MeetingKind.choices,
        widget=forms.MultipleHiddenInput,
        error_messages={"invalid_choice": "“%(value)s” is not a kind of meeting."},
    )
    series = ValueListFilter(
        method="filter_series",
        label="Series",
        check=known_meeting_series,
        unknown_message="No meeting belongs to a series “%(value)s”.",
    )
    format = django_filters.MultipleChoiceFilter(
        method="filter_formats",
        label="In person or virtual",
        choices=MeetingFormat.choices,
        widget=forms.MultipleHiddenInput,
        error_messages={"invalid_choice": "“%(value)s” is not a meeting format."},
    )
    city = ValueListFilter(
        method="filter_cities",
        label="City",
        check=known_meeting_cities,
        unknown_message="No meeting was held in “%(value)s”.",
    )
    participant = slug_filter(Person, "person", "filter_participants", "Participant")

    class Meta:
        model = Meeting
        fields = []

    repeatable = ("year", "kind", "series", "format", "city", "participant")

    def filter_years(self, queryset, name, value):
        return queryset.annotate(year=ExtractYear("start_date")).filter(year__in=value)

    def filter_kinds(self, queryset, name, value):
        return queryset.filter(kind__in=value)

    def filter_series(self, queryset, name, value):
        return queryset.filter(series__in=value)

    def filter_formats(self, queryset, name, value):
        return queryset.filter(format__in=value)

    def filter_cities(self, queryset, name, value):
        return queryset.filter(city__in=value)

    def filter_participants(self, queryset, name, value):
        return queryset.attended_by(value)
