"""The import page: upload or paste → a background job reads it (the page shows progress)
→ preview of every parsed field and dropped line → the curator corrects and confirms → a
background job imports it → the batch log. What the worker read is kept on the job, so
confirming compares the curator's answers with it without parsing everything again."""

import json
from datetime import date
from types import SimpleNamespace

from django.contrib import messages
from django.core import signing
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from archive import services
from archive.forms import ImportUploadForm, ReportCorrectionForm
from archive.models import ImportJob, JobState, JobStep

IMPORT_SALT = "archive.article.import"
IMPORT_PREVIEW_MAX_AGE = 6 * 60 * 60  # seconds a preview can wait for its confirmation
REPORTS_READ = 200  # a preview's report rows are read from the database this many at a time


def pasted_report(text: str, url: str):
    name = "pasted text"
    if url:
        # A pasted report with its address goes in as a one-row batch so the URL is kept.
        # ASCII escapes: a U+2028 in the text must not split the JSON line.
        row = json.dumps({"url": url, "text": text})
        return (f"{name}.jsonl", row.encode("utf-8"))
    return (f"{name}.txt", text.encode("utf-8"))


def preview_reports(job) -> dict:
    """What each parsed report's correction form starts from, by its position in the
    batch (read from the job's report rows, without what the page shows of them)."""
    rows = (
        job.reports.exclude(form__isnull=True).order_by("position").values_list("position", "form")
    )
    return dict(rows.iterator(chunk_size=REPORTS_READ))


def correction_forms(reports: dict, post=None) -> dict:
    """One correction form per parsed report, by its position in the batch."""
    forms = {}
    for index, report in reports.items():
        initial = dict(report["initial"])
        if initial["published_on"]:
            initial["published_on"] = date.fromisoformat(initial["published_on"])
        forms[index] = ReportCorrectionForm(
            post, prefix=f"r{index}", initial=initial, unknown_names=report["unknown_names"]
        )
    return forms


def answers_from(form) -> dict:
    """What the curator changed on one report, as JSON for the import job."""
    changed = set(form.changed_data)
    cleaned = form.cleaned_data
    answer = {
        "title": cleaned["title"] if "title" in changed else None,
        "outlet_slug": cleaned["outlet"].slug
        if "outlet" in changed and cleaned["outlet"]
        else None,
        "published_on": cleaned["published_on"].isoformat()
        if "published_on" in changed and cleaned["published_on"]
        else None,
        "date_precision": cleaned["date_precision"] if "date_precision" in changed else None,
        "meeting_slugs": [m.slug for m in cleaned["meetings"]] if "meetings" in changed else None,
        "language": cleaned["language"] if "language" in changed else None,
    }
    return {key: value for key, value in answer.items() if value is not None}


def preview_rows(job, forms) -> list:
    """The preview page's rows, from what the worker read."""
    rows = []
    shown = job.reports.order_by("position").values_list("position", "shown")
    for index, outcome in shown.iterator(chunk_size=REPORTS_READ):
        rows.append(
            {
                "outcome": SimpleNamespace(
                    name=outcome["source"],
                    status=outcome["status"],
                    message=outcome.get("message", ""),
                ),
                "form": forms.get(index),
                "parsed": outcome.get("parsed"),
            }
        )
    return rows


