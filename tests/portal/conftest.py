"""Portal fixtures: publishing the way editors do (after a secrecy review), a fresh catalogue
index on the real node, and withdrawal as the portal sees it."""
import pytest

from gongkai.review_workflow.legacy import record_legacy_review
from gongkai.review_workflow.actions.withdraw import WithdrawItemAction
from gongkai.search.connection import client
from gongkai.search.index_names import versioned_index_pattern
from gongkai.search.indexing import ensure_index, sync_items


@pytest.fixture
def reviewer(django_user_model):
    return django_user_model.objects.create_superuser("reviewer", password="unused-in-tests")


def delete_catalogue_indexes():
    es = client()
    names = list(es.indices.get(index=versioned_index_pattern(), expand_wildcards="open"))
    if names:
        es.indices.delete(index=",".join(names))


@pytest.fixture
def catalogue_index(db):
    """An empty catalogue index for this test; `sync(*items)` indexes items as they stand."""
    delete_catalogue_indexes()
    ensure_index()

    def sync(*items):
        sync_items([item.pk for item in items], refresh=True)

    yield sync
    delete_catalogue_indexes()


@pytest.fixture
def publish(reviewer):
    """Publish an item's current content after a (legacy) secrecy review; returns it fresh."""

    def publish_item(item):
        revision = item.save_revision(user=reviewer)
        record_legacy_review(revision, reviewer, basis="测试")
        revision.publish(user=reviewer)
        return type(item).objects.get(pk=item.pk)

    return publish_item


@pytest.fixture
def withdraw(reviewer):
    """撤稿 through the review workflow's action."""

    def withdraw_item(item, reason):
        return WithdrawItemAction(item, user=reviewer, reason=reason).execute()

    return withdraw_item
