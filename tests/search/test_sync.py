"""The public index follows Wagtail's lifecycle through the queue, and holds only public items."""
import datetime
import time

from django.db import transaction
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from gongkai.disclosure_pages.signals import item_withdrawn
from gongkai.search.engine import CatalogueQuery, search_catalogue
from gongkai.search.tasks import schedule_sync, sync_catalogue_items

from .conftest import run_queued_tasks


def found(q):
    return [result["title"] for result in search_catalogue(CatalogueQuery(q=q)).results]


def test_a_published_item_is_found_after_the_queue_runs(search_index, make_item, publish):
    publish(make_item(title="方山县人民政府办公室关于加强防汛物资储备的通知"))
    assert found("防汛物资") == []  # nothing is indexed before the worker runs
    run_queued_tasks()
    assert found("防汛物资") == ["方山县人民政府办公室关于加强防汛物资储备的通知"]


def test_saving_a_draft_never_touches_the_index(search_index, make_item, publish):
    item = publish(make_item(title="关于开展秋季植树造林活动的通知"))
    run_queued_tasks()
    item.title = "关于开展秋季秸秆禁烧巡查的通知"
    item.save_revision()
    # Wagtail queues its own admin-side tasks for a draft; the catalogue queues none.
    assert not DBTaskResult.objects.ready().filter(task_path=sync_catalogue_items.module_path).exists()
    run_queued_tasks()
    assert found("植树造林") == ["关于开展秋季植树造林活动的通知"]
    assert found("秸秆禁烧巡查") == []


def test_a_new_published_revision_replaces_the_indexed_content(search_index, make_item, publish):
    item = publish(make_item(title="关于开展秋季植树造林活动的通知"))
    run_queued_tasks()
    item.title = "关于开展春季植树造林活动的通知"
    item.validity = "repealed"
    item.validity_date = datetime.date(2025, 6, 1)
    publish(item)
    run_queued_tasks()
    results = search_catalogue(CatalogueQuery(q="植树造林")).results
    assert [(r["title"], r["validity"]) for r in results] == [("关于开展春季植树造林活动的通知", "已废止")]


def test_an_unpublished_item_leaves_search(search_index, make_item, publish):
    item = publish(make_item(title="关于开展秋季植树造林活动的通知"))
    run_queued_tasks()
    item.unpublish()
    run_queued_tasks()
    assert found("植树造林") == []


def test_a_deleted_item_leaves_search(search_index, make_item, publish):
    item = publish(make_item(title="关于开展秋季植树造林活动的通知"))
    run_queued_tasks()
    item.delete()
    run_queued_tasks()
    assert found("植树造林") == []


def test_a_moved_item_is_found_under_its_new_url(search_index, make_item, publish, other_catalogue):
    item = publish(make_item(title="关于开展秋季植树造林活动的通知", slug="planting"))
    run_queued_tasks()
    item.move(other_catalogue, pos="last-child")
    run_queued_tasks()
    [result] = search_catalogue(CatalogueQuery(q="植树造林")).results
    assert result["url"] == "/ecology/planting/"


def test_a_live_item_that_may_not_be_public_is_never_indexed(search_index, make_item, publish):
    """Even a live row changed behind the rules' back (a shell, a bad migration) leaves."""
    item = publish(make_item(title="关于开展秋季植树造林活动的通知"))
    run_queued_tasks()
    type(item).objects.filter(pk=item.pk).update(disclosure="on_request", reason="process_information")
    schedule_sync([item.pk])
    run_queued_tasks()
    assert found("植树造林") == []


def test_a_withdrawn_item_leaves_search_within_two_seconds(
    search_index, make_item, publish, reviewer, django_capture_on_commit_callbacks
):
    item = publish(make_item(title="关于开展秋季植树造林活动的通知"))
    run_queued_tasks()
    assert found("植树造林")
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            item.unpublish(user=reviewer)
            item_withdrawn.send(sender=type(item), page=item, user=reviewer, reason="内容有误")
    while found("植树造林") and time.monotonic() - started < 2:
        time.sleep(0.05)
    assert found("植树造林") == [], "still found 2 seconds after the withdrawal"


def test_publishing_while_elasticsearch_is_down_succeeds_and_the_index_catches_up(
    search_index, make_item, publish, settings
):
    run_queued_tasks()
    with override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9"):
        item = publish(make_item(title="关于开展秋季植树造林活动的通知"))
        assert item.live
        run_queued_tasks(limit=3, refresh=False)  # fails to connect, reschedules itself each time
    run_queued_tasks()
    assert found("植树造林") == ["关于开展秋季植树造林活动的通知"]


def skip_where_the_database_refuses_the_serial_itself():
    import pytest
    from django.db import connection

    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL's integer column refuses the serial before the index sees it")


def test_one_document_elasticsearch_refuses_does_not_keep_the_others_of_its_batch_out(
    search_index, make_item, publish
):
    """A legacy row with a serial too large for the index's integer field; its older
    document leaves the index too, since it no longer says what the page says."""
    skip_where_the_database_refuses_the_serial_itself()
    bad = publish(make_item(title="关于开展秋季植树造林活动的通知", slug="bad"))
    run_queued_tasks()
    good = publish(make_item(title="关于开展春季植树造林活动的通知", slug="good", doc_number="方政办〔2025〕13号"))
    type(bad).objects.filter(pk=bad.pk).update(doc_number_serial=9_999_999_999)
    DBTaskResult.objects.all().delete()
    schedule_sync([bad.pk, good.pk])

    run_queued_tasks()

    assert found("植树造林") == ["关于开展春季植树造林活动的通知"]
    assert DBTaskResult.objects.get(task_path=sync_catalogue_items.module_path).status == "SUCCESSFUL"


def test_a_rebuild_indexes_every_other_item_when_one_document_is_refused(search_index, make_item, publish):
    from gongkai.search.actions.rebuild_index import RebuildIndexAction

    skip_where_the_database_refuses_the_serial_itself()
    bad = publish(make_item(title="关于开展秋季植树造林活动的通知", slug="bad"))
    publish(make_item(title="关于开展春季植树造林活动的通知", slug="good", doc_number="方政办〔2025〕13号"))
    type(bad).objects.filter(pk=bad.pk).update(doc_number_serial=9_999_999_999)

    RebuildIndexAction().execute()

    assert found("植树造林") == ["关于开展春季植树造林活动的通知"]
