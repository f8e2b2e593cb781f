"""撤稿: a reviewer or leader takes a live item down at once, with a reason."""
import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import PublicationRefused
from gongkai.disclosure_pages.signals import item_withdrawn
from gongkai.review_workflow.choices import Conclusion, RecordKind
from gongkai.review_workflow.constants import SECRECY_REVIEW_ACTION, WITHDRAW_ACTION
from gongkai.review_workflow.fingerprints import revision_fingerprint
from gongkai.review_workflow.ledger import append_record
from gongkai.review_workflow.actions.withdraw import WithdrawItemAction


def test_a_leader_withdraws_a_live_item_with_a_reason(make_item, reviewed, leader, client):
    item = make_item()
    reviewed(item).publish()
    received = []

    def listen(sender, page, user, reason, **kwargs):
        received.append((page.pk, user, reason))

    item_withdrawn.connect(listen)
    try:
        client.force_login(leader)
        url = reverse("review_workflow:withdraw", args=[item.pk])
        assert "撤稿理由" in client.get(url).content.decode()
        response = client.post(url, {"reason": "含有未脱敏的个人信息"}, follow=True)
    finally:
        item_withdrawn.disconnect(listen)
    assert "已从门户网站撤下" in response.content.decode()
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert not item.live
    assert client.get(item.url).status_code in (404, 410)
    assert received == [(item.pk, leader, "含有未脱敏的个人信息")]
    entry = PageLogEntry.objects.get(page=item, action=WITHDRAW_ACTION)
    assert entry.data["reason"] == "含有未脱敏的个人信息"


def test_withdrawal_needs_a_reason(make_item, reviewed, reviewer, client):
    item = make_item()
    reviewed(item).publish()
    client.force_login(reviewer)
    response = client.post(reverse("review_workflow:withdraw", args=[item.pk]), {"reason": "  "})
    assert "请填写撤稿理由" in response.content.decode()
    assert DisclosureItemPage.objects.get(pk=item.pk).live


def test_an_editor_may_not_withdraw(make_item, reviewed, editor, client):
    item = make_item()
    reviewed(item).publish()
    client.force_login(editor)
    response = client.post(reverse("review_workflow:withdraw", args=[item.pk]), {"reason": "不想要了"})
    assert response.status_code in (302, 403)
    assert DisclosureItemPage.objects.get(pk=item.pk).live


def test_the_edit_page_offers_withdrawal_to_a_reviewer(make_item, reviewed, reviewer, client):
    item = make_item()
    reviewed(item).publish()
    client.force_login(reviewer)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[item.pk])).content.decode()
    assert reverse("review_workflow:withdraw", args=[item.pk]) in page


def withdraw(item, user, reason="含有未脱敏的个人信息"):
    return WithdrawItemAction(DisclosureItemPage.objects.get(pk=item.pk), user=user, reason=reason).execute()


def test_publishing_withdrawn_content_again_is_refused_without_a_new_review(make_item, reviewed, leader, client):
    item = make_item()
    revision = reviewed(item)
    revision.publish()
    withdraw(item, leader)
    with pytest.raises(PublicationRefused):
        revision.publish()
    assert not DisclosureItemPage.objects.get(pk=item.pk).live
    assert client.get("/office/" + item.slug + "/").status_code in (404, 410)


def test_a_new_review_after_the_withdrawal_lets_the_same_content_out_again(make_item, reviewed, leader, client):
    item = make_item()
    reviewed(item).publish()
    withdraw(item, leader)
    reviewed(item).publish()
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert item.live
    assert item.title in client.get(item.url).content.decode()


def test_putting_a_withdrawn_item_back_live_by_a_plain_save_does_not_serve_it(make_item, reviewed, leader, client):
    item = make_item()
    reviewed(item).publish()
    withdraw(item, leader)
    page = Page.objects.get(pk=item.pk)
    page.live = True
    page.save()
    assert client.get(page.url).status_code == 404


def test_a_later_refusal_of_the_same_content_takes_it_off_the_portal_and_blocks_publishing(
    make_item, reviewed, reviewer, client
):
    item = make_item()
    revision = reviewed(item)
    revision.publish()
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert client.get(item.url).status_code == 200
    append_record(
        item,
        reviewer,
        kind=RecordKind.REVIEW,
        revision=revision,
        fingerprint=revision_fingerprint(revision),
        conclusion=Conclusion.WITHHOLD,
        opinion="含有个人隐私，不予公开",
    )
    assert client.get(item.url).status_code == 404
    with pytest.raises(PublicationRefused):
        revision.publish()


def test_a_copy_of_the_decisions_history_entry_written_after_a_withdrawal_does_not_serve_it(make_item, reviewed, leader, client):
    item = make_item()
    reviewed(item).publish()
    decision = PageLogEntry.objects.filter(page=item, action=SECRECY_REVIEW_ACTION).latest("pk")
    withdraw(item, leader)
    # A raw database write: the decision's entry again, newer than the withdrawal, and the page live.
    PageLogEntry.objects.bulk_create([PageLogEntry(page_id=item.pk, action=SECRECY_REVIEW_ACTION, data=decision.data,
                                                   content_type=decision.content_type, label=decision.label, timestamp=timezone.now())])
    Page.objects.filter(pk=item.pk).update(live=True)
    assert client.get(Page.objects.get(pk=item.pk).url).status_code == 404
