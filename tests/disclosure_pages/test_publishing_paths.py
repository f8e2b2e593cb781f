"""No path makes a 依申请公开, 不予公开 or 密级 item live; in the admin the refusal is a Chinese
message, never an error page, and what the editor typed is kept as a revision."""
import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import Page, Revision

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import AliasRefused, PublicationRefused

pytestmark = pytest.mark.django_db

REFUSAL = "只有主动公开且非密的条目才能在门户网站发布；本条目作为记录保留在后台。"


def reloaded(item):
    return DisclosureItemPage.objects.get(pk=item.pk)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_the_admin_publish_button_on_the_edit_form_refuses_and_keeps_the_typed_content(
    admin_client, not_public_item, form_data
):
    url = reverse("wagtailadmin_pages:edit", args=[not_public_item.pk])
    data = form_data(url, title="修改后的标题", **{"action-publish": "action-publish"})
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert REFUSAL in messages_of(response)
    item = reloaded(not_public_item)
    assert not item.live
    assert item.get_latest_revision_as_object().title == "修改后的标题"


def test_the_admin_publish_button_on_the_create_form_refuses_and_keeps_the_new_item_as_a_draft(
    admin_client, new_item_data, catalogue
):
    data = new_item_data(disclosure="on_request", reason="process_information", **{"action-publish": "action-publish"})
    url = reverse("wagtailadmin_pages:add", args=("disclosure_pages", "disclosureitempage", catalogue.pk))
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert REFUSAL in messages_of(response)
    item = DisclosureItemPage.objects.get(title="方山县人民政府办公室关于印发防汛应急预案的通知")
    assert not item.live
    assert item.latest_revision is not None


def test_the_admin_publish_with_a_schedule_is_refused_and_nothing_is_scheduled(
    admin_client, not_public_item, form_data
):
    url = reverse("wagtailadmin_pages:edit", args=[not_public_item.pk])
    go_live_at = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    data = form_data(url, go_live_at=go_live_at, **{"action-publish": "action-publish"})
    response = admin_client.post(url, data, follow=True)
    assert REFUSAL in messages_of(response)
    assert not Revision.objects.filter(object_id=str(not_public_item.pk), approved_go_live_at__isnull=False).exists()


def test_bulk_publish_refuses_with_a_message(admin_client, not_public_item):
    not_public_item.save_revision()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = admin_client.post(f"{url}?id={not_public_item.pk}&next=/admin/", {}, follow=True)
    assert response.status_code == 200
    assert any(REFUSAL in message for message in messages_of(response))
    assert not reloaded(not_public_item).live


def test_scheduling_is_refused_by_the_model_whatever_path_sets_it(not_public_item):
    not_public_item.go_live_at = timezone.now() + datetime.timedelta(days=1)
    revision = not_public_item.save_revision()
    with pytest.raises(PublicationRefused):
        revision.publish()
    assert not Revision.objects.filter(pk=revision.pk, approved_go_live_at__isnull=False).exists()


def test_publish_scheduled_leaves_a_refused_item_unpublished_and_publishes_the_others(
    not_public_item, make_item, only_item_rules
):
    past = timezone.now() - datetime.timedelta(hours=1)
    refused = not_public_item.save_revision()
    public_item = make_item(title="定时发布的主动公开条目")
    accepted = public_item.save_revision()
    # Schedules set before the rules changed (a stored state no path can create today).
    Revision.objects.filter(pk__in=[refused.pk, accepted.pk]).update(approved_go_live_at=past)

    call_command("publish_scheduled")

    assert not reloaded(not_public_item).live
    assert not Revision.objects.filter(pk=refused.pk, approved_go_live_at__isnull=False).exists()
    assert reloaded(public_item).live


def test_revision_publish_is_refused(not_public_item):
    revision = not_public_item.save_revision()
    with pytest.raises(PublicationRefused):
        revision.publish()
    assert not reloaded(not_public_item).live


def test_save_with_live_true_is_refused(not_public_item):
    not_public_item.live = True
    with pytest.raises(PublicationRefused):
        not_public_item.save()
    assert not reloaded(not_public_item).live


def test_a_new_item_saved_with_live_true_is_created_as_a_draft(catalogue, topic, genre):
    item = DisclosureItemPage(title="新建即发布", written_date=datetime.date(2025, 1, 6), topic=topic, genre=genre,
                              disclosure="withheld", reason="internal_affairs", live=True)
    catalogue.add_child(instance=item)
    assert not reloaded(item).live


def test_the_publish_page_revision_action_of_the_api_is_refused(not_public_item, admin_user):
    revision = not_public_item.save_revision()
    with pytest.raises(PublicationRefused):
        PublishPageRevisionAction(revision, user=admin_user).execute()
    assert not reloaded(not_public_item).live


def test_a_copy_kept_live_is_not_live(not_public_item):
    copy = not_public_item.copy(update_attrs={"slug": "copy"}, keep_live=True)
    assert not reloaded(copy).live


def test_the_copy_of_a_live_public_item_is_a_draft_with_its_own_index_number(make_item, publish):
    original = publish(make_item())
    copy = original.copy(update_attrs={"slug": "copy"}, keep_live=True)
    copy = reloaded(copy)
    assert not copy.live
    assert copy.index_number not in ("", original.index_number)


def test_the_admin_copy_form_offers_neither_publishing_the_copy_nor_an_alias(admin_client, make_item, publish):
    original = publish(make_item())
    response = admin_client.get(reverse("wagtailadmin_pages:copy", args=[original.pk]))
    form = response.context["form"]
    assert "publish_copies" not in form.fields
    assert "alias" not in form.fields


def test_an_alias_of_an_item_is_refused(not_public_item, catalogue):
    pages_before = Page.objects.count()
    with pytest.raises(AliasRefused):
        not_public_item.create_alias(parent=catalogue, update_slug="alias")
    assert Page.objects.count() == pages_before


def test_an_alias_of_a_live_public_item_is_refused_too(make_item, publish, catalogue):
    original = publish(make_item())
    with pytest.raises(AliasRefused):
        original.create_alias(parent=catalogue, update_slug="alias")
    assert not DisclosureItemPage.objects.filter(alias_of=original).exists()
