"""Logs that are read, never edited: import batches and withdrawn reports."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html_join

from archive import services
from archive.models import ImportBatch, WithdrawnArticle


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "channel",
        "state",
        "source",
        "user",
        "created",
        "duplicates",
        "failed",
    )
    list_select_related = ("user",)
    list_filter = ("state", "channel")
    search_fields = ("source",)
    date_hierarchy = "created_at"
    readonly_fields = (
        "created_at",
        "user",
        "channel",
        "state",
        "heartbeat_at",
        "finished_at",
        "source",
        "created",
        "duplicates",
        "failed",
        "error_list",
        "article_list",
    )
    fields = readonly_fields

    def changelist_view(self, request, extra_context=None):
        # An import killed mid-way never said so: the list says it before showing it.
        services.batches_mark_interrupted()
        return super().changelist_view(request, extra_context)

    # A batch is a log of what happened: it is read, never edited or deleted.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="Errors")
    def error_list(self, batch):
        if not batch.errors:
            return "none"
        return format_html_join(
            "",
            "<p><strong>{}</strong>: {}</p>",
            ((e["source"], e["message"]) for e in batch.errors),
        )

    @admin.display(description="Articles created")
    def article_list(self, batch):
        articles = batch.articles.order_by("pk")
        if not articles:
            return "none"
        return format_html_join(
            "",
            '<p><a href="{}">{}</a> ({})</p>',
            (
                (
                    reverse("admin:archive_article_change", args=[a.pk]),
                    a.title,
                    a.get_status_display(),
                )
                for a in articles
            ),
        )


@admin.register(WithdrawnArticle)
class WithdrawnArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet_name", "published_on", "withdrawn_at", "withdrawn_by")
    list_select_related = ("withdrawn_by",)
    search_fields = ("title", "outlet_name", "reason", "url")
    date_hierarchy = "withdrawn_at"
    readonly_fields = (
        "article_id",
        "title",
        "outlet_name",
        "published_on",
        "url",
        "raw_sha256",
        "reason",
        "withdrawn_at",
        "withdrawn_by",
    )
    fields = readonly_fields

    # A tombstone is the public record of a withdrawal: it stays as written.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
