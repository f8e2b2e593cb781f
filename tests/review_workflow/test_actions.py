"""The review workflow's operations are Wagtail actions: found in Wagtail's action registry,
asked who may act apart from acting (check), refused with their own named error, and followed
by their signal."""
import pytest
from wagtail.actions import action_registry

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.review_workflow.actions.record_review import RecordReviewAction, RecordReviewPermissionError
from gongkai.review_workflow.actions.request_changes import RequestChangesAction, RequestChangesError
from gongkai.review_workflow.actions.withdraw import WithdrawError, WithdrawItemAction, WithdrawPermissionError
from gongkai.review_workflow.models import SecrecyReviewRecord, SecrecyReviewTask, UnknownDecision
from gongkai.review_workflow.review_rules import ReviewRefused
from gongkai.review_workflow.signals import review_decided

from .test_secrecy_review_task import APPROVE, act, at_secrecy_review, current_state, shown_revision  # noqa: F401

pytestmark = pytest.mark.django_db


def test_wagtail_finds_the_review_decisions_and_the_withdrawal_in_its_action_registry():
    assert action_registry.get_action_class(SecrecyReviewTask, "approve") is RecordReviewAction
    assert action_registry.get_action_class(SecrecyReviewTask, "reject") is RequestChangesAction
    assert action_registry.get_action_class(DisclosureItemPage, "withdraw") is WithdrawItemAction


def test_an_editor_is_refused_a_withdrawal_with_its_permission_error_before_anything_changes(
    make_item, reviewed, editor
):
    item = make_item()
    reviewed(item).publish()
    action = WithdrawItemAction(DisclosureItemPage.objects.get(pk=item.pk), user=editor, reason="不想要了")
    with pytest.raises(WithdrawPermissionError):
        action.check()
    with pytest.raises(WithdrawPermissionError):
        action.execute()
    assert DisclosureItemPage.objects.get(pk=item.pk).live


def test_skipping_permission_checks_never_withdraws_a_draft_or_without_a_reason(make_item, reviewed, editor):
    draft = make_item()
    with pytest.raises(WithdrawError) as refused:
        WithdrawItemAction(draft, user=editor, reason="内容有误").execute(skip_permission_checks=True)
    assert not isinstance(refused.value, WithdrawPermissionError)
    assert str(refused.value) == "该条目未发布，无需撤稿。"
    live = make_item()
    reviewed(live).publish()
    with pytest.raises(WithdrawError):
        WithdrawItemAction(DisclosureItemPage.objects.get(pk=live.pk), user=editor, reason=" ").execute(
            skip_permission_checks=True
        )
    assert DisclosureItemPage.objects.get(pk=live.pk).live


def test_an_editor_is_refused_a_review_decision_with_its_permission_error(at_secrecy_review, editor):
    state = at_secrecy_review()
    with pytest.raises(RecordReviewPermissionError) as refused:
        act(state, editor, "approve", APPROVE)
    assert isinstance(refused.value, ReviewRefused), "callers that catch ReviewRefused still catch it"
    assert "保密审查员" in str(refused.value)
    assert not SecrecyReviewRecord.objects.exists()
    assert current_state(state).status == "in_progress"


def test_a_request_for_changes_without_an_opinion_is_its_own_error(at_secrecy_review, reviewer):
    state = at_secrecy_review()
    with pytest.raises(RequestChangesError):
        act(state, reviewer, "reject", {"opinion": ""})
    assert current_state(state).status == "in_progress"


def test_review_decided_is_sent_after_a_decision_with_the_ledger_record(at_secrecy_review, reviewer):
    received = []

    def listen(sender, page, user, task_state, record, **kwargs):
        received.append((sender, page.pk, user, record))

    state = at_secrecy_review()
    review_decided.connect(listen)
    try:
        act(state, reviewer, "approve", APPROVE)
    finally:
        review_decided.disconnect(listen)
    record = SecrecyReviewRecord.objects.get()
    assert received == [(RecordReviewAction, int(state.revision.object_id), reviewer, record)]


def test_an_unknown_decision_is_refused(at_secrecy_review, reviewer):
    state = at_secrecy_review()
    with pytest.raises(UnknownDecision) as refused:
        act(state, reviewer, "publish", {})
    assert str(refused.value) == "未知的审查操作。"
    assert current_state(state).status == "in_progress"


def test_skipping_permission_checks_never_lets_an_author_review_their_own_item(at_secrecy_review, editor, organ_setup):
    editor.groups.add(organ_setup.groups["secrecy_reviewers"])
    state = at_secrecy_review()
    data = {**APPROVE, "revision": shown_revision(state).pk}
    with pytest.raises(RecordReviewPermissionError) as refused:
        RecordReviewAction(state, user=editor, data=data).execute(skip_permission_checks=True)
    assert "须由其他保密审查员进行审查" in str(refused.value)
    assert not SecrecyReviewRecord.objects.exists()
    assert current_state(state).status == "in_progress"
