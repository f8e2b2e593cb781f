"""An edit after an approval needs that approval again: an item's workflow returns to its first
step, without the site-wide WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT (which would change the
workflows of every other page and snippet)."""
import pytest
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowTask

from gongkai.disclosure_pages.models import DisclosureItemPage

from .test_secrecy_review_task import APPROVE, act, at_secrecy_review  # noqa: F401 (fixture)

SECTION_REVIEW = "科室审核（县政府办）"
LEADER_SIGN_OFF = "领导签发（县政府办）"


@pytest.fixture(autouse=True)
def wagtails_default_for_other_pages(settings):
    settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False


def reloaded(item_id):
    return DisclosureItemPage.objects.get(pk=item_id)


def current_task_name(item_id):
    return reloaded(item_id).current_workflow_task.name


def test_an_edit_during_the_secrecy_review_sends_the_item_back_to_the_section_review(
    at_secrecy_review, editor, reviewer  # noqa: F811
):
    state = at_secrecy_review()
    item = reloaded(state.revision.object_id)
    item.abstract = "审核期间修改的内容概述"
    item.save_revision(user=editor)

    act(state, reviewer, "approve", APPROVE)

    assert current_task_name(item.pk) == SECTION_REVIEW


def test_a_leader_who_edits_while_signing_off_sends_the_item_back_and_it_stays_unpublished(
    at_secrecy_review, reviewer, leader, client  # noqa: F811
):
    state = at_secrecy_review()
    act(state, reviewer, "approve", APPROVE)
    item = reloaded(state.revision.object_id)
    assert current_task_name(item.pk) == LEADER_SIGN_OFF
    item.title = item.title + "（修改稿）"
    item.save_revision(user=leader)

    item.current_workflow_task_state.approve(user=leader)

    assert not reloaded(item.pk).live
    assert current_task_name(item.pk) == SECTION_REVIEW
    assert client.get(item.url).status_code == 404


def test_an_edit_of_an_ordinary_page_keeps_wagtails_default(home_page, section_head, superuser):
    workflow = Workflow.objects.create(name="普通页面审核")
    for order, name in enumerate(["初审", "终审"]):
        task = GroupApprovalTask.objects.create(name=name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    page = home_page.add_child(instance=Page(title="普通页面", slug="ordinary"))
    page.save_revision(user=superuser)
    workflow.start(page, superuser)
    page.current_workflow_task_state.approve(user=superuser)
    page.title = "普通页面（修改稿）"
    page.save_revision(user=superuser)

    Page.objects.get(pk=page.pk).current_workflow_task_state.approve(user=superuser)

    assert Page.objects.get(pk=page.pk).live
