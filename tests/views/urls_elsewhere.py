"""The archive's pages under another path, for tests of addresses kept per URLconf."""

from django.urls import include, path

urlpatterns = [path("elsewhere/", include("archive.urls"))]
