"""先审查、后公开: no path publishes content without a passing secrecy review of that exact
content. Each refused path leaves the item not live, the public site without the new content,
and a logged refusal."""
import datetime
import logging

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import Page, PageLogEntry, Revision

from gongkai.disclosure_pages.constants import PUBLICATION_LOGGER, PUBLICATION_REFUSED_ACTION
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import AliasRefused, PublicationRefused

from .conftest import form_data

REFUSAL = "尚未通过保密审查"
NEW_TEXT = "审查之后新增的一段话"


@pytest.fixture
def refusals(caplog):
    caplog.set_level(logging.WARNING, logger=PUBLICATION_LOGGER)

    def logged():
        return [record for record in caplog.records if record.name == PUBLICATION_LOGGER]

    return logged


def reload(item):
    return DisclosureItemPage.objects.get(pk=item.pk)


def assert_not_public(client, item, text=None):
    live = reload(item)
    if text is None:
        assert not live.live
        assert client.get(live.url).status_code == 404
    else:
        response = client.get(live.url)
        assert text not in response.content.decode()


def test_a_reviewed_item_is_published_and_shown_on_the_public_site(make_item, reviewed, client):
    item = make_item()
    reviewed(item).publish()
    assert reload(item).live
    assert item.title in client.get(reload(item).url).content.decode()


def test_the_admin_publish_button_is_refused_even_for_a_superuser(make_item, superuser, client, refusals):
    item = make_item()
    client.force_login(superuser)
    edit_url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    data = form_data(client.get(edit_url).content.decode(), title="修改后的标题", **{"action-publish": "1"})
    response = client.post(edit_url, data, follow=True)
    assert REFUSAL in response.content.decode()
    assert reload(item).get_latest_revision().as_object().title == "修改后的标题"
    assert_not_public(client, item)
    assert refusals()


def test_the_publish_button_is_hidden_for_an_unreviewed_draft_and_shown_once_reviewed(
    make_item, reviewed, superuser, client
):
    item = make_item()
    item.save_revision()
    client.force_login(superuser)
    edit_url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    assert 'name="action-publish"' not in client.get(edit_url).content.decode()
    reviewed(item)
    assert 'name="action-publish"' in client.get(edit_url).content.decode()


def test_create_and_publish_leaves_a_draft(catalogue, topic, genre, superuser, client, refusals):
    client.force_login(superuser)
    add_url = reverse("wagtailadmin_pages:add", args=["disclosure_pages", "disclosureitempage", catalogue.pk])
    page = client.get(add_url).content.decode()
    assert 'name="action-publish"' not in page
    data = form_data(
        page,
        form_id="page-edit-form",
        title="新建并发布的条目",
        slug="new-item",
        written_date="2025-03-18",
        topic=str(topic.pk),
        genre=str(genre.pk),
        disclosure="public",
        **{"action-publish": "1"},
    )
    response = client.post(add_url, data, follow=True)
    item = DisclosureItemPage.objects.get(title="新建并发布的条目")
    assert REFUSAL in response.content.decode()
    assert_not_public(client, item)
    assert refusals()


def test_bulk_publish_is_refused(make_item, superuser, client):
    item = make_item()
    item.save_revision()
    client.force_login(superuser)
    explorer = reverse("wagtailadmin_explore", args=[item.get_parent().pk])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={item.pk}&next={explorer}"
    response = client.post(url, {}, follow=True)
    assert REFUSAL in response.content.decode()
    assert_not_public(client, item)


