"""政策解读 三同步 at the decisions: the reviewer's dialog names the interpretations its decision
covers and the decision holds only for the versions it listed; the leader's sign-off of an
interpretation reviewed before its policy is live is accepted and the interpretation waits, going
live with the policy."""
import pytest
from django.core.checks import run_checks
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from gongkai.disclosure_pages.constants import EDITORS, LEADERS, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.review_workflow.models import SecrecyReviewRecord

from .test_interpretations import (  # noqa: F401 (catalogue, organ_setup and people are fixtures)
    INTERPRETATION_TITLE,
    POLICY_TITLE,
    add_interpretation,
    catalogue,
    decide_secrecy_review,
    fresh,
    organ_setup,
    people,
)

pytestmark = pytest.mark.django_db


def approve_in_admin(client, user, page):
    """The user approves the page's current step through Wagtail's workflow action view."""
    state = fresh(page).current_workflow_task_state
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    return client.post(url, {"comment": ""})


def review_up_to_the_leader(item, catalogue, people):
    """Submit as the editor, approve as section head and decide the secrecy review: the leader's step is next."""
    item.save_revision(user=people[EDITORS])
    catalogue.get_workflow().start(item, people[EDITORS])
    fresh(item).current_workflow_task_state.approve(user=people[SECTION_HEADS])
    decide_secrecy_review(item, people)


def test_the_leaders_sign_off_of_an_interpretation_reviewed_before_its_policy_is_accepted_and_waits_for_the_policy(
    client, make_item, catalogue, topic, genre, people
):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True)
    interpretation = add_interpretation(catalogue, policy, topic, genre)
    review_up_to_the_leader(interpretation, catalogue, people)

    response = approve_in_admin(client, people[LEADERS], interpretation)

    assert response.status_code == 302 and response["Location"] != reverse("wagtailadmin_home")
    assert "没有权限" not in " ".join(str(message) for message in response.wsgi_request._messages)
    assert fresh(interpretation).workflow_states.get().status == "approved"
    assert not fresh(interpretation).live and not fresh(policy).live
    history = client.get(reverse("wagtailadmin_pages:history", args=[interpretation.pk])).content.decode()
    assert "已审核通过，待所解读的政策发布时同步发布" in history

    review_up_to_the_leader(policy, catalogue, people)
    assert approve_in_admin(client, people[LEADERS], policy).status_code == 302

    assert fresh(policy).live and fresh(interpretation).live


def test_the_leader_signs_off_a_policy_whose_interpretation_waits_at_its_own_sign_off(
    client, make_item, catalogue, topic, genre, people
):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True)
    interpretation = add_interpretation(catalogue, policy, topic, genre)
    review_up_to_the_leader(interpretation, catalogue, people)
    review_up_to_the_leader(policy, catalogue, people)

    response = approve_in_admin(client, people[LEADERS], policy)

    assert response.status_code == 302
    assert fresh(policy).live and fresh(interpretation).live
    assert not fresh(interpretation).workflow_in_progress


def test_the_reviewers_dialog_names_each_interpretation_its_decision_covers(client, make_item, catalogue, topic, genre, people):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True)
    interpretation = add_interpretation(catalogue, policy, topic, genre)
    policy.save_revision(user=people[EDITORS])
    catalogue.get_workflow().start(policy, people[EDITORS])
    fresh(policy).current_workflow_task_state.approve(user=people[SECTION_HEADS])
    state = fresh(policy).current_workflow_task_state
    client.force_login(people[SECRECY_REVIEWERS])

    url = reverse("wagtailadmin_pages:workflow_action", args=[policy.pk, "approve", state.pk])
    modal = client.get(url).json()["html"]

    companions = modal.split("data-review-companions")[1].split("</section>")[0]
    assert "本审查结论同时适用于" in companions and INTERPRETATION_TITLE in companions
    preview = reverse("wagtailadmin_pages:revisions_view", args=[interpretation.pk, fresh(interpretation).get_latest_revision().pk])
    assert f'href="{preview}"' in companions and "预览所审查的版本" in companions


def test_the_dialog_of_an_item_without_interpretations_names_no_companions(client, make_item, catalogue, people):
    policy = make_item(title=POLICY_TITLE)
    policy.save_revision(user=people[EDITORS])
    catalogue.get_workflow().start(policy, people[EDITORS])
    fresh(policy).current_workflow_task_state.approve(user=people[SECTION_HEADS])
    state = fresh(policy).current_workflow_task_state
    client.force_login(people[SECRECY_REVIEWERS])

    modal = client.get(reverse("wagtailadmin_pages:workflow_action", args=[policy.pk, "approve", state.pk])).json()["html"]

    assert "data-review-companions" not in modal and "本审查结论同时适用于" not in modal


def test_an_approval_is_refused_when_an_interpretation_changed_after_the_dialog_opened(
    client, make_item, catalogue, topic, genre, people
):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True)
    interpretation = add_interpretation(catalogue, policy, topic, genre)
    policy.save_revision(user=people[EDITORS])
    catalogue.get_workflow().start(policy, people[EDITORS])
    fresh(policy).current_workflow_task_state.approve(user=people[SECTION_HEADS])
    state = fresh(policy).current_workflow_task_state
    client.force_login(people[SECRECY_REVIEWERS])
    url = reverse("wagtailadmin_pages:workflow_action", args=[policy.pk, "approve", state.pk])
    data = querydict_from_html(client.get(url).json()["html"])
    data["conclusion"] = "approve"
    changed = fresh(interpretation)
    changed.body = "<p>一、起草背景。二、新增的内容。</p>"
    changed.save_revision(user=people[EDITORS])

    response = client.post(url, data, headers={"x-requested-with": "XMLHttpRequest"})

    assert "在您打开审查后已被修改或新增" in response.json()["html"]
    assert not SecrecyReviewRecord.objects.filter(page_id__in=[policy.pk, interpretation.pk]).exists()
    assert fresh(policy).current_workflow_task_state.pk == state.pk


def test_the_dialogs_own_form_data_approves_the_policy_with_its_interpretation(
    client, make_item, catalogue, topic, genre, people
):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True)
    interpretation = add_interpretation(catalogue, policy, topic, genre)
    policy.save_revision(user=people[EDITORS])
    catalogue.get_workflow().start(policy, people[EDITORS])
    fresh(policy).current_workflow_task_state.approve(user=people[SECTION_HEADS])
    state = fresh(policy).current_workflow_task_state
    client.force_login(people[SECRECY_REVIEWERS])
    url = reverse("wagtailadmin_pages:workflow_action", args=[policy.pk, "approve", state.pk])
    data = querydict_from_html(client.get(url).json()["html"])
    data["conclusion"] = "approve"

    response = client.post(url, data, headers={"x-requested-with": "XMLHttpRequest"})

    assert response.json()["step"] == "success"
    assert SecrecyReviewRecord.objects.filter(page_id=interpretation.pk, conclusion="approve").count() == 1


def test_the_system_check_warns_while_the_site_does_not_let_interpretations_wait(settings):
    assert "disclosure_column.W001" not in {message.id for message in run_checks()}
    del settings.WAGTAIL_FINISH_WORKFLOW_ACTION

    assert "disclosure_column.W001" in {message.id for message in run_checks()}
