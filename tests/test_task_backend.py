"""The plugin's tasks have a backend of their own (GONGKAI_TASKS_BACKEND, "gongkai"): its index
updates are queued durably in the transaction of the change and worked by
`db_worker --backend gongkai`, while Wagtail's own tasks stay on the site's default backend."""
import pytest
from django.db import transaction
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from gongkai.disclosure_pages.admin_index_sync import sync_admin_index
from gongkai.disclosure_pages.checks import plugin_tasks_can_wait, plugin_tasks_have_their_backend
from gongkai.search.connection import client
from gongkai.search.engine import CatalogueQuery, search_catalogue
from gongkai.search.index_names import alias_name
from gongkai.search.tasks import sync_catalogue_items

IMMEDIATE = {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
DATABASE = {"BACKEND": "django_tasks_db.DatabaseBackend"}


def run_worker_of(backend_name):
    """What `manage.py db_worker --backend <name> --queue-name '*'` runs, in this test's transaction."""
    worker = Worker(
        queue_names=["*"], interval=0, batch=True, backend_name=backend_name, startup_delay=False,
        max_tasks=None, worker_id="pytest", excluded_queue_names=[],
    )
    while task_result := DBTaskResult.objects.ready().filter(backend_name=backend_name).first():
        task_result.claim(worker.worker_id)
        worker.run_task(task_result)


def queued():
    return sorted(DBTaskResult.objects.values_list("task_path", "backend_name"))


def warning_ids():
    return [message.id for message in plugin_tasks_have_their_backend(None) + plugin_tasks_can_wait(None)]


def test_the_reference_site_queues_the_plugins_tasks_on_their_own_backend_and_runs_wagtails_at_once(db, make_item):
    make_item()
    # Wagtail's own tasks (its search and reference index) ran at once: none waits in the queue.
    assert queued() == [(sync_admin_index.module_path, "gongkai")]
    assert warning_ids() == []


def test_an_index_update_is_queued_with_the_change_and_rolled_back_with_it(db, make_item):
    with pytest.raises(RuntimeError), transaction.atomic():
        make_item()
        assert queued() == [(sync_admin_index.module_path, "gongkai")]
        raise RuntimeError("the save fails after the item was written")
    assert queued() == []


def test_the_gongkai_worker_brings_a_published_item_into_the_catalogue(catalogue_index, make_item, publish, settings):
    settings.GONGKAI_SEARCH_RETRY_DELAY = 0
    publish(make_item(title="关于加强防汛物资储备的通知"))
    assert (sync_catalogue_items.module_path, "gongkai") in queued()
    run_worker_of("default")
    assert DBTaskResult.objects.ready().exists(), "the default backend's worker must leave the plugin's tasks alone"

    run_worker_of("gongkai")

    client().indices.refresh(index=f"{alias_name()}*")
    results = search_catalogue(CatalogueQuery(q="防汛物资")).results
    assert [result["title"] for result in results] == ["关于加强防汛物资储备的通知"]
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_a_site_with_only_a_default_database_queue_gets_the_plugins_tasks_there_and_a_warning(db, make_item, settings):
    settings.TASKS = {"default": DATABASE}
    make_item()
    # With Wagtail's own tasks, which such a site defers too.
    assert (sync_admin_index.module_path, "default") in queued()
    assert {backend for _, backend in queued()} == {"default"}
    assert warning_ids() == ["disclosure_pages.W001"]


def test_naming_the_default_backend_on_purpose_is_not_warned_about(db, settings):
    settings.TASKS = {"default": DATABASE}
    settings.GONGKAI_TASKS_BACKEND = "default"
    assert warning_ids() == []


def test_a_site_without_a_queue_that_can_wait_is_told_its_index_updates_would_not_retry(db, settings):
    settings.TASKS = {"default": IMMEDIATE}
    assert warning_ids() == ["disclosure_pages.W001", "disclosure_pages.W002"]


def test_a_misspelt_alias_is_named_in_the_warning(db, settings):
    settings.GONGKAI_TASKS_BACKEND = "gongaki"
    [warning] = plugin_tasks_have_their_backend(None)
    assert "'gongaki'" in warning.msg and "db_worker --backend gongaki" in warning.hint