def test_scheduling_an_unreviewed_item_is_refused_when_it_is_set(make_item, superuser, client, refusals):
    item = make_item()
    client.force_login(superuser)
    edit_url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    go_live = (timezone.localtime() + datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    data = form_data(client.get(edit_url).content.decode(), go_live_at=go_live, **{"action-publish": "1"})
    response = client.post(edit_url, data, follow=True)
    assert REFUSAL in response.content.decode()
    assert not Revision.objects.filter(object_id=str(item.pk), approved_go_live_at__isnull=False).exists()
    assert_not_public(client, item)
    assert refusals()


def test_scheduled_publishing_refuses_an_unreviewed_revision_in_the_history_and_publishes_the_others(
    make_item, reviewed, client, refusals
):
    unreviewed = make_item(title="未审查的条目")
    unreviewed_revision = unreviewed.save_revision()
    good = make_item(title="已审查的条目")
    good_revision = reviewed(good)
    past = timezone.now() - datetime.timedelta(minutes=5)
    # A schedule written before the gate existed (or by SQL): the command must still cope.
    Revision.objects.filter(pk__in=[unreviewed_revision.pk, good_revision.pk]).update(approved_go_live_at=past)
    call_command("publish_scheduled")
    assert reload(good).live
    assert PageLogEntry.objects.filter(page=unreviewed, action=PUBLICATION_REFUSED_ACTION).exists()
    assert_not_public(client, unreviewed)
    assert refusals()


def test_reverting_to_an_unreviewed_revision_then_publishing_is_refused(
    make_item, reviewed, superuser, client, refusals
):
    item = make_item()
    old_revision = item.save_revision()
    item.body = "<p>已审查的正文</p>"
    item.save_revision()
    reviewed(item).publish()
    client.force_login(superuser)
    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[item.pk, old_revision.pk])
    data = form_data(client.get(revert_url).content.decode(), **{"action-publish": "1"})
    response = client.post(revert_url, data, follow=True)
    assert REFUSAL in response.content.decode()
    assert reload(item).live_revision_id != old_revision.pk
    assert "已审查的正文" in client.get(reload(item).url).content.decode()
    assert refusals()


def test_a_copy_with_publish_stays_a_draft(make_item, reviewed, superuser, client):
    item = make_item()
    reviewed(item).publish()
    copy = CopyPageAction(
        reload(item), to=item.get_parent(), update_attrs={"slug": "copy", "title": "复制的条目"}, keep_live=True,
        user=superuser,
    ).execute()
    assert_not_public(client, copy)


def test_an_alias_of_a_live_item_is_refused(make_item, reviewed, superuser, client):
    item = make_item()
    reviewed(item).publish()
    with pytest.raises(AliasRefused):
        CreatePageAliasAction(reload(item), parent=item.get_parent(), update_slug="alias", user=superuser).execute()
    assert not Page.objects.filter(slug="alias").exists()


def test_revision_publish_is_refused(make_item, client, refusals):
    item = make_item()
    with pytest.raises(PublicationRefused):
        item.save_revision().publish()
    assert_not_public(client, item)
    assert refusals()


def test_save_with_live_true_is_refused(make_item, client, refusals):
    item = make_item()
    item.live = True
    with pytest.raises(PublicationRefused):
        item.save()
    assert_not_public(client, item)
    assert refusals()


def test_the_api_publish_action_is_refused(make_item, superuser, client, refusals):
    item = make_item()
    revision = item.save_revision(user=superuser)
    with pytest.raises(PublicationRefused):
        PublishPageRevisionAction(revision, user=superuser).execute()
    assert_not_public(client, item)
    assert refusals()


def test_an_edit_after_the_review_needs_a_new_review(make_item, reviewed, client, refusals):
    item = make_item()
    reviewed(item).publish()
    item = reload(item)
    item.body = f"<p>{NEW_TEXT}</p>"
    changed = item.save_revision()
    with pytest.raises(PublicationRefused):
        changed.publish()
    assert_not_public(client, item, text=NEW_TEXT)
    assert refusals()


def test_an_editor_can_save_a_draft_of_a_live_item(make_item, reviewed, client):
    item = make_item()
    reviewed(item).publish()
    item = reload(item)
    item.body = f"<p>{NEW_TEXT}</p>"
    item.save_revision()
    assert reload(item).has_unpublished_changes
    assert_not_public(client, item, text=NEW_TEXT)
