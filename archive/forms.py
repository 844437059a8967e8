"""Forms of the curators' import page."""

from django import forms
from django.core.validators import URLValidator

from archive.models import DatePrecision, Meeting, Outlet

# The upload travels back with the preview's confirmation (signed, compressed, base64), so
# it must stay well below DATA_UPLOAD_MAX_MEMORY_SIZE once encoded.
MAX_UPLOAD_BYTES = 15 * 1024 * 1024
MAX_URLS = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        # An empty file is reported by the pipeline, per file, without holding up the rest.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class ImportUploadForm(forms.Form):
    files = MultipleFileField(
        required=False,
        help_text="Text (.txt), saved pages (.html), batches (.jsonl, .csv) or a .zip of these.",
    )
    pasted_text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "cols": 100}),
        help_text="Or paste one report's text as copied from the page.",
    )
    pasted_url = forms.URLField(required=False, help_text="The pasted report's address, if known.")
    urls = forms.CharField(
        required=False,
        label="Addresses to fetch",
        widget=forms.Textarea(attrs={"rows": 3, "cols": 100}),
        help_text=f"Or web pages to fetch and import, one address per line (at most "
        f"{MAX_URLS}; HTML or text, 5 MB each; private and internal addresses are refused).",
    )
    status = forms.ChoiceField(
        choices=[("draft", "Draft (review before publishing)"), ("published", "Published")],
        initial="draft",
    )

    def clean_urls(self) -> list:
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()]
        if len(lines) > MAX_URLS:
            raise forms.ValidationError(f"At most {MAX_URLS} addresses at a time.")
        validate = URLValidator(schemes=["http", "https"])
        for line in lines:
            try:
                validate(line)
            except forms.ValidationError:
                raise forms.ValidationError(f"Not a web address: {line[:200]}") from None
        return list(dict.fromkeys(lines))

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("files")
            and not cleaned.get("pasted_text", "").strip()
            and not cleaned.get("urls")
        ):
            raise forms.ValidationError(
                "Choose at least one file, paste a report's text or give an address."
            )
        total = sum(upload.size for upload in cleaned.get("files") or [])
        if total > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"These files add up to {total / 1024 / 1024:.1f} MB; the import page takes "
                f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB at a time. Split them, or use "
                "`manage.py import_articles` for bulk imports."
            )
        return cleaned


class ReportCorrectionForm(forms.Form):
    """One parsed report on the preview: the curator may correct what the parser read."""

    include = forms.BooleanField(required=False, initial=True)
    title = forms.CharField(max_length=500, widget=forms.TextInput(attrs={"size": 90}))
    outlet = forms.ModelChoiceField(
        queryset=Outlet.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="(unidentified outlet)",
    )
    published_on = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_precision = forms.ChoiceField(choices=DatePrecision.choices)
    meetings = forms.ModelMultipleChoiceField(
        queryset=Meeting.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    language = forms.CharField(max_length=10, required=False)
    new_people = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Add as new people",
        help_text="Names the archive does not know yet; ticked ones become people before import.",
    )

    def __init__(self, *args, unknown_names=(), **kwargs):
        super().__init__(*args, **kwargs)
        if unknown_names:
            self.fields["new_people"].choices = [(name, name) for name in unknown_names]
        else:
            del self.fields["new_people"]
