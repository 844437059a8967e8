"""The import page: upload or paste → preview of every parsed field and dropped line →
the curator corrects and confirms. What the parser read travels in a signed payload, so
confirming compares the curator's answers with it without parsing everything again."""

import base64
import json
from datetime import date

from django.contrib import messages
from django.core import signing
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from archive import services
from archive.forms import ImportUploadForm, ReportCorrectionForm
from archive.models import ImportChannel

IMPORT_SALT = "archive.article.import"
IMPORT_PREVIEW_MAX_AGE = 6 * 60 * 60  # seconds a preview can wait for its confirmation


def pasted_report(text: str, url: str):
    name = "pasted text"
    if url:
        # A pasted report with its address goes in as a one-row batch so the URL is kept.
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
        # As it would be stored: a batch row's "english-united-kingdom" must not block
        # the confirmation with a value the form cannot take.
        "language": services.language_code(parsed.language),
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


class ImportViews:
    """The import page's views, mixed into the article admin."""

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
            preview = services.articles_import(
                files=files, channel=ImportChannel.ADMIN, dry_run=True
            )
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
            preview = services.articles_import(
                files=files, channel=ImportChannel.ADMIN, dry_run=True
            )
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
            services.person_from_import(name=name)
        report = services.articles_import(
            files=files,
            channel=ImportChannel.ADMIN,
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
