"""Atom feeds: the newest matches of any article search, so that a saved search can be
followed in a feed reader."""

from datetime import UTC, datetime, time

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator

FEED_SIZE = 50


class ArticleSearchFeed(Feed):
    """Built per request around a validated `ArticleSearch` (see views.article_feed)."""

    feed_type = Atom1Feed

    def __init__(self, search):
        self.search = search

    def title(self):
        chips = ", ".join(f"{chip.title.lower()} {chip.label}" for chip in self.chips())
        return "US–Japan meetings archive: reports" + (f" ({chips})" if chips else "")

    def subtitle(self):
        return "The newest reports that match this search."

    def link(self):
        return reverse("archive:article_list") + self.search.state.filters_query

    def feed_url(self):
        return reverse("archive:article_feed") + self.search.state.filters_query

    def chips(self):
        from archive.search import article_chips

        return article_chips(self.search.filterset, self.search.state)

    def items(self):
        # A feed shows what is new: the newest first, whatever order the page used.
        return self.search.filterset.qs.for_listing().in_order("newest")[:FEED_SIZE]

    def item_title(self, item):
        # Atom titles are text, not HTML: Feed's default escaping would show "&amp;".
        return item.title

    def item_description(self, item):
        return escape(Truncator(item.body).words(80))

    def item_author_name(self, item):
        return item.outlet.name

    def item_pubdate(self, item):
        if item.published_on:
            return datetime.combine(item.published_on, time(12), tzinfo=UTC)
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.outlet.name] + ([item.language] if item.language else [])
