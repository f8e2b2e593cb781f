"""Wagtail's admin search index: made with its mapping, kept in step through the durable queue
(a state secret leaves it even if Elasticsearch was down when it changed), never a 500."""
import copy

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.search.backends import get_search_backend

from gongkai.disclosure_pages.models import DisclosureItemPage

HOSTILE_QUERIES = ['"', '防汛"', '"防汛', "\\", "a AND (", "*", "?", "~", "/", "{", "[", "title:x", "<script>", "%", "防汛 OR"]
CLOSED_PORT_URL = "http://127.0.0.1:9"


@pytest.fixture
def no_admin_index(elasticsearch, settings):
    """No admin index at the start (as on a fresh node), none left behind."""
    settings.GONGKAI_SEARCH_RETRY_DELAY = 0
    index = get_search_backend().get_index_for_model(DisclosureItemPage)
    for name in elasticsearch.indices.get(index=f"{index.name}*", expand_wildcards="all"):
        elasticsearch.indices.delete(index=name)
    yield index
    for name in elasticsearch.indices.get(index=f"{index.name}*", expand_wildcards="all"):
        elasticsearch.indices.delete(index=name)


def run_queued_tasks(limit=50):
    """What `manage.py db_worker` does, in this test's transaction."""
    worker = Worker(
        queue_names=["default"], interval=0, batch=True, backend_name="default", startup_delay=False,
        max_tasks=None, worker_id="pytest", excluded_queue_names=[],
    )
    ran = 0
    while ran < limit and (task_result := DBTaskResult.objects.ready().first()):
        task_result.claim(worker.worker_id)
        worker.run_task(task_result)
        ran += 1
    return ran


def indexed_ids(index, elasticsearch):
    elasticsearch.indices.refresh(index=index.name)
    hits = elasticsearch.search(index=index.name, query={"match_all": {}}, size=100)["hits"]["hits"]
    return {int(hit["_id"]) for hit in hits}


def search_pages(admin_client, query):
    responses = [
        admin_client.get(reverse("wagtailadmin_pages:search"), {"q": query}),
        admin_client.get(reverse("wagtailadmin_choose_page_search"), {"q": query}),
    ]
    return [response.status_code for response in responses], "".join(r.content.decode() for r in responses)


def test_admin_page_search_answers_without_an_index_and_for_any_query(no_admin_index, make_item, admin_client):
    admin_client.raise_request_exception = False
    make_item(title="防汛物资储备通知")
    for query in ["防汛", *HOSTILE_QUERIES]:
        statuses, _html = search_pages(admin_client, query)
        assert statuses == [200, 200], query


def test_an_item_saved_before_the_index_exists_creates_it_with_its_mapping_and_is_found(
    no_admin_index, make_item, admin_client, elasticsearch
):
    admin_client.raise_request_exception = False
    item = make_item(title="防汛物资储备通知")
    run_queued_tasks()
    assert item.pk in indexed_ids(no_admin_index, elasticsearch)
    statuses, html = search_pages(admin_client, "防汛")
    assert statuses == [200, 200] and "防汛物资储备通知" in html
    for query in HOSTILE_QUERIES:
        assert search_pages(admin_client, query)[0] == [200, 200], query


@pytest.fixture
def elasticsearch_down(settings):
    """Point the admin search backend at a closed port; restore() brings the node back."""
    working = copy.deepcopy(django_settings.WAGTAILSEARCH_BACKENDS)
    down = copy.deepcopy(working)
    down["default"]["URLS"] = [CLOSED_PORT_URL]
    down["default"]["TIMEOUT"] = 1

    class Switch:
        def stop(self):
            settings.WAGTAILSEARCH_BACKENDS = down

        def restore(self):
            settings.WAGTAILSEARCH_BACKENDS = working

    return Switch()


def test_a_draft_reclassified_top_secret_while_elasticsearch_was_down_leaves_the_index_once_it_is_back(
    no_admin_index, make_item, elasticsearch, elasticsearch_down
):
    item = make_item(title="防汛物资储备方案", body="<p>储备库位于青石镇</p>")
    run_queued_tasks()
    assert item.pk in indexed_ids(no_admin_index, elasticsearch)

    elasticsearch_down.stop()
    draft = DisclosureItemPage.objects.get(pk=item.pk)
    draft.disclosure, draft.reason, draft.classification = "withheld", "state_secret", "top_secret"
    draft.secrecy_period, draft.body = "长期", ""
    draft.save_revision()
    run_queued_tasks(limit=5)
    assert DBTaskResult.objects.ready().exists(), "the sync must stay queued while the node is down"
    assert item.pk in indexed_ids(no_admin_index, elasticsearch)

    elasticsearch_down.restore()
    run_queued_tasks()
    assert item.pk not in indexed_ids(no_admin_index, elasticsearch)
    assert not DBTaskResult.objects.ready().exists()


def test_a_deleted_item_leaves_the_admin_index_through_the_queue(
    no_admin_index, make_item, elasticsearch, elasticsearch_down
):
    item = make_item(title="防汛物资储备方案")
    run_queued_tasks()
    elasticsearch_down.stop()
    DisclosureItemPage.objects.get(pk=item.pk).delete()
    run_queued_tasks(limit=5)
    elasticsearch_down.restore()
    run_queued_tasks()
    assert item.pk not in indexed_ids(no_admin_index, elasticsearch)
