"""What every curation page shares: writes go through `archive.services.curation` (so the
rules that protect a curator's work hold on every page, inline or standalone, single or
bulk), and each object's history page lists its recorded changes and can restore one."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from archive import selectors
from archive.services import curation, history


class CuratedAdmin(admin.ModelAdmin):
    """A ModelAdmin whose saves and deletes go through the curation service."""

    class Media:
        css = {"all": ["archive/admin-curation.css"]}

    def save_model(self, request, obj, form, change):
        curation.object_save(obj=obj, changed_fields=form.changed_data if change else ())

    def delete_model(self, request, obj):
        curation.object_delete(obj=obj)

    def delete_queryset(self, request, queryset):
        curation.objects_delete(queryset=queryset)

    def save_formset(self, request, form, formset, change):
        """Inline rows, saved and deleted one by one through the service."""
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            curation.object_delete(obj=obj)
        changed = {id(obj): fields for obj, fields in formset.changed_objects}
        for obj in instances:
            curation.object_save(obj=obj, changed_fields=changed.get(id(obj), ()))
        formset.save_m2m()

    # --- History --------------------------------------------------------------------

    def get_urls(self):
        opts = self.model._meta
        revert = path(
            "<path:object_id>/history/revert/",
            self.admin_site.admin_view(self.history_revert_view),
            name=f"{opts.app_label}_{opts.model_name}_history_revert",
        )
        return [revert, *super().get_urls()]

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": f"History: {obj}",
            "subtitle": None,
            "object": obj,
            "opts": opts,
            "rows": selectors.object_history(obj),
            "can_restore": self.has_change_permission(request, obj),
            "revert_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_history_revert", args=[obj.pk]
            ),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/archive/object_history.html", context)

    def history_revert_view(self, request, object_id):
        obj = self.get_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if request.method != "POST" or not self.has_change_permission(request, obj):
            raise PermissionDenied
        opts = self.model._meta
        back = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])
        event = selectors.history_event(request.POST.get("event", ""), obj)
        if event is None:
            messages.error(request, "That change is not in this object's history.")
            return HttpResponseRedirect(back)
        try:
            history.history_revert(event=event)
        except curation.CurationError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                f"Restored {selectors.event_subject(event)} as it was on "
                f"{event.pgh_created_at:%Y-%m-%d %H:%M:%S} UTC.",
            )
        return HttpResponseRedirect(back)
