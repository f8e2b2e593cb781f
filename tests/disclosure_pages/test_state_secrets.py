"""涉密信息不上网: a state-secret record keeps metadata only and is in no search index,
Wagtail's admin index included (checked on the real Elasticsearch node)."""
import pytest
from wagtail.search.backends import get_search_backend
from wagtail.search.index import insert_or_update_object

from gongkai.disclosure_pages.models import DisclosureItemPage

pytestmark = pytest.mark.django_db

STATE_SECRET = {"disclosure": "withheld", "reason": "state_secret", "classification": "secret",
                "secrecy_period": "10年", "body": ""}


def admin_search(index, query):
    index.refresh()
    return [page.pk for page in get_search_backend().search(query, DisclosureItemPage)]


def test_state_secret_records_are_not_among_the_indexed_objects(make_item):
    public = make_item(title="公开条目")
    secret = make_item(title="涉密条目", **STATE_SECRET)
    classified_on_request = make_item(title="有密级条目", disclosure="withheld", reason="law_forbids",
                                      classification="confidential")
    indexed = set(DisclosureItemPage.get_indexed_objects().values_list("pk", flat=True))
    assert public.pk in indexed
    assert secret.pk not in indexed
    assert classified_on_request.pk not in indexed
    assert secret.get_indexed_instance() is None


def test_a_state_secret_record_never_reaches_the_admin_search_index(admin_search_index, make_item):
    public = make_item(title="防汛抗旱工作通知")
    secret = make_item(title="防汛物资储备涉密方案", **STATE_SECRET)
    insert_or_update_object(public)
    insert_or_update_object(secret)
    assert admin_search(admin_search_index, "防汛") == [public.pk]


def test_an_item_that_becomes_a_state_secret_leaves_the_admin_search_index(admin_search_index, make_item):
    item = make_item(title="防汛物资储备方案", disclosure="withheld", reason="internal_affairs")
    insert_or_update_object(item)
    assert admin_search(admin_search_index, "防汛") == [item.pk]

    for field, value in STATE_SECRET.items():
        setattr(item, field, value)
    item.save()

    assert admin_search(admin_search_index, "防汛") == []
