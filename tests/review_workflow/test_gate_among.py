"""The list form of "may this be public now?": every public result list asks it once for all its
hits, and it answers exactly what asking item by item answers, in a number of queries that
does not grow with the list."""
import datetime

import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document

from gongkai.disclosure_pages.models import (
    DisclosureAttachment,
    DisclosureItemPage,
    PolicyInterpretationLink,
    PolicyInterpretationPage,
)
from gongkai.disclosure_pages.publication import may_be_public_now, may_be_public_now_among
from gongkai.search.public_results import publishable_page_ids

from .documents import image_embed, image_of
from .test_public_surface import Catalogue, catalogue_states, fresh_index, plain_save_live  # noqa: F401

pytestmark = pytest.mark.django_db


def stored(pages):
    return list(DisclosureItemPage.objects.filter(pk__in=[page.pk for page in pages]).order_by("pk"))


@pytest.fixture
def every_state(catalogue_states):
    """The crawler's catalogue, plus the states only a list check meets: live without any review,
    expired, and content changed in memory (a revision's object, an unsaved edit)."""
    made = catalogue_states
    plain_save_live(made.item("neverreviewed"))
    expired = made.publish(made.item("expired"))
    DisclosureItemPage.objects.filter(pk=expired.pk).update(expired=True)
    yield made
    # Wagtail caches renditions by image id, which the rollback hands out again: a later test's
    # image would find this test's renditions, whose rows are gone.
    caches["default"].clear()


def every_kind_of_page(items):
    """Each item as stored, then content in memory: an unsaved edit of a public item, an
    unreviewed draft revision's object and a reviewed revision's object."""
    edited = DisclosureItemPage.objects.get(pk=items["public"].pk)
    edited.title = "未经审查的新标题"
    return stored(items.values()) + [
        edited,
        items["changed"].get_latest_revision().as_object(),
        DisclosureItemPage.objects.get(pk=items["public"].pk).live_revision.as_object(),
    ]


def test_the_list_answer_is_the_item_by_item_answer_for_every_state_of_an_item(every_state):
    one_by_one = [may_be_public_now(page) for page in every_kind_of_page(every_state.items)]

    pages = every_kind_of_page(every_state.items)
    among = may_be_public_now_among(pages)

    assert among == one_by_one
    states = {item.pk: state for state, item in every_state.items.items()}
    assert sorted(states[page.pk] for page, public in zip(pages[:-3], among) if public) == ["changed", "public"]
    assert among[-3:] == [False, False, True]


def test_search_keeps_the_same_items_as_asking_each_item(every_state):
    ids = {item.pk for item in every_state.items.values()}
    one_by_one = {
        item.pk
        for item in DisclosureItemPage.objects.live().public().filter(pk__in=ids).specific()
        if may_be_public_now(item)
    }
    assert publishable_page_ids(ids) == one_by_one == {
        every_state.items["public"].pk,
        every_state.items["changed"].pk,
    }


def test_a_published_policy_interpretation_is_kept_in_search_results(make_item, catalogue, topic, genre, reviewed):
    policy = make_item(title="方山县优化营商环境若干措施", slug="cuoshi", needs_interpretation=True)
    interpretation = PolicyInterpretationPage(
        title="《方山县优化营商环境若干措施》政策解读", slug="jiedu", written_date=datetime.date(2025, 3, 20),
        topic=topic, genre=genre, disclosure="public", body="<p>一、起草背景。</p>", live=False,
    )
    catalogue.add_child(instance=interpretation)
    PolicyInterpretationLink.objects.create(interpretation=interpretation, policy=policy)
    reviewed(interpretation)
    reviewed(policy).publish()

    assert publishable_page_ids({policy.pk, interpretation.pk}) == {policy.pk, interpretation.pk}


def carrying_item(make_item, organ_setup, number):
    """An item whose body embeds an image and links a document, with an attachment."""
    image = image_of(title=f"图{number}", collection=organ_setup.collection)
    linked, attached = (
        Document.objects.create(
            title=f"{kind}{number}",
            file=ContentFile(f"{kind} {number}".encode(), name=f"{kind}{number}.txt"),
            collection=organ_setup.collection,
        )
        for kind in ("linked", "attached")
    )
    item = make_item(
        title=f"通知{number}",
        slug=f"item-{number}",
        body=f'<p>正文 <a linktype="document" id="{linked.pk}">附件</a></p>{image_embed(image)}',
    )
    item.attachments.add(DisclosureAttachment(document=attached))
    item.save_revision()
    return item


@pytest.fixture
def public_items(make_item, organ_setup, reviewed):
    def make(first, count):
        items = [carrying_item(make_item, organ_setup, number) for number in range(first, first + count)]
        for item in items:
            reviewed(item).publish()
        return {item.pk for item in items}

    return make


def queries_to_keep(ids):
    with CaptureQueriesContext(connection) as queries:
        kept = publishable_page_ids(ids)
    assert kept == ids
    return len(queries)


def test_checking_a_list_of_hits_costs_as_many_queries_for_twelve_as_for_two(public_items):
    two, twelve = public_items(0, 2), public_items(2, 12)
    assert queries_to_keep(twelve) == queries_to_keep(two)
