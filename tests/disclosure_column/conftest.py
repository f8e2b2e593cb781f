"""Column fixtures: publishing the way editors do (after a secrecy review) and a fresh
catalogue index on the real node."""
import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from gongkai.review_workflow.legacy import record_legacy_review
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


def add_url(catalogue, model="disclosureitempage"):
    return reverse("wagtailadmin_pages:add", args=("disclosure_pages", model, catalogue.pk))


@pytest.fixture
def form_data(admin_client):
    """The data of an admin page form as the browser would send it, with changes."""

    def form_data(url, **changes):
        response = admin_client.get(url)
        assert response.status_code == 200
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        for name, value in changes.items():
            data[name] = rich_text(value) if name == "body" else value
        return data

    return form_data


@pytest.fixture
def new_item_data(form_data, catalogue, topic, genre):
    """The create form of an item, filled in as a complete 主动公开 item."""

    def new_item_data(model="disclosureitempage", **changes):
        fields = {
            "title": "方山县人民政府办公室关于印发防汛应急预案的通知",
            "slug": "fangxun-yuan",
            "doc_number": "方政办〔2025〕7号",
            "written_date": "2025-03-18",
            "topic": str(topic.pk),
            "genre": str(genre.pk),
            "disclosure": "public",
            "body": "<p>现将预案印发给你们，请认真贯彻执行。</p>",
        }
        fields.update(changes)
        return form_data(add_url(catalogue, model), **fields)

    return new_item_data
