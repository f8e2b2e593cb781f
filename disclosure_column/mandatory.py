"""What each 法定主动公开内容 category holds for an organ, and which categories are empty or stale."""
import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import may_be_public_now

from .models import MandatoryCategory


@dataclass
class CategoryContent:
    category: MandatoryCategory
    items: list

    @property
    def latest_update(self):
        dates = [item.published_date for item in self.items if item.published_date]
        return max(dates) if dates else None

    @property
    def stale(self):
        interval = self.category.update_interval_days
        if not interval or not self.items:
            return False
        return self.latest_update < timezone.localdate() - datetime.timedelta(days=interval)


def category_condition(category):
    """Items of the category's topics (and their second level), genres, normative documents or explicit list."""
    topic_ids = list(category.topics.values_list("pk", flat=True))
    condition = Q(pk__in=category.items.values("pk"))
    if topic_ids:
        condition |= Q(topic_id__in=topic_ids) | Q(topic__parent_id__in=topic_ids)
    genre_ids = list(category.genres.values_list("pk", flat=True))
    if genre_ids:
        condition |= Q(genre_id__in=genre_ids)
    if category.normative:
        condition |= Q(normative=True)
    return condition


def category_contents(organ, limit=10):
    """Each category with the organ's public items in it (newest first, at most `limit` listed)."""
    contents = []
    for category in MandatoryCategory.objects.prefetch_related("topics", "genres"):
        items = (
            DisclosureItemPage.objects.live()
            .filter(category_condition(category), organ=organ)
            .order_by("-published_date", "-pk")
        )
        public = [item for item in items[: limit * 3] if may_be_public_now(item)][:limit]
        contents.append(CategoryContent(category=category, items=public))
    return contents


def categories_needing_attention(organ):
    """(content, "empty" | "stale") for the organ's categories with nothing or nothing recent."""
    flagged = []
    for content in category_contents(organ, limit=1):
        if not content.items:
            flagged.append((content, "empty"))
        elif content.stale:
            flagged.append((content, "stale"))
    return flagged
