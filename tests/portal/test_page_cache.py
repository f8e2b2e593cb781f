"""Anonymous readers get cached pages, and never a page older than the last publication."""
import datetime

import pytest
from gongkai.disclosure_pages.models import DisclosureItemPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    from django.core.cache import caches

    settings.PORTAL_CACHE_SECONDS = 600
    caches[settings.PORTAL_CACHE_ALIAS].clear()


def test_a_cached_item_page_is_served_without_touching_the_database(client, make_item, publish, django_assert_num_queries):
    item = publish(make_item())
    client.get(item.url)

    with django_assert_num_queries(0):
        assert client.get(item.url).status_code == 200


def test_publishing_an_item_refreshes_the_cached_home_page(client, make_item, publish):
    publish(make_item(title="第一条通知", slug="first"))
    assert "第二条通知" not in client.get("/").content.decode()

    publish(make_item(title="第二条通知", slug="second"))

    assert "第二条通知" in client.get("/").content.decode()


def test_withdrawing_an_item_removes_it_from_cached_pages(client, make_item, publish, withdraw):
    item = publish(make_item(title="将被撤回的通知"))
    assert "将被撤回的通知" in client.get("/").content.decode()

    withdraw(item, reason="错误")

    assert "将被撤回的通知" not in client.get("/").content.decode()
    assert client.get(item.url).status_code == 410


def test_signed_in_users_never_get_cached_pages(client, make_item, publish, reviewer):
    item = publish(make_item(title="原标题"))
    client.get(item.url)
    # Bookkeeping outside the reviewed content: the item may still be public, from the database.
    DisclosureItemPage.objects.filter(pk=item.pk).update(published_date=datetime.date(2001, 2, 3))
    client.force_login(reviewer)

    assert "2001-02-03" in client.get(item.url).content.decode()


@pytest.mark.parametrize("path", ["/search/?q=防汛", "/api/search/?q=防汛", "/admin/"])
def test_search_results_and_the_admin_are_never_served_from_the_page_cache(rf, path):
    from django.contrib.auth.models import AnonymousUser

    from gongkai.portal.page_cache import is_cacheable_request

    request = rf.get(path)
    request.user = AnonymousUser()
    assert not is_cacheable_request(request)
