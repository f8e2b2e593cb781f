"""A site that sets none of the portal's cache settings: no page is cached, and a publication
anywhere touches no cache (the receivers return at once)."""
import pytest
from django.core.cache import caches
from wagtail.models import Page

from gongkai.portal.page_cache import GENERATION_KEY

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_without_portal_cache_settings(settings):
    del settings.PORTAL_CACHE_ALIAS
    del settings.PORTAL_CACHE_SECONDS
    caches["default"].clear()


def test_public_pages_are_served_fresh_from_the_database(client, make_item, publish, django_assert_max_num_queries):
    item = publish(make_item(title="未缓存的通知"))
    client.get(item.url)

    with django_assert_max_num_queries(1000) as queries:
        assert "未缓存的通知" in client.get(item.url).content.decode()
    assert len(queries) > 0


def test_publishing_an_ordinary_page_or_an_item_touches_no_cache(home_page, make_item, publish):
    page = home_page.add_child(instance=Page(title="普通页面", slug="ordinary"))
    page.save_revision().publish()
    publish(make_item())

    assert caches["default"].get(GENERATION_KEY) is None
