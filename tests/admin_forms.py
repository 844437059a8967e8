"""POST data for an admin change page exactly as the page would send it unchanged: the
object's form and every inline formset, built from the admin's own forms, so a test changes
only the values it means to change."""

from django.contrib import admin
from django.test import RequestFactory


def form_values(form) -> dict:
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value is False:
            continue
        if value is True:
            value = "on"
        if isinstance(value, (list, tuple)):
            value = [str(item) for item in value]
        data[form.add_prefix(name)] = value
    return data


def change_page_data(obj, user) -> dict:
    """The change page's form and inline formsets of `obj`, filled with its values."""
    model_admin = admin.site._registry[type(obj)]
    request = RequestFactory().get("/")
    request.user = user
    form = model_admin.get_form(request, obj, change=True)(instance=obj)
    data = form_values(form)
    prefixes: dict[str, int] = {}
    for formset_class, inline in model_admin.get_formsets_with_inlines(request, obj):
        prefix = formset_class.get_default_prefix()
        prefixes[prefix] = prefixes.get(prefix, 0) + 1
        if prefixes[prefix] != 1:
            prefix = f"{prefix}-{prefixes[prefix]}"
        formset = formset_class(instance=obj, prefix=prefix, queryset=inline.get_queryset(request))
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": str(len(formset.initial_forms)),
                f"{prefix}-INITIAL_FORMS": str(len(formset.initial_forms)),
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
        for inline_form in formset.initial_forms:
            data.update(form_values(inline_form))
    return data
