"""sitemap.xml: every public page a search engine should know."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from archive.models import Article, Meeting, Outlet, Person, Topic


class ListPagesSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return [
            "archive:home",
            "archive:meeting_list",
            "archive:article_list",
            "archive:person_list",
            "archive:outlet_list",
            "archive:topic_list",
        ]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Article.objects.published().only("pk", "updated_at").order_by("pk")

    def lastmod(self, article):
        return article.updated_at


class MeetingSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return Meeting.objects.only("slug").order_by("start_date")


class SlugSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model.objects.public().only("slug").order_by("slug")


SITEMAPS = {
    "pages": ListPagesSitemap,
    "meetings": MeetingSitemap,
    "articles": ArticleSitemap,
    "people": SlugSitemap(Person),
    "outlets": SlugSitemap(Outlet),
    "topics": SlugSitemap(Topic),
}
