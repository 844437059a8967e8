"""People, their offices and spellings, outlets, topics and meetings: the reference data
reports are matched against. A spelling added on any page finds the reports at once."""

from django.contrib import admin, messages
from django.db.models import Max, Min

from archive.admin.base import CuratedAdmin
from archive.models import (
    BoilerplatePattern,
    Meeting,
    MeetingParticipant,
    Office,
    OfficialDocument,
    Outlet,
    Person,
    PersonAlias,
    Topic,
)
from archive.services.matching import REMATCH_AFTER, REMATCH_BEFORE, meetings_rematch


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 0
    fields = ("title", "post", "country", "start", "end", "source_url")


@admin.register(Person)
class PersonAdmin(CuratedAdmin):
    list_display = ("name", "country", "description", "alias_list")
    list_filter = ("country", "offices__post")
    search_fields = ("name", "slug", "aliases__alias", "description")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [PersonAliasInline, OfficeInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="Aliases")
    def alias_list(self, person):
        return ", ".join(alias.alias for alias in person.aliases.all())


@admin.register(PersonAlias)
class PersonAliasAdmin(CuratedAdmin):
    list_display = ("alias", "kind", "person")
    list_filter = ("kind",)
    search_fields = ("alias", "person__name")
    autocomplete_fields = ("person",)
    list_select_related = ("person",)


@admin.register(Office)
class OfficeAdmin(CuratedAdmin):
    list_display = ("person", "title", "post", "country", "start", "end")
    list_filter = ("post", "country")
    search_fields = ("person__name", "title")
    autocomplete_fields = ("person",)
    list_select_related = ("person",)


class BoilerplatePatternInline(admin.TabularInline):
    model = BoilerplatePattern
    extra = 1


@admin.register(Outlet)
class OutletAdmin(CuratedAdmin):
    list_display = ("name", "kind", "country", "language", "homepage")
    list_filter = ("kind", "country", "language")
    search_fields = ("name", "slug", "aliases")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("republishes",)
    inlines = [BoilerplatePatternInline]


@admin.register(BoilerplatePattern)
class BoilerplatePatternAdmin(CuratedAdmin):
    list_display = ("pattern", "outlet", "note", "active")
    list_filter = ("active", "outlet")
    search_fields = ("pattern", "note")
    autocomplete_fields = ("outlet",)
    list_select_related = ("outlet",)


@admin.register(Topic)
class TopicAdmin(CuratedAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "keywords")
    prepopulated_fields = {"slug": ("name",)}


class MeetingParticipantInline(admin.TabularInline):
    model = MeetingParticipant
    extra = 0
    autocomplete_fields = ("person", "office")


class OfficialDocumentInline(admin.TabularInline):
    model = OfficialDocument
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(CuratedAdmin):
    list_display = ("title", "kind", "series", "start_date", "city", "format")
    list_filter = ("kind", "format", "series", "country")
    search_fields = ("title", "slug", "series", "city", "summary")
    prepopulated_fields = {"slug": ("title",)}
    date_hierarchy = "start_date"
    inlines = [MeetingParticipantInline, OfficialDocumentInline]
    actions = ["rematch_reports"]

    @admin.action(description="Match the reports around the selected meetings again")
    def rematch_reports(self, request, queryset):
        """Reports from a week before the first selected meeting to three weeks after the
        last are matched anew: a new meeting collects its reports; automatic links are
        replaced, a curator's never touched."""
        bounds = queryset.aggregate(first=Min("start_date"), last=Max("end_date"))
        start = bounds["first"] - REMATCH_BEFORE
        end = bounds["last"] + REMATCH_AFTER
        result = meetings_rematch(start=start, end=end)
        self.message_user(
            request,
            f"{result.reports} reports from {start:%-d %b %Y} to {end:%-d %b %Y} matched "
            f"again: {result.changed} relinked, {result.skipped_curated} left as a curator "
            f"linked them (automatic links {result.links_before} → {result.links_after}).",
            messages.SUCCESS,
        )


@admin.register(MeetingParticipant)
class MeetingParticipantAdmin(CuratedAdmin):
    list_display = ("meeting", "person", "office")
    list_filter = ("meeting",)
    autocomplete_fields = ("meeting", "person", "office")
    list_select_related = ("meeting", "person", "office")


@admin.register(OfficialDocument)
class OfficialDocumentAdmin(CuratedAdmin):
    list_display = ("title", "kind", "meeting")
    list_filter = ("kind",)
    search_fields = ("title", "url")
    autocomplete_fields = ("meeting",)
    list_select_related = ("meeting",)
