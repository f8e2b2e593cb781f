"""Decisions taken at the same moment, on PostgreSQL with one connection per thread: of ten
approvals of one task exactly one is recorded and starts the next step, and an approval racing
an edit is always bound to the revision the reviewer was shown."""
import threading

import pytest
from django.db import connection
from wagtail.models import TaskState

from gongkai.disclosure_pages.constants import SECRECY_REVIEWERS
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.review_workflow.fingerprints import revision_fingerprint
from gongkai.review_workflow.models import SecrecyReviewRecord, SecrecyReviewTask
from gongkai.review_workflow.review_rules import ReviewRefused

from .conftest import make_user
from .test_secrecy_review_task import APPROVE, at_secrecy_review, shown_revision  # noqa: F401 (fixture)

VALID_ID_NUMBER = "11010519491231002X"


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (run under scripts/with-postgres.sh)")


def run_together(*targets):
    """Start every target at the same moment, each on its own thread and connection;
    return what each returned or raised, in order."""
    barrier = threading.Barrier(len(targets))
    outcomes = [None] * len(targets)

    def run(position, target):
        try:
            barrier.wait()
            outcomes[position] = target()
        except Exception as error:  # collected: the test asserts on every outcome
            outcomes[position] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(position, target)) for position, target in enumerate(targets)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def approval(state_pk, user, revision_pk):
    def approve():
        task_state = TaskState.objects.get(pk=state_pk)
        task_state.task.specific.on_action(task_state, user, "approve", **{**APPROVE, "revision": revision_pk})
        return "approved"

    return approve


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ten_simultaneous_approvals_of_one_task_record_one_decision_and_start_one_next_task(
    at_secrecy_review, organ_setup
):
    state = at_secrecy_review()
    revision_pk = shown_revision(state).pk
    reviewers = [make_user(f"reviewer{n}", organ_setup.groups[SECRECY_REVIEWERS]) for n in range(10)]
    outcomes = run_together(*(approval(state.pk, reviewer, revision_pk) for reviewer in reviewers))
    assert outcomes.count("approved") == 1
    refusals = [outcome for outcome in outcomes if outcome != "approved"]
    assert all(isinstance(refusal, ReviewRefused) and "此审查步骤已由" in str(refusal) for refusal in refusals)
    assert SecrecyReviewRecord.objects.count() == 1
    next_steps = TaskState.objects.filter(workflow_state_id=state.workflow_state_id, task__name__startswith="领导签发")
    assert next_steps.count() == 1
    secrecy_steps = TaskState.objects.filter(
        workflow_state_id=state.workflow_state_id, task__in=SecrecyReviewTask.objects.all()
    )
    assert list(secrecy_steps.values_list("status", flat=True)) == ["approved"]


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_200_approvals_racing_an_edit_never_approve_content_the_reviewer_was_not_shown(
    at_secrecy_review, reviewer, editor
):
    for round_number in range(200):
        state = at_secrecy_review(title=f"第{round_number}轮竞争条目")
        seen = shown_revision(state)

        def edit():
            item = DisclosureItemPage.objects.get(pk=seen.object_id)
            item.body = f"<p>救助对象身份证号 {VALID_ID_NUMBER}</p>"
            item.save_revision(user=editor)
            return "edited"

        approved, edited = run_together(approval(state.pk, reviewer, seen.pk), edit)
        assert edited == "edited"
        records = list(SecrecyReviewRecord.objects.filter(page_id=seen.object_id))
        if approved == "approved":
            assert [(record.revision_id, record.fingerprint) for record in records] == [
                (seen.pk, revision_fingerprint(seen))
            ]
            assert records[0].scan_summary == []
        else:
            assert isinstance(approved, ReviewRefused) and "您打开审查后该条目已被修改" in str(approved)
            assert records == []
