"""撤稿: a reviewer or leader takes a live item down at once, with a reason."""
from django.urls import reverse
from wagtail.models import PageLogEntry

from disclosure_pages.models import DisclosureItemPage
from disclosure_pages.signals import item_withdrawn


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
    entry = PageLogEntry.objects.get(page=item, action="gongkai.withdraw")
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
