"""Curation. Every model is here, with the columns, filters and inlines a curator needs to
correct what the parser got wrong and to link reports to their meetings."""

from django.contrib import admin
from django.utils.html import format_html

from archive.models import (
    Article,
    ArticleMeeting,
    BoilerplatePattern,
    Credit,
    ImportBatch,
    Meeting,
    MeetingParticipant,
    Mention,
    Office,
    OfficialDocument,
    Outlet,
    Person,
    PersonAlias,
    Quote,
    SharedPassage,
    Topic,
)


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 0
    fields = ("title", "post", "country", "start", "end", "source_url")


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
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


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ("person", "title", "post", "country", "start", "end")
    list_filter = ("post", "country")
    search_fields = ("person__name", "title")
    autocomplete_fields = ("person",)
    list_select_related = ("person",)


class BoilerplatePatternInline(admin.TabularInline):
    model = BoilerplatePattern
    extra = 1


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "country", "language", "homepage")
    list_filter = ("kind", "country", "language")
    search_fields = ("name", "slug", "aliases")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("republishes",)
    inlines = [BoilerplatePatternInline]


@admin.register(BoilerplatePattern)
class BoilerplatePatternAdmin(admin.ModelAdmin):
    list_display = ("pattern", "outlet", "note", "active")
    list_filter = ("active", "outlet")
    search_fields = ("pattern", "note")
    autocomplete_fields = ("outlet",)
    list_select_related = ("outlet",)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
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
class MeetingAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "start_date", "city", "format")
    list_filter = ("kind", "format", "country")
    search_fields = ("title", "city", "summary")
    prepopulated_fields = {"slug": ("title",)}
    date_hierarchy = "start_date"
    inlines = [MeetingParticipantInline, OfficialDocumentInline]


class ArticleMeetingInline(admin.TabularInline):
    model = ArticleMeeting
    extra = 0
    autocomplete_fields = ("meeting",)


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    autocomplete_fields = ("person",)


class QuoteInline(admin.StackedInline):
    model = Quote
    extra = 0
    autocomplete_fields = ("speaker",)
    fields = ("speaker", "text", "start", "end", "form")


class CreditInline(admin.TabularInline):
    model = Credit
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "original_wire", "published_on", "date_precision", "status")
    list_filter = ("status", "date_precision", "language", "outlet", "meetings")
    search_fields = ("title", "url", "body", "byline")
    autocomplete_fields = ("outlet", "original_wire")
    filter_horizontal = ("topics",)
    date_hierarchy = "published_on"
    list_select_related = ("outlet", "original_wire")
    readonly_fields = ("raw_sha256", "raw_encoding", "source_name", "raw_preview", "batch",
                       "ingested_by", "created_at", "updated_at", "content_hash")
    inlines = [ArticleMeetingInline, MentionInline, QuoteInline, CreditInline]
    fieldsets = (
        (None, {"fields": ("title", "status", "outlet", "original_wire", "url", "section")}),
        ("Date and byline", {"fields": ("published_on", "date_precision", "dateline", "byline",
                                        "language")}),
        ("Text", {"fields": ("body", "topics")}),
        ("Provenance (read-only)", {"classes": ("collapse",), "fields": (
            "source_name", "raw_sha256", "raw_encoding", "raw_preview", "content_hash", "batch",
            "ingested_by", "created_at", "updated_at", "curated_fields")}),
    )

    @admin.display(description="Raw text as received")
    def raw_preview(self, article):
        raw = bytes(article.raw or b"")
        return format_html("<pre style='white-space:pre-wrap;max-height:20em;overflow:auto'>{}</pre>",
                           raw.decode(article.raw_encoding or "utf-8", errors="replace"))


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ("short_text", "speaker", "article")
    list_filter = ("speaker",)
    search_fields = ("text", "speaker__name", "article__title")
    autocomplete_fields = ("speaker", "article")
    list_select_related = ("speaker", "article")

    @admin.display(description="Quote")
    def short_text(self, quote):
        return quote.text[:100]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("person", "article", "count")
    search_fields = ("person__name", "article__title")
    autocomplete_fields = ("person", "article")
    list_select_related = ("person", "article")


@admin.register(Credit)
class CreditAdmin(admin.ModelAdmin):
    list_display = ("name", "role", "article")
    list_filter = ("role",)
    search_fields = ("name", "article__title")
    autocomplete_fields = ("article",)
    list_select_related = ("article",)


@admin.register(ArticleMeeting)
class ArticleMeetingAdmin(admin.ModelAdmin):
    list_display = ("article", "meeting", "score", "linked_by")
    list_filter = ("linked_by", "meeting")
    autocomplete_fields = ("article", "meeting")
    list_select_related = ("article", "meeting")


@admin.register(MeetingParticipant)
class MeetingParticipantAdmin(admin.ModelAdmin):
    list_display = ("meeting", "person", "office")
    list_filter = ("meeting",)
    autocomplete_fields = ("meeting", "person", "office")
    list_select_related = ("meeting", "person", "office")


@admin.register(OfficialDocument)
class OfficialDocumentAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "meeting")
    list_filter = ("kind",)
    search_fields = ("title", "url")
    autocomplete_fields = ("meeting",)
    list_select_related = ("meeting",)


@admin.register(PersonAlias)
class PersonAliasAdmin(admin.ModelAdmin):
    list_display = ("alias", "kind", "person")
    list_filter = ("kind",)
    search_fields = ("alias", "person__name")
    autocomplete_fields = ("person",)
    list_select_related = ("person",)


@admin.register(SharedPassage)
class SharedPassageAdmin(admin.ModelAdmin):
    list_display = ("first", "second", "score")
    autocomplete_fields = ("first", "second")
    list_select_related = ("first", "second")


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ("created_at", "channel", "source", "user", "created", "duplicates", "failed")
    list_filter = ("channel",)
    search_fields = ("source",)
    date_hierarchy = "created_at"
    readonly_fields = ("created_at", "user", "channel", "source", "created", "duplicates",
                       "failed", "errors")

    def has_add_permission(self, request):
        return False
