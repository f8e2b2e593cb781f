"""What every secrecy-review decision shares: who may take it is asked apart from doing it
(check), and doing it is one transaction under a row lock on the task (execute), so of two
decisions taken at once exactly one is recorded and moves the workflow on."""
import logging

from django.db import transaction
from wagtail.actions.base import BaseAction
from wagtail.log_actions import log
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import workflow_approved

from ..choices import PASSING_CONCLUSIONS, Conclusion
from ..constants import FILED_AS_RECORD_ACTION, REVIEW_LOGGER
from ..review_rules import ReviewRefused, completed_step_message, reviewer_refusal
from ..separation import separation_of_duties_refusal
from ..signals import review_decided

logger = logging.getLogger(REVIEW_LOGGER)


class ReviewPermissionError(ReviewRefused):
    """The user may not take a decision on this item at this step; the message says why."""


def locked_task_state(task_state):
    """The task's state and its workflow's state, locked until the transaction ends."""
    state = TaskState.objects.select_for_update().get(pk=task_state.pk)
    list(WorkflowState.objects.select_for_update().filter(pk=state.workflow_state_id))
    if state.status != TaskState.STATUS_IN_PROGRESS:
        raise ReviewRefused(completed_step_message(state))
    return state


def errors_of(form):
    return "；".join(str(error) for errors in form.errors.values() for error in errors)


class ReviewAction(BaseAction):
    """A decision on an in-progress secrecy review step; subclasses say what it records
    (`_decide`), which form carries its data (`form_class`) and when it is offered."""

    permission_error_class = ReviewPermissionError
    form_class = None
    label = None

    def __init__(self, task_state, *, user, data, task=None):
        super().__init__(task_state, user=user)
        self.task_state = task_state
        self.task = task or task_state.task.specific
        self.data = data
        self.page = task_state.workflow_state.content_object.specific

    @classmethod
    def is_offered(cls, task, page, revision, user):
        """Whether Wagtail's workflow dialog offers this decision to `user`."""
        return reviewer_refusal(task, page, revision, user) is None

    def check(self, skip_permission_checks=False):
        revision = self.page.get_latest_revision()
        # Skipping the permission check skips group membership, never separation of duties:
        # 谁公开、谁审查 binds every caller, the trusted ones included.
        if skip_permission_checks:
            refusal = separation_of_duties_refusal(self.page, revision, self.user)
        else:
            refusal = reviewer_refusal(self.task, self.page, revision, self.user)
        if refusal:
            logger.warning("Secrecy review by %s on page %s refused: %s", self.user, self.page.pk, refusal)
            raise self.permission_error_class(refusal)

    def execute(self, skip_permission_checks=False):
        with transaction.atomic():
            self.task_state = locked_task_state(self.task_state)
            self.page = self.task_state.workflow_state.content_object.specific
            self.check(skip_permission_checks=skip_permission_checks)
            record = self._decide()
        self._after_decision(record)
        return record

    def _decide(self):
        raise NotImplementedError

    def _after_decision(self, record):
        review_decided.send(
            sender=type(self), page=self.page, user=self.user, task_state=self.task_state, record=record
        )


def complete_step(task_state, page, user, conclusion, opinion):
    """A passing conclusion approves the step; 不予公开 sends the item back; filing ends the
    workflow as a record; a referral (提请审定) keeps the step open until the determination."""
    if conclusion in PASSING_CONCLUSIONS:
        task_state.approve(user=user, comment=opinion)
    elif conclusion == Conclusion.WITHHOLD:
        task_state.reject(user=user, comment=opinion)
    elif conclusion == Conclusion.FILE_RECORD:
        file_as_record(task_state, page, user, opinion)


def file_as_record(task_state, page, user, opinion):
    """A 依申请公开 or 不予公开 item ends its workflow here, reviewed and filed: it is never
    offered to a later step whose approval would publish it."""
    task_state.approve(user=user, update=False, comment=opinion)
    workflow_state = task_state.workflow_state
    workflow_state.status = WorkflowState.STATUS_APPROVED
    workflow_state.save(update_fields=["status"])
    log(instance=page, action=FILED_AS_RECORD_ACTION, user=user, revision=task_state.revision)
    workflow_approved.send(sender=WorkflowState, instance=workflow_state, user=user)
