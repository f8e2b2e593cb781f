"""Fixtures for disclosure items: the admin forms as an editor fills them, the three kinds
of item that may never be live, and the postgres_only marker."""
import pytest
from django.db import connection
from django.urls import reverse
from wagtail import hooks

from gongkai.disclosure_pages.models import DisclosureItemPage

NOT_PUBLIC_KINDS = {
    "on_request": {"disclosure": "on_request", "reason": "process_information"},
    "withheld": {"disclosure": "withheld", "reason": "internal_affairs"},
    "classified": {
        "disclosure": "withheld",
        "reason": "state_secret",
        "classification": "secret",
        "secrecy_period": "10年",
        "body": "",
    },
}


@pytest.fixture(autouse=True)
def skip_postgres_only_elsewhere(request):
    if request.node.get_closest_marker("postgres_only") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (run under scripts/with-postgres.sh)")


@pytest.fixture(params=sorted(NOT_PUBLIC_KINDS))
def not_public_item(request, make_item):
    """A draft 依申请公开, 不予公开 or 密级 item, in turn."""
    return make_item(title=f"{request.param}条目", **NOT_PUBLIC_KINDS[request.param])


@pytest.fixture
def only_item_rules(monkeypatch):
    """Leave out other apps' publication conditions (the secrecy review): these tests are
    about the item's own rule, and use public items that were never reviewed."""
    get_hooks = hooks.get_hooks
    left_out = {"check_disclosure_publication", "check_disclosure_publication_among"}
    monkeypatch.setattr(hooks, "get_hooks", lambda name: [] if name in left_out else get_hooks(name))


@pytest.fixture
def publish(only_item_rules):
    def publish(item):
        item.save_revision().publish()
        return DisclosureItemPage.objects.get(pk=item.pk)

    return publish


@pytest.fixture
def new_item_data(form_data, catalogue, topic, genre):
    """The create form of an item, filled in as a complete 主动公开 item."""

    def new_item_data(**changes):
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
        url = reverse("wagtailadmin_pages:add", args=("disclosure_pages", "disclosureitempage", catalogue.pk))
        return form_data(url, **fields)

    return new_item_data

