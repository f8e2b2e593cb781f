"""Atom feeds of newly published items: the whole site, one organ, one topic, one search."""
import datetime

from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.timezone import get_current_timezone
from django.utils.translation import gettext as _

from gongkai.disclosure_pages.models import Organ, Topic
from gongkai.search.search_request import MAX_QUERY_LENGTH, clean_search_text

from .catalogue_listing import search_feed_results
from .public_items import latest_public_items
from .public_urls import public_url

FEED_LENGTH = 30


class LatestItemsFeed(Feed):
    feed_type = Atom1Feed

    def title(self, obj):
        return _("Latest disclosed information")

    def link(self, obj):
        return public_url(reverse("portal:catalogue"))

    def feed_url(self, obj):
        return public_url(reverse("portal:latest_feed"))

    def items(self, obj):
        return latest_public_items(FEED_LENGTH)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.abstract

    def item_link(self, item):
        return public_url(item.get_url())

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.organ.name

    def item_categories(self, item):
        return [item.topic.name, item.genre.name]


class OrganFeed(LatestItemsFeed):
    def get_object(self, request, organ_id):
        return get_object_or_404(Organ, pk=organ_id)

    def title(self, organ):
        return _("Latest disclosed information of %(organ)s") % {"organ": organ.name}

    def link(self, organ):
        return public_url(reverse("portal:organ", args=[organ.pk]))

    def feed_url(self, organ):
        return public_url(reverse("portal:organ_feed", args=[organ.pk]))

    def items(self, organ):
        return latest_public_items(FEED_LENGTH, organ=organ)


class TopicFeed(LatestItemsFeed):
    def get_object(self, request, topic_code):
        return get_object_or_404(Topic, code=topic_code)

    def title(self, topic):
        return _("Latest disclosed information on %(topic)s") % {"topic": topic.name}

    def link(self, topic):
        return public_url(reverse("portal:topic", args=[topic.code]))

    def feed_url(self, topic):
        return public_url(reverse("portal:topic_feed", args=[topic.code]))

    def items(self, topic):
        return latest_public_items(FEED_LENGTH, Q(topic=topic) | Q(topic__parent=topic))


class SearchFeed(Feed):
    """The newest results of one search, for readers who follow a query (from the index)."""

    feed_type = Atom1Feed

    def get_object(self, request):
        return request

    def title(self, request):
        query = clean_search_text(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
        if query:
            return _("Search results for “%(query)s”") % {"query": query}
        return _("Search results")

    def link(self, request):
        return public_url(f"{reverse('catalogue_search:search')}?{request.GET.urlencode()}")

    def feed_url(self, request):
        return public_url(request.get_full_path())

    def items(self, request):
        return search_feed_results(request.GET)

    def item_title(self, result):
        return result["title"]

    def item_description(self, result):
        return result.get("abstract") or ""

    def item_link(self, result):
        return public_url(result["url"])

    def item_guid(self, result):
        return result["index_number"]

    def item_pubdate(self, result):
        published = result["published_date"]
        return published and datetime.datetime.combine(published, datetime.time(), get_current_timezone())
