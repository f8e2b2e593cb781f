"""撤稿 while Elasticsearch is down: the stale index entry must not reach the public.

The index still holds the item when the node comes back (the queued removal waits for its
retry), so every public list built from the index is checked against the database."""
from django.test import override_settings

from gongkai.review_workflow.actions.withdraw import WithdrawItemAction
from gongkai.disclosure_pages.index_retries import retry_delay

from .conftest import run_queued_tasks

TITLE = "关于开展秋季植树造林活动的通知"
PUBLIC_SURFACES = (
    "/api/search/?q=植树造林",
    "/search/?q=植树造林",
    "/feeds/search/?q=植树造林",
    "/catalogue/",
)
UNREACHABLE_NODE = "http://127.0.0.1:9"


def test_an_item_withdrawn_during_an_outage_is_on_no_public_surface_once_elasticsearch_is_back(
    client, search_index, make_item, publish, reviewer, django_capture_on_commit_callbacks
):
    item = publish(make_item(title=TITLE, slug="autumn-planting"))
    run_queued_tasks()
    for url in PUBLIC_SURFACES:
        assert "autumn-planting" in client.get(url).content.decode(), url

    with override_settings(ELASTICSEARCH_URL=UNREACHABLE_NODE):
        with django_capture_on_commit_callbacks(execute=True):
            WithdrawItemAction(item, user=reviewer, reason="含有个人身份信息").execute()

    # The node is reachable again; the queued removal has not run yet.
    for url in PUBLIC_SURFACES:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "autumn-planting" not in response.content.decode(), url


def test_the_api_total_does_not_count_a_stale_entry(
    client, search_index, make_item, publish, reviewer, django_capture_on_commit_callbacks
):
    item = publish(make_item(title=TITLE))
    publish(make_item(title="关于开展春季植树造林活动的通知", doc_number="方政办〔2025〕13号"))
    run_queued_tasks()
    with override_settings(ELASTICSEARCH_URL=UNREACHABLE_NODE):
        with django_capture_on_commit_callbacks(execute=True):
            WithdrawItemAction(item, user=reviewer, reason="内容有误").execute()

    answer = client.get("/api/search/?q=植树造林").json()

    assert [result["title"] for result in answer["results"]] == ["关于开展春季植树造林活动的通知"]
    assert answer["total"] == 1


def test_retries_wait_at_most_a_minute_so_the_index_catches_up_soon_after_an_outage(settings):
    settings.GONGKAI_SEARCH_RETRY_DELAY = 5
    assert [retry_delay(attempt).total_seconds() for attempt in range(6)] == [5, 10, 20, 40, 60, 60]
    assert retry_delay(1000).total_seconds() == 60
