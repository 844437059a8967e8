"""Articles: correct what the parser read, link reports to meetings, publish, re-extract,
withdraw. Every write goes through `archive.services` (see `CuratedAdmin`)."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from archive import services
from archive.admin.base import CuratedAdmin
from archive.admin.importing import ImportViews
from archive.models import (
    Article,
    ArticleMeeting,
    ArticleStatus,
    Credit,
    Mention,
    Quote,
)
from archive.services import curation


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


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
        max_length=2000,
        help_text="Shown to readers who follow a link or a citation to the report.",
    )


@admin.register(Article)
class ArticleAdmin(ImportViews, CuratedAdmin):
    list_display = ("title", "outlet", "original_wire", "published_on", "date_precision", "status")
    list_filter = ("status", "date_precision", "language", "outlet", "meetings")
    search_fields = ("title", "url", "body", "byline")
    autocomplete_fields = ("outlet", "original_wire")
    filter_horizontal = ("topics",)
    date_hierarchy = "published_on"
    list_select_related = ("outlet", "original_wire")
    readonly_fields = (
        "raw_sha256",
        "raw_encoding",
        "source_name",
        "raw_preview",
        "batch",
        "ingested_by",
        "created_at",
        "updated_at",
        "corrected_at",
        "content_hash",
    )
    inlines = [ArticleMeetingInline, MentionInline, QuoteInline, CreditInline]
    fieldsets = (
        (None, {"fields": ("title", "status", "outlet", "original_wire", "url", "section")}),
        (
            "Date and byline",
            {"fields": ("published_on", "date_precision", "dateline", "byline", "language")},
        ),
        ("Text", {"fields": ("body", "topics")}),
        (
            "Provenance (read-only)",
            {
                "classes": ("collapse",),
                "fields": (
                    "source_name",
                    "raw_sha256",
                    "raw_encoding",
                    "raw_preview",
                    "content_hash",
                    "batch",
                    "ingested_by",
                    "created_at",
                    "updated_at",
                    "corrected_at",
                    "curated_fields",
                ),
            },
        ),
    )

    change_list_template = "admin/archive/article/change_list.html"
    actions = ["publish", "reject", "reextract", "withdraw_or_delete"]

    def get_urls(self):
        extra = [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="archive_article_import",
            ),
            path(
                "import/<int:job_id>/",
                self.admin_site.admin_view(self.import_job_view),
                name="archive_article_import_job",
            ),
            path(
                "<path:object_id>/withdraw/",
                self.admin_site.admin_view(self.withdraw_view),
                name="archive_article_withdraw",
            ),
        ]
        return extra + super().get_urls()

    def get_actions(self, request):
        actions = super().get_actions(request)
        # Deleting in bulk would lose published reports without a trace: withdraw instead.
        actions.pop("delete_selected", None)
        return actions

    def save_related(self, request, form, formsets, change):
        if change and "topics" in form.changed_data:
            curation.article_topics_set(article=form.instance, topics=form.cleaned_data["topics"])
        elif not change:
            form.save_m2m()
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    @admin.action(description="Publish the selected articles", permissions=["change"])
    def publish(self, request, queryset):
        updated = curation.articles_set_status(articles=queryset, status=ArticleStatus.PUBLISHED)
        self.message_user(request, f"{updated} articles published.")

    @admin.action(description="Reject the selected articles", permissions=["change"])
    def reject(self, request, queryset):
        updated = curation.articles_set_status(articles=queryset, status=ArticleStatus.REJECTED)
        self.message_user(request, f"{updated} articles rejected.")

    @admin.action(
        description="Re-run extraction (keeps curators' corrections)", permissions=["change"]
    )
    def reextract(self, request, queryset):
        done = 0
        for article in queryset:
            try:
                services.article_reextract(article=article)
                done += 1
            except (services.ReextractError, ValidationError) as error:
                self.message_user(request, f"“{article}” not re-extracted: {error}", messages.ERROR)
        self.message_user(request, f"{done} articles re-extracted.")

    @admin.action(
        description="Withdraw (published, with a reason) or delete (drafts) the selected",
        permissions=["delete"],
    )
    def withdraw_or_delete(self, request, queryset):
        form = WithdrawForm(request.POST if "reason" in request.POST else None)
        if form.is_valid():
            withdrawn = deleted = 0
            for article in queryset.select_related("outlet"):
                if article.status == ArticleStatus.PUBLISHED:
                    curation.article_withdraw(
                        article=article, reason=form.cleaned_data["reason"], user=request.user
                    )
                    withdrawn += 1
                else:
                    curation.article_delete(article=article)
                    deleted += 1
            self.message_user(request, f"{withdrawn} articles withdrawn, {deleted} deleted.")
            return None
        return TemplateResponse(
            request,
            "admin/archive/article/withdraw.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": "Withdraw or delete reports",
                "articles": queryset.select_related("outlet"),
                "form": form,
                "bulk": True,
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
            },
        )

    def delete_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, object_id)
        if article is not None and article.status == ArticleStatus.PUBLISHED:
            return redirect("admin:archive_article_withdraw", article.pk)
        return super().delete_view(request, object_id, extra_context)

    def withdraw_view(self, request, object_id):
        """A published report leaves the archive with a reason and a tombstone."""
        article = self.get_object(request, object_id)
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if not self.has_delete_permission(request, article):
            raise PermissionDenied
        form = WithdrawForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                curation.article_withdraw(
                    article=article, reason=form.cleaned_data["reason"], user=request.user
                )
            except curation.CurationError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, f"“{article.title}” withdrawn.")
            return redirect(reverse("admin:archive_article_changelist"))
        return TemplateResponse(
            request,
            "admin/archive/article/withdraw.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": f"Withdraw “{article.title}”",
                "articles": [article],
                "form": form,
                "bulk": False,
            },
        )

    @admin.display(description="Raw text as received")
    def raw_preview(self, article):
        raw = bytes(article.raw or b"")
        return format_html(
            '<pre class="raw-preview">{}</pre>',
            raw.decode(article.raw_encoding or "utf-8", errors="replace"),
        )
