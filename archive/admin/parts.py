"""An article's parts on their own pages (quotes, mentions, credits, meeting links) and
shared passages. Edited here or inline, a part is the curator's from then on."""

from django.contrib import admin

from archive.admin.base import CuratedAdmin
from archive.models import ArticleMeeting, Credit, Mention, Quote, SharedPassage


@admin.register(Quote)
class QuoteAdmin(CuratedAdmin):
    list_display = ("short_text", "speaker", "article")
    list_filter = ("speaker",)
    search_fields = ("text", "speaker__name", "article__title")
    autocomplete_fields = ("speaker", "article")
    list_select_related = ("speaker", "article")

    @admin.display(description="Quote")
    def short_text(self, quote):
        return quote.text[:100]


@admin.register(Mention)
class MentionAdmin(CuratedAdmin):
    list_display = ("person", "article", "count")
    search_fields = ("person__name", "article__title")
    autocomplete_fields = ("person", "article")
    list_select_related = ("person", "article")


@admin.register(Credit)
class CreditAdmin(CuratedAdmin):
    list_display = ("name", "role", "article")
    list_filter = ("role",)
    search_fields = ("name", "article__title")
    autocomplete_fields = ("article",)
    list_select_related = ("article",)


@admin.register(ArticleMeeting)
class ArticleMeetingAdmin(CuratedAdmin):
    list_display = ("article", "meeting", "score", "linked_by")
    list_filter = ("linked_by", "meeting")
    autocomplete_fields = ("article", "meeting")
    list_select_related = ("article", "meeting")


@admin.register(SharedPassage)
class SharedPassageAdmin(CuratedAdmin):
    list_display = ("first", "second", "score")
    autocomplete_fields = ("first", "second")
    list_select_related = ("first", "second")
