from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.actions import action_registry
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState


class UnknownDecision(PermissionDenied):
    """A workflow action the secrecy review task does not know."""


class SecrecyReviewTask(AbstractGroupApprovalTask):
    """保密审查: a workflow step only the organ's secrecy reviewers complete, with a structured
    form, an automated scan and a ledger record bound to the reviewed content."""

    organ = models.ForeignKey(
        "disclosure_pages.Organ",
        verbose_name=_("disclosing organ"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="secrecy_review_tasks",
        help_text=_("Items of other organs are refused at this step. Leave empty to review any organ's items."),
    )

    admin_form_fields = Task.admin_form_fields + ["organ", "groups"]

    class Meta:
        verbose_name = _("Secrecy review task")
        verbose_name_plural = _("Secrecy review tasks")

    @classmethod
    def get_description(cls):
        return _("The organ's secrecy reviewers review the content with a checklist and a conclusion")

    def reviews_organ_of(self, obj):
        """Wagtail hands the workflow views a base Page: ask its specific item for the organ."""
        obj = getattr(obj, "specific_deferred", obj)
        return self.organ_id is None or getattr(obj, "organ_id", None) == self.organ_id

    def is_reviewer(self, user):
        """Only members of the task's groups review; superusers are no exception (谁公开、谁审查)."""
        return user.is_active and self._user_in_groups(user)

    # The decisions Wagtail's workflow dialog offers, in its order. Their action classes are
    # registered in Wagtail's action registry (wagtail_hooks, register_actions), so the task
    # dispatches to them without importing them (they import this module for the ledger).
    dialog_decisions = ("reject", "approve")

    def decision_action(self, name):
        return action_registry.get_action_class(type(self), name)

    def get_actions(self, obj, user):
        obj = getattr(obj, "specific_deferred", obj)
        revision = obj.get_latest_revision()
        decisions = [self.decision_action(name) for name in self.dialog_decisions]
        return [
            (decision.action_name, decision.label, True)
            for decision in decisions
            if decision.is_offered(self, obj, revision, user)
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if self.is_reviewer(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()

    def get_form_for_action(self, action):
        decision = self.decision_action(action) if action in self.dialog_decisions else None
        return decision.form_class if decision else None

    def get_template_for_action(self, action):
        return "review_workflow/secrecy_review_modal.html"

    def on_action(self, task_state, user, action_name, **kwargs):
        decision = self.decision_action(action_name) if action_name in self.dialog_decisions else None
        if decision is None:
            raise UnknownDecision(_("Unknown review action."))
        # Nothing returned: Wagtail's workflow view takes a return value as the URL to go to next.
        decision(task_state, user=user, data=kwargs, task=self).execute()
