"""What a secrecy reviewer sees: items awaiting them with due dates, changes since the last
approval, and Wagtail's workflow e-mails."""
import datetime

from django.core import mail
from django.urls import reverse

from gongkai.disclosure_pages.models import DisclosureItemPage


def submit(item, editor, catalogue, section_head):
    item.save_revision(user=editor)
    catalogue.get_workflow().start(item, editor)
    item.current_workflow_task_state.approve(user=section_head)


def test_the_dashboard_lists_items_awaiting_my_review_with_overdue_ones_marked(
    make_item, editor, section_head, reviewer, catalogue, client
):
    item = make_item(written_date=datetime.date(2020, 1, 6))
    submit(item, editor, catalogue, section_head)
    client.force_login(reviewer)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "待我审核的条目" in page
    assert item.title in page
    assert "awaiting-my-review__due--overdue" in page and "已逾期" in page


def test_the_dashboard_links_to_the_changes_since_the_last_approved_revision(
    make_item, reviewed, editor, section_head, reviewer, catalogue, client
):
    item = make_item()
    approved = reviewed(item)
    item = DisclosureItemPage.objects.get(pk=item.pk)
    item.abstract = "修改后的内容概述"
    submit(item, editor, catalogue, section_head)
    latest = item.get_latest_revision()
    client.force_login(reviewer)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailadmin_pages:revisions_compare", args=[item.pk, approved.pk, latest.pk]) in page


def test_reviewers_get_wagtails_workflow_email_when_an_item_reaches_their_step(
    make_item, editor, section_head, reviewer, catalogue
):
    reviewer.email = "reviewer@example.cn"
    reviewer.save()
    mail.outbox.clear()
    submit(make_item(), editor, catalogue, section_head)
    assert any("reviewer@example.cn" in message.to for message in mail.outbox)
