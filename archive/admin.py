"""Curation. Every model is here, with the columns, filters and inlines a curator needs to
correct what the parser got wrong and to link reports to their meetings."""

import base64
from datetime import date

from django.contrib import admin, messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from archive import services
from archive.forms import ImportUploadForm, ReportCorrectionForm
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

IMPORT_SALT = "archive.article.import"
IMPORT_PREVIEW_MAX_AGE = 6 * 60 * 60  # seconds a preview can wait for its confirmation


def pasted_report(text: str, url: str):
    name = "pasted text"
    if url:
        # A pasted report with its address goes in as a one-row batch so the URL is kept.
        import json

        row = json.dumps({"url": url, "text": text}, ensure_ascii=False)
        return (f"{name}.jsonl", row.encode("utf-8"))
    return (f"{name}.txt", text.encode("utf-8"))


def decode_files(data) -> list:
    return [(name, base64.b64decode(encoded)) for name, encoded in data["files"]]


def initial_for(outcome) -> dict:
    """The preview's values of one report, as JSON (they travel in the signed payload)."""
    parsed = outcome.parsed
    return {
        "include": outcome.status == services.ImportStatus.PARSED,
        "title": parsed.title or outcome.name,
        "outlet": parsed.outlet_slug,
        "published_on": parsed.published.isoformat() if parsed.published else None,
        "date_precision": parsed.date_precision,
        "meetings": [parsed.auto_meeting_slug] if parsed.auto_meeting_slug else [],
        "language": parsed.language,
    }


def correction_forms(data, post=None) -> dict:
    """One correction form per parsed report, by its position in the batch."""
    forms = {}
    for index, report in data["reports"].items():
        initial = dict(report["initial"])
        if initial["published_on"]:
            initial["published_on"] = date.fromisoformat(initial["published_on"])
        forms[int(index)] = ReportCorrectionForm(
            post, prefix=f"r{index}", initial=initial, unknown_names=report["unknown_names"]
        )
    return forms


def preview_names(files) -> list:
    """The name of each report of the batch, in the order of the preview."""
    from archive.ingest.sources import read_sources

    return [
        item.name
        for name, data in services.with_unique_names(files)
        for item in read_sources(name, data)
    ]


def corrections_from(form) -> "services.Corrections":
    changed = set(form.changed_data)
    cleaned = form.cleaned_data
    return services.Corrections(
        title=cleaned["title"] if "title" in changed else None,
        outlet_slug=cleaned["outlet"].slug if "outlet" in changed and cleaned["outlet"] else None,
        published_on=cleaned["published_on"] if "published_on" in changed else None,
        date_precision=cleaned["date_precision"] if "date_precision" in changed else None,
        meeting_slugs=[m.slug for m in cleaned["meetings"]] if "meetings" in changed else None,
        language=cleaned["language"] if "language" in changed else None,
    )


# An inline a curator edited belongs to the curator: re-extraction leaves it alone.
CURATED_BY_INLINE = {
    "articlemeeting": "meetings",
    "mention": "mentions",
    "quote": "quotes",
    "credit": "credits",
}


def mention_curated(article) -> None:
    """A mention edited on its own page is the curator's, and changes what finds it."""
    if "mentions" not in article.curated_fields:
        article.curated_fields = sorted({*article.curated_fields, "mentions"})
        article.save(update_fields=["curated_fields"])
    refresh_search_of(Article.objects.filter(pk=article.pk))


