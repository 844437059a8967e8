from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "US–Japan meetings archive: curation"
admin.site.site_title = "Archive curation"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("archive.urls")),
]
