"""A secrecy-review decision is bound to what the reviewer saw: the revision the dialog
showed, every scan finding acknowledged, by someone who wrote none of the content."""
import pytest
from django.urls import reverse

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.review_workflow.models import SecrecyReviewRecord
from gongkai.review_workflow.review_rules import ReviewRefused

from .test_secrecy_review_task import (  # noqa: F401 (at_secrecy_review is a fixture)
    APPROVE,
    acknowledgements,
    act,
    at_secrecy_review,
    current_state,
    shown_revision,
)

VALID_ID_NUMBER = "11010519491231002X"
MOBILE = "13912345678"


def latest(state):
    return DisclosureItemPage.objects.get(pk=state.revision.object_id)


def test_the_dialog_names_the_revision_it_shows(at_secrecy_review, reviewer, client):
    state = at_secrecy_review()
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[state.revision.object_id, "approve", state.pk])
    modal = client.get(url).json()["html"]
    assert f'name="revision" value="{shown_revision(state).pk}"' in modal


def test_an_approval_of_a_revision_changed_since_it_was_shown_is_refused_and_nothing_recorded(
    at_secrecy_review, reviewer, editor
):
    state = at_secrecy_review()
    seen = shown_revision(state)
    item = latest(state)
    item.body = f"<p>救助对象身份证号 {VALID_ID_NUMBER}</p>"
    item.save_revision(user=editor)
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", {**APPROVE, "revision": seen.pk})
    assert "您打开审查后该条目已被修改" in str(refused.value)
    assert not SecrecyReviewRecord.objects.exists()
    assert current_state(state).status == "in_progress"


def test_the_dialog_shows_the_change_to_a_reviewer_whose_revision_is_out_of_date(
    at_secrecy_review, reviewer, editor, client
):
    state = at_secrecy_review()
    seen = shown_revision(state)
    item = latest(state)
    item.abstract = "补充内容概述"
    item.save_revision(user=editor)
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[item.pk, "approve", state.pk])
    response = client.post(url, {"conclusion": "approve", "revision": seen.pk}, headers={"x-requested-with": "XMLHttpRequest"})
    assert "您打开审查后该条目已被修改" in response.json()["html"]
    assert not SecrecyReviewRecord.objects.exists()


def test_a_decision_that_names_no_revision_is_refused(at_secrecy_review, reviewer):
    state = at_secrecy_review()
    for revision in ("", "abc", 10**9):
        with pytest.raises(ReviewRefused) as refused:
            act(state, reviewer, "approve", {**APPROVE, "revision": revision})
        assert "未注明您所审查的内容版本" in str(refused.value)
    assert not SecrecyReviewRecord.objects.exists()


def test_a_save_that_changes_nothing_does_not_make_the_shown_revision_out_of_date(
    at_secrecy_review, reviewer, editor
):
    state = at_secrecy_review()
    seen = shown_revision(state)
    latest(state).save_revision(user=editor)
    act(state, reviewer, "approve", {**APPROVE, "revision": seen.pk})
    record = SecrecyReviewRecord.objects.get()
    assert record.revision_id == seen.pk


def test_a_revision_of_another_item_is_not_accepted_as_the_one_shown(at_secrecy_review, reviewer, make_item):
    state = at_secrecy_review()
    other = make_item(title="另一条目").save_revision()
    with pytest.raises(ReviewRefused):
        act(state, reviewer, "approve", {**APPROVE, "revision": other.pk})


def test_a_reviewer_who_wrote_an_earlier_revision_may_not_review_after_an_editors_small_edit(
    make_item, reviewer, editor, section_head, catalogue
):
    item = make_item()
    item.body = "<p>审查员起草的全文。</p>"
    item.save_revision(user=reviewer)
    item = DisclosureItemPage.objects.get(pk=item.pk)
    item.title = item.title + "（修订）"
    item.save_revision(user=editor)
    catalogue.get_workflow().start(item, editor)
    item.current_workflow_task_state.approve(user=section_head)
    state = DisclosureItemPage.objects.get(pk=item.pk).current_workflow_task_state
    assert state.task.specific.get_actions(item, reviewer) == []
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", APPROVE)
    assert "本版本或此前版本" in str(refused.value)


def test_a_save_by_the_reviewer_that_changes_nothing_does_not_make_them_an_author(at_secrecy_review, reviewer):
    state = at_secrecy_review()
    latest(state).save_revision(user=reviewer)
    act(state, reviewer, "approve", APPROVE)
    assert current_state(state).status == "approved"


def test_a_phone_number_needs_an_explicit_acknowledgement_before_a_plain_approval(at_secrecy_review, reviewer):
    state = at_secrecy_review(body=f"<p>联系人电话 {MOBILE}</p>")
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", APPROVE)
    assert "尚未确认" in str(refused.value)
    assert "手机号码" in str(refused.value) and "139****5678" in str(refused.value)
    assert not SecrecyReviewRecord.objects.exists()
    act(state, reviewer, "approve", {**APPROVE, "acknowledged": acknowledgements(state)})
    record = SecrecyReviewRecord.objects.get()
    assert record.scan_summary == [
        {"kind": "mobile_number", "severity": "medium", "source": "正文", "excerpt": "139****5678", "acknowledged": True}
    ]


def test_an_acknowledgement_of_another_finding_does_not_count(at_secrecy_review, reviewer):
    state = at_secrecy_review(body=f"<p>电话 {MOBILE}，备用 13800001111</p>")
    first_only = acknowledgements(state)[:1]
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", {**APPROVE, "acknowledged": first_only + ["forged-key"]})
    assert "138****1111" in str(refused.value)


def test_the_dialog_lists_each_finding_with_a_box_to_tick(at_secrecy_review, reviewer, client):
    state = at_secrecy_review(body=f"<p>联系人电话 {MOBILE}</p>")
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[state.revision.object_id, "approve", state.pk])
    modal = client.get(url).json()["html"]
    assert f'name="acknowledged" value="{acknowledgements(state)[0]}"' in modal
    response = client.post(
        url,
        {"conclusion": "approve", "revision": shown_revision(state).pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert "139****5678" in response.json()["html"] and "尚未确认" in response.json()["html"]
