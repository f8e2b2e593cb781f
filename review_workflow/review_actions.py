"""The secrecy reviewer's decisions, each an action with check() and execute(): who may take
it is asked apart from doing it, and doing it is one transaction under a row lock on the
task, so of two decisions taken at once exactly one is recorded and moves the workflow on."""
import logging

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import workflow_approved

from .acknowledgements import acknowledged_summary
from .choices import PASSING_CONCLUSIONS, Conclusion, RecordKind
from .constants import FILED_AS_RECORD_ACTION, REVIEW_LOGGER
from .fingerprints import revision_fingerprint
from .forms import RequestChangesForm, SecrecyReviewForm
from .ledger import append_record
from .review_rules import ReviewRefused, awaiting_determination, completed_step_message, reviewer_refusal

logger = logging.getLogger(REVIEW_LOGGER)


def available_review_actions(task, page, user):
    revision = page.get_latest_revision()
    if reviewer_refusal(task, page, revision, user):
        return []
    if awaiting_determination(page, revision):
        return [("reject", gettext_lazy("Request changes"), True)]
    return [
        ("reject", gettext_lazy("Request changes"), True),
        ("approve", gettext_lazy("Review and approve"), True),
    ]


def locked_task_state(task_state):
    """The task's state and its workflow's state, locked until the transaction ends."""
    state = TaskState.objects.select_for_update().get(pk=task_state.pk)
    list(WorkflowState.objects.select_for_update().filter(pk=state.workflow_state_id))
    if state.status != TaskState.STATUS_IN_PROGRESS:
        raise ReviewRefused(completed_step_message(state))
    return state


def errors_of(form):
    return "；".join(str(error) for errors in form.errors.values() for error in errors)


class ReviewAction:
    """A decision on a task state by a user; subclasses say what the decision records."""

    def __init__(self, task, task_state, user, data):
        self.task = task
        self.task_state = task_state
        self.user = user
        self.data = data
        self.page = task_state.workflow_state.content_object.specific

    def check(self):
        refusal = reviewer_refusal(self.task, self.page, self.page.get_latest_revision(), self.user)
        if refusal:
            logger.warning("Secrecy review by %s on page %s refused: %s", self.user, self.page.pk, refusal)
            raise ReviewRefused(refusal)

    def execute(self):
        with transaction.atomic():
            self.task_state = locked_task_state(self.task_state)
            self.page = self.task_state.workflow_state.content_object.specific
            self.check()
            return self._execute()

    def _execute(self):
        raise NotImplementedError


class RequestChangesAction(ReviewAction):
    def _execute(self):
        form = RequestChangesForm(self.data)
        if not form.is_valid():
            raise ReviewRefused(errors_of(form))
        self.task_state.reject(user=self.user, comment=form.cleaned_data["opinion"])


class ReviewDecisionAction(ReviewAction):
    """保密审查意见: the conclusion on the revision the reviewer was shown, with the checklist and
    every scan finding acknowledged, recorded in the ledger."""

    def _execute(self):
        form = SecrecyReviewForm(self.data, page=self.page)
        if not form.is_valid():
            raise ReviewRefused(_("The secrecy review was not recorded: %(errors)s") % {"errors": errors_of(form)})
        cleaned = form.cleaned_data
        opinion = cleaned["opinion"].strip()
        append_record(
            self.page,
            self.user,
            kind=RecordKind.REVIEW,
            revision=form.revision,
            fingerprint=revision_fingerprint(form.revision),
            checklist=sorted(cleaned["checklist"]),
            conclusion=cleaned["conclusion"],
            opinion=opinion,
            override_reason=cleaned["override_reason"].strip(),
            scan_summary=acknowledged_summary(form.scan_findings(), cleaned["acknowledged"]),
        )
        decide(self.task_state, self.page, self.user, cleaned["conclusion"], opinion)


def decide(task_state, page, user, conclusion, opinion):
    """A passing conclusion approves the step; 不予公开 sends the item back; filing ends the
    workflow as a record; an escalation keeps the step open until the determination."""
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


REVIEW_ACTIONS = {"approve": ReviewDecisionAction, "reject": RequestChangesAction}


def perform_review_action(task, task_state, user, action_name, data):
    action_class = REVIEW_ACTIONS.get(action_name)
    if action_class is None:
        raise ReviewRefused(_("Unknown review action."))
    return action_class(task, task_state, user, data).execute()
