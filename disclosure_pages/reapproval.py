"""An edit after an approval needs the approval again, for disclosure items only.

Wagtail counts a workflow task once approved, whatever was edited afterwards, unless the site
sets WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT, which changes the workflows of every page and
snippet. An item keeps that guarantee by itself: a new revision voids the approvals given so far
in its running workflow, so once the current task is done the workflow returns to the first
task whose approval was voided. The approvals stay in the page history (Wagtail's log entries).
"""
from wagtail.models import TaskState

# The statuses Wagtail counts as done when it chooses a workflow's next task.
DONE = (TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED)


class RequiresReapprovalOnEdit:
    """Mixin of the item model."""

    def save_revision(self, *args, **kwargs):
        revision = super().save_revision(*args, **kwargs)
        TaskState.objects.filter(workflow_state__in=self.workflow_states.active(), status__in=DONE).update(
            status=TaskState.STATUS_CANCELLED
        )
        return revision