class ImportViews:
    """The import page's views, mixed into the article admin: upload → a background job
    reads it → preview with corrections → a background job imports it → the batch log."""

    def import_context(self, request, title="Import reports") -> dict:
        return {**self.admin_site.each_context(request), "opts": self.model._meta, "title": title}

    def import_view(self, request):
        """Upload or paste; the reading is queued and the job's page shows its progress."""
        if not self.has_add_permission(request):
            return redirect("admin:index")
        if request.method == "POST" and request.POST.get("action") == "confirm":
            return self.confirm_import(request)
        form = ImportUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            files = [(upload.name, upload.read()) for upload in form.cleaned_data["files"]]
            pasted = form.cleaned_data["pasted_text"].strip()
            if pasted:
                files.append(pasted_report(pasted, form.cleaned_data["pasted_url"]))
            job = services.import_job_create(
                user=request.user,
                step=JobStep.PREVIEW,
                files=files,
                article_status=form.cleaned_data["status"],
                # Fetched by the worker: a slow site must not hold a web request.
                answers={"urls": form.cleaned_data["urls"]},
            )
            return redirect("admin:archive_article_import_job", job.pk)
        return TemplateResponse(
            request,
            "admin/archive/article/import.html",
            {**self.import_context(request), "form": form},
        )

    def job_for(self, request, job_id):
        # The uploads stay in the database: the pages never need their bytes.
        job = ImportJob.objects.defer("files").filter(pk=job_id).first()
        if job is None or (job.user_id != request.user.pk and not request.user.is_superuser):
            return None
        return job

    def import_job_view(self, request, job_id):
        """A job's progress while it runs (the page refreshes itself), then its result."""
        if not self.has_add_permission(request):
            return redirect("admin:index")
        job = self.job_for(request, job_id)
        if job is None:
            messages.error(request, "No such import job.")
            return redirect("admin:archive_article_import")
        if job.state == JobState.FAILED:
            messages.error(request, f"The job failed: {job.error}")
            return redirect("admin:archive_article_import")
        if not job.finished:
            return TemplateResponse(
                request,
                "admin/archive/article/import_progress.html",
                {**self.import_context(request, "Import reports: working"), "job": job},
            )
        if job.step == JobStep.IMPORT:
            return self.import_result(request, job)
        return self.render_preview(request, job, correction_forms(preview_reports(job)))

    def import_result(self, request, job):
        failed = job.result.get("failed", [])
        level = messages.WARNING if failed else messages.SUCCESS
        messages.add_message(request, level, f"Import finished: {job.result['summary']}.")
        for failure in failed:
            messages.error(request, f"{failure['source']}: {failure['message']}")
        return redirect(reverse("admin:archive_importbatch_change", args=[job.batch_id]))

    def render_preview(self, request, job, forms):
        return TemplateResponse(
            request,
            "admin/archive/article/import_preview.html",
            {
                **self.import_context(request, "Import reports: check what was read"),
                "rows": preview_rows(job, forms),
                "payload": signing.dumps({"job": job.pk}, salt=IMPORT_SALT),
                "status": job.article_status,
                "summary": job.result.get("summary", ""),
                "not_fetched": job.result.get("not_fetched", []),
            },
        )

    def confirm_import(self, request):
        payload = request.POST.get("payload", "")
        try:
            data = signing.loads(payload, salt=IMPORT_SALT, max_age=IMPORT_PREVIEW_MAX_AGE)
        except signing.BadSignature:
            messages.error(request, "The preview expired or was altered; upload the files again.")
            return redirect("admin:archive_article_import")
        preview = self.job_for(request, data.get("job"))
        if preview is None or preview.state != JobState.READY:
            messages.error(request, "That preview is gone; upload the files again.")
            return redirect("admin:archive_article_import")
        reports = preview_reports(preview)
        forms = correction_forms(reports, request.POST)
        if any(not form.is_valid() for form in forms.values()):
            # Show the preview again, with the curator's answers and their errors.
            return self.render_preview(request, preview, forms)
        answers = {"corrections": {}, "skip": [], "new_people": []}
        for index, form in forms.items():
            name = reports[index]["name"]
            if not form.cleaned_data["include"]:
                answers["skip"].append(name)
                continue
            answers["corrections"][name] = answers_from(form)
            answers["new_people"] += form.cleaned_data.get("new_people", [])
        job = services.import_job_create(
            user=request.user,
            step=JobStep.IMPORT,
            files_from=preview.pk,
            article_status=preview.article_status,
            answers=answers,
        )
        return redirect("admin:archive_article_import_job", job.pk)
