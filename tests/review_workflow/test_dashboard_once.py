"""The dashboard names an item awaiting review once, not once per panel; other pages awaiting
review stay in Wagtail's own panel."""
import datetime

from django.urls import reverse
from wagtail.models import GroupApprovalTask, Page, Site, Workflow, WorkflowTask


def test_an_item_awaiting_my_review_is_listed_once_on_the_dashboard(
    make_item, editor, section_head, reviewer, catalogue, client
):
    item = make_item(title="等待保密审查的唯一条目", written_date=datetime.date(2020, 1, 6))
    item.save_revision(user=editor)
    catalogue.get_workflow().start(item, editor)
    item.current_workflow_task_state.approve(user=section_head)
    client.force_login(reviewer)

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert page.count("等待保密审查的唯一条目") == 1


def test_a_page_that_is_not_an_item_stays_in_wagtails_awaiting_review_panel(editor, superuser, client):
    root = Site.objects.get(is_default_site=True).root_page
    page = root.add_child(instance=Page(title="办事指南草稿", slug="guide-draft", live=False))
    page.save_revision()
    workflow = Workflow.objects.create(name="普通页面审核")
    WorkflowTask.objects.create(workflow=workflow, task=GroupApprovalTask.objects.create(name="审核"), sort_order=1)
    workflow.start(page, editor)
    client.force_login(superuser)

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert 'id="awaiting-review-section"' in page
    assert page.count("办事指南草稿") == 1
