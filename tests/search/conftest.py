"""Search tests: a fresh catalogue index on the real node, the queue worker run in-process,
and items published the way editors publish them (after a passing secrecy review)."""
import pytest
from django.contrib.auth import get_user_model
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from gongkai.review_workflow.legacy import record_legacy_review
from gongkai.search.connection import client
from gongkai.search.engine import CatalogueQuery, search_catalogue
from gongkai.search.index_names import alias_name


def delete_catalogue_indexes():
    for name in client().indices.get(index=f"{alias_name()}*", expand_wildcards="all"):
        client().indices.delete(index=name)


@pytest.fixture
def search_index(db, settings):
    """No catalogue index at the start (the first sync creates one), none left behind."""
    settings.GONGKAI_SEARCH_RETRY_DELAY = 0
    delete_catalogue_indexes()
    yield
    delete_catalogue_indexes()


def refresh_index():
    client().indices.refresh(index=f"{alias_name()}*")


def run_queued_tasks(limit=10_000, refresh=True):
    """What `manage.py db_worker` does, in this test's transaction: run every ready task
    (Wagtail's own admin-index tasks too)."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="pytest",
        excluded_queue_names=[],
    )
    ran = 0
    while ran < limit and (task_result := DBTaskResult.objects.ready().first()):
        task_result.claim(worker.worker_id)
        worker.run_task(task_result)
        ran += 1
    if refresh:
        refresh_index()
    return ran


@pytest.fixture
def reviewer(db):
    return get_user_model().objects.create_superuser("reviewer", "reviewer@example.com", "pw")


@pytest.fixture
def publish(reviewer):
    """Publish an item's current content as a new revision, with its secrecy review."""

    def publish_item(item):
        revision = item.save_revision(user=reviewer)
        record_legacy_review(revision, reviewer, "pytest")
        revision.publish(user=reviewer)
        item.refresh_from_db()
        return item

    return publish_item


def found_titles(q="", **params):
    """The titles the catalogue search finds for `q`, in their order (its first page)."""
    return [result["title"] for result in search_catalogue(CatalogueQuery(q=q, **params)).results]
