"""Shared fixtures: the real Elasticsearch node, a small declared catalogue, publishing after a
secrecy review, and a fresh catalogue index."""
import datetime

import pytest
from django.conf import settings
from django.test import override_settings
from elasticsearch import Elasticsearch
from gongkai_site.models import HomePage
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction
from gongkai.disclosure_pages.models import (
    DisclosureCatalogueIndexPage,
    DisclosureItemPage,
    Genre,
    Organ,
    Topic,
)
from gongkai.review_workflow.legacy import record_legacy_review
from gongkai.search.connection import client
from gongkai.search.index_names import versioned_index_pattern
from gongkai.search.indexing import ensure_index, sync_items

OFFICE_CODE = "111411994056312813"
ECOLOGY_CODE = "11141199405631361N"


@pytest.fixture(scope="session")
def elasticsearch():
    """A client of the real node `make test` started (or ELASTICSEARCH_URL's cluster)."""
    client = Elasticsearch(settings.ELASTICSEARCH_URL, **settings.ELASTICSEARCH_OPTIONS)
    yield client
    client.close()


@pytest.fixture
def admin_search_index(elasticsearch):
    """Wagtail's own page index on the real node, emptied for the test."""
    index = get_search_backend().get_index_for_model(DisclosureItemPage)
    index.reset()
    index.add_model(DisclosureItemPage)
    yield index
    index.delete()


@pytest.fixture(autouse=True)
def ledger_anchor_file(tmp_path):
    """Each test anchors the review ledger in its own file, as its database starts empty.

    Not through pytest-django's `settings` fixture: an autouse fixture holding it would
    undo a test's other overrides only after every other fixture's teardown."""
    path = tmp_path / "ledger-anchors.log"
    with override_settings(GONGKAI_LEDGER_ANCHOR_FILE=str(path)):
        yield path


@pytest.fixture
def home_page(db):
    """The site's root is the portal's HomePage, as on a real site."""
    site = Site.objects.get(is_default_site=True)
    home = Page.get_first_root_node().add_child(instance=HomePage(title="方山县人民政府信息公开", slug="fangshan"))
    site.root_page = home
    site.save()
    yield home
    # Wagtail caches the root paths; the rollback does not tell it the old root is back.
    Site.clear_site_root_paths_cache()


def make_catalogue(home_page, name, code, slug):
    organ = Organ.objects.create(name=name, short_name=name[-4:], code=code)
    catalogue = DisclosureCatalogueIndexPage(title=f"{name}信息公开目录", slug=slug, organ=organ)
    home_page.add_child(instance=catalogue)
    return catalogue


@pytest.fixture
def catalogue(home_page):
    """The catalogue of 方山县人民政府办公室."""
    return make_catalogue(home_page, "方山县人民政府办公室", OFFICE_CODE, "office")


@pytest.fixture
def organ_setup(home_page):
    """An organ as setup_organ makes it: catalogue, groups, review workflow (and request office)."""
    return SetUpOrganAction(
        name="方山县人民政府办公室", code=OFFICE_CODE, short_name="县政府办", parent_page=home_page, slug="office"
    ).execute()


@pytest.fixture
def other_catalogue(home_page):
    """The catalogue of 方山县生态环境局."""
    return make_catalogue(home_page, "方山县生态环境局", ECOLOGY_CODE, "ecology")


@pytest.fixture
def topic(db):
    return Topic.objects.get(name="信息公开", parent__name="综合政务")


@pytest.fixture
def genre(db):
    return Genre.objects.get(code="tong-zhi")


@pytest.fixture
def make_item(catalogue, topic, genre):
    """Add a draft item to a catalogue; keyword arguments override the defaults."""

    def make(parent=None, **overrides):
        fields = {
            "title": "方山县人民政府办公室关于做好政府信息公开工作的通知",
            "written_date": datetime.date(2025, 3, 18),
            "topic": topic,
            "genre": genre,
            "disclosure": "public",
            "doc_number": "方政办〔2025〕12号",
            "body": "<p>各乡镇人民政府，县政府各部门：现将有关事项通知如下。</p>",
            "live": False,
        }
        fields.update(overrides)
        item = DisclosureItemPage(**fields)
        (parent or catalogue).add_child(instance=item)
        return item

    return make


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
