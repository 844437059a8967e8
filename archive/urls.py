"""The public URL map; docs/pages.md lists every page and its parameters."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from archive import views
from archive.sitemaps import SITEMAPS

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/", views.article_list, name="article_list"),
    path("articles.atom", views.article_feed, name="article_feed"),
    path("articles.<str:fmt>", views.article_export, name="article_export"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("articles/<int:pk>/raw.txt", views.article_raw, name="article_raw"),
    path(
        "articles/<int:pk>/cite.bib", views.article_citation, {"fmt": "bib"}, name="article_bibtex"
    ),
    path("articles/<int:pk>/cite.ris", views.article_citation, {"fmt": "ris"}, name="article_ris"),
    path("meetings/", views.meeting_list, name="meeting_list"),
    path("meetings.<str:fmt>", views.meeting_export, name="meeting_export"),
    path("meetings/<slug:slug>/", views.meeting_detail, name="meeting_detail"),
    path(
        "meetings/<slug:slug>/shared/<int:pair_id>/",
        views.meeting_shared,
        name="meeting_shared",
    ),
    path("people/", views.person_list, name="person_list"),
    path("people.<str:fmt>", views.list_export, {"name": "people"}, name="person_export"),
    path("people/<slug:slug>/", views.person_detail, name="person_detail"),
    path("outlets/", views.outlet_list, name="outlet_list"),
    path("outlets.<str:fmt>", views.list_export, {"name": "outlets"}, name="outlet_export"),
    path("outlets/<slug:slug>/", views.outlet_detail, name="outlet_detail"),
    path("topics/", views.topic_list, name="topic_list"),
    path("topics.<str:fmt>", views.list_export, {"name": "topics"}, name="topic_export"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic_detail"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
]