def refresh_search_of(articles) -> None:
    """Names, aliases and outlets are part of each article's search vector."""
    articles.distinct().refresh_search_vector()


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

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        refresh_search_of(Article.objects.filter(mentions__person=form.instance))

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

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and {"name"} & set(form.changed_data):
            refresh_search_of(Article.objects.filter(Q(outlet=obj) | Q(original_wire=obj)))


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
    readonly_fields = (
        "raw_sha256",
        "raw_encoding",
        "source_name",
        "raw_preview",
        "batch",
        "ingested_by",
        "created_at",
        "updated_at",
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
                    "curated_fields",
                ),
            },
        ),
    )

    change_list_template = "admin/archive/article/change_list.html"
    actions = ["publish", "reject", "reextract"]

    def get_urls(self):
        extra = [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="archive_article_import",
            ),
        ]
        return extra + super().get_urls()

    def save_model(self, request, obj, form, change):
        # A curator's correction is remembered, so that re-extraction never undoes it.
        if change:
            corrected = set(obj.curated_fields) | {
                name for name in form.changed_data if name not in ("status", "curated_fields")
            }
            obj.curated_fields = sorted(corrected)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        changed_inlines = {
            formset.model._meta.model_name for formset in formsets if formset.has_changed()
        }
        curated = {CURATED_BY_INLINE[name] for name in changed_inlines if name in CURATED_BY_INLINE}
        if not curated <= set(article.curated_fields):
            article.curated_fields = sorted({*article.curated_fields, *curated})
            article.save(update_fields=["curated_fields"])
        Article.objects.filter(pk=article.pk).refresh_search_vector()

    @admin.action(description="Publish the selected articles", permissions=["change"])
    def publish(self, request, queryset):
        updated = queryset.update(status="published")
        self.message_user(request, f"{updated} articles published.")

    @admin.action(description="Reject the selected articles", permissions=["change"])
    def reject(self, request, queryset):
        updated = queryset.update(status="rejected")
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

    def import_view(self, request):
        """Upload or paste → preview of every parsed field and dropped line → confirm."""
        if not self.has_add_permission(request):
            return redirect("admin:index")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import reports",
        }
        if request.method == "POST" and request.POST.get("action") == "confirm":
            return self.confirm_import(request, context)
        form = ImportUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            files = [(upload.name, upload.read()) for upload in form.cleaned_data["files"]]
            pasted = form.cleaned_data["pasted_text"].strip()
            if pasted:
                files.append(pasted_report(pasted, form.cleaned_data["pasted_url"]))
            preview = services.articles_import(files=files, channel="admin", dry_run=True)
            # What the parser read travels with the files, so that confirming compares the
            # curator's answers with it without parsing everything again.
            payload = signing.dumps(
                {
                    "files": [[name, base64.b64encode(data).decode()] for name, data in files],
                    "status": form.cleaned_data["status"],
                    "reports": {
                        str(index): {
                            "initial": initial_for(outcome),
                            "unknown_names": outcome.parsed.unknown_names,
                        }
                        for index, outcome in enumerate(preview.outcomes)
                        if outcome.parsed is not None
                    },
                },
                compress=True,
                salt=IMPORT_SALT,
            )
            forms = correction_forms(signing.loads(payload, salt=IMPORT_SALT))
            return self.render_preview(request, context, payload, preview, forms)
        return TemplateResponse(
            request, "admin/archive/article/import.html", {**context, "form": form}
        )

    def render_preview(self, request, context, payload, preview, forms):
        rows = [
            {
                "outcome": outcome,
                "form": forms.get(index),
                "parsed": outcome.as_dict().get("parsed"),
            }
            for index, outcome in enumerate(preview.outcomes)
        ]
        return TemplateResponse(
            request,
            "admin/archive/article/import_preview.html",
            {
                **context,
                "title": "Import reports: check what was read",
                "rows": rows,
                "payload": payload,
                "status": signing.loads(payload, salt=IMPORT_SALT)["status"],
                "summary": preview.summary(),
            },
        )

    def confirm_import(self, request, context):
        payload = request.POST.get("payload", "")
        try:
            data = signing.loads(payload, salt=IMPORT_SALT, max_age=IMPORT_PREVIEW_MAX_AGE)
        except signing.BadSignature:
            messages.error(request, "The preview expired or was altered; upload the files again.")
            return redirect("admin:archive_article_import")
        files = decode_files(data)
        forms = correction_forms(data, request.POST)
        if any(not form.is_valid() for form in forms.values()):
            # Rare: show the preview again, with the curator's answers and their errors.
            preview = services.articles_import(files=files, channel="admin", dry_run=True)
            return self.render_preview(request, context, payload, preview, forms)
        names = preview_names(files)
        corrections, skip, new_people = {}, set(), set()
        for index, form in forms.items():
            name = names[index]
            if not form.cleaned_data["include"]:
                skip.add(name)
                continue
            corrections[name] = corrections_from(form)
            new_people.update(form.cleaned_data.get("new_people", []))
        for name in sorted(new_people):
            services.person_ensure(name=name)
        report = services.articles_import(
            files=files,
            channel="admin",
            status=data["status"],
            user=request.user,
            corrections=corrections,
            skip=skip,
        )
        level = messages.WARNING if report.failed else messages.SUCCESS
        messages.add_message(request, level, f"Import finished: {report.summary()}.")
        for outcome in report.outcomes:
            if outcome.status == services.ImportStatus.FAILED:
                messages.error(request, f"{outcome.name}: {outcome.message}")
        return redirect(reverse("admin:archive_importbatch_change", args=[report.batch.pk]))

    @admin.display(description="Raw text as received")
    def raw_preview(self, article):
        raw = bytes(article.raw or b"")
        return format_html(
            "<pre style='white-space:pre-wrap;max-height:20em;overflow:auto'>{}</pre>",
            raw.decode(article.raw_encoding or "utf-8", errors="replace"),
        )


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

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        mention_curated(obj.article)

    def delete_model(self, request, obj):
        article = obj.article
        super().delete_model(request, obj)
        mention_curated(article)

    def delete_queryset(self, request, queryset):
        article_ids = list(queryset.values_list("article_id", flat=True))
        super().delete_queryset(request, queryset)
        for article in Article.objects.filter(pk__in=article_ids):
            mention_curated(article)


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
    list_select_related = ("user",)
    list_filter = ("channel",)
    search_fields = ("source",)
    date_hierarchy = "created_at"
    readonly_fields = (
        "created_at",
        "user",
        "channel",
        "source",
        "created",
        "duplicates",
        "failed",
        "error_list",
        "article_list",
    )
    fields = readonly_fields

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
