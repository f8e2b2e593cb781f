"""Refusals a reviewer or a leader meets on the dashboard and in the review dialog say in
Chinese what happened and what to do: a step another reviewer completed meanwhile, an item
the reviewer wrote, an item no reviewer of the group may review."""
from django.urls import reverse

from gongkai.disclosure_pages.constants import SECRECY_REVIEWERS
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.review_workflow.models import SecrecyReviewRecord

from .conftest import make_user
from .test_secrecy_review_task import APPROVE, act, at_secrecy_review, shown_revision  # noqa: F401

XHR = {"x-requested-with": "XMLHttpRequest"}


def dashboard(client, user):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_decision_in_a_dialog_opened_before_another_reviewer_completed_the_step_is_explained(
    at_secrecy_review, reviewer, organ_setup, client
):
    state = at_secrecy_review()
    colleague = make_user("colleague", organ_setup.groups[SECRECY_REVIEWERS], first_name="同事")
    client.force_login(colleague)
    url = reverse("wagtailadmin_pages:workflow_action", args=[state.revision.object_id, "approve", state.pk])
    shown = shown_revision(state)
    assert client.get(url, headers=XHR).status_code == 200
    act(state, reviewer, "approve", APPROVE)

    response = client.post(url, {**APPROVE, "revision": shown.pk}, headers=XHR)

    assert response.status_code == 200
    assert "此审查步骤已由 审查员 办结" in response.json()["html"]
    assert "刷新" in response.json()["html"]
    assert SecrecyReviewRecord.objects.filter(reviewer=colleague).count() == 0


def test_a_reviewer_sees_why_an_item_they_wrote_has_no_actions_in_their_queue(
    make_item, reviewer, editor, section_head, catalogue, client
):
    item = make_item(title="审查员参与编写的条目")
    item.body = "<p>审查员起草的全文。</p>"
    item.save_revision(user=reviewer)
    catalogue.get_workflow().start(item, editor)
    item.current_workflow_task_state.approve(user=section_head)

    page = dashboard(client, reviewer)

    assert "审查员参与编写的条目" in page
    assert "须由其他保密审查员进行审查" in page
    assert "data-workflow-action-url" not in page


def test_a_reviewer_may_decide_from_the_dashboard_dialog(at_secrecy_review, reviewer, client):
    state = at_secrecy_review()
    page = dashboard(client, reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[state.revision.object_id, "approve", state.pk])
    assert f'data-workflow-action-url="{url}"' in page


def only_reviewer_wrote_it(make_item, reviewer, editor, section_head, catalogue):
    item = make_item(title="唯一审查员参与编写的条目")
    item.body = "<p>审查员起草的全文。</p>"
    item.save_revision(user=reviewer)
    catalogue.get_workflow().start(item, editor)
    item.current_workflow_task_state.approve(user=section_head)
    return DisclosureItemPage.objects.get(pk=item.pk)


def test_the_leaders_dashboard_flags_an_item_no_reviewer_of_the_group_may_review(
    make_item, reviewer, editor, section_head, leader, catalogue, organ_setup, client
):
    only_reviewer_wrote_it(make_item, reviewer, editor, section_head, catalogue)

    page = dashboard(client, leader)

    assert "无人可以进行保密审查的条目" in page
    assert "没有可以审查“唯一审查员参与编写的条目”的保密审查员" in page
    assert f"请在“{organ_setup.groups[SECRECY_REVIEWERS].name}”组中增加一名其他保密审查员" in page


def test_the_notice_goes_once_another_reviewer_who_did_not_write_it_joins_the_group(
    make_item, reviewer, editor, section_head, leader, catalogue, organ_setup, client
):
    only_reviewer_wrote_it(make_item, reviewer, editor, section_head, catalogue)
    make_user("colleague", organ_setup.groups[SECRECY_REVIEWERS])

    assert "无人可以进行保密审查的条目" not in dashboard(client, leader)


def test_an_editor_is_not_shown_the_leaders_notice(
    make_item, reviewer, editor, section_head, catalogue, client
):
    only_reviewer_wrote_it(make_item, reviewer, editor, section_head, catalogue)

    assert "无人可以进行保密审查的条目" not in dashboard(client, editor)
