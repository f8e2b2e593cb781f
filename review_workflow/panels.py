"""The reviewer's dashboard panels: items awaiting my review, most urgent first; Wagtail's own
"awaiting your review" panel for everything else; items no reviewer may review."""
import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import TaskState

from gongkai.disclosure_pages.models import DisclosureItemPage

from .models import OrganReviewGroups, SecrecyReviewRecord, SecrecyReviewTask
from .review_rules import pending_referral, reviewer_refusal

SOON_DAYS = 5


def urgency(due_date, today):
    if due_date is None:
        return "none"
    if due_date < today:
        return "overdue"
    if due_date <= today + datetime.timedelta(days=SOON_DAYS):
        return "soon"
    return "later"


def last_approved_revision_id(page, latest_id):
    """The last revision a reviewer passed other than the one under review, else the live one:
    what to compare the draft with (None if there is nothing earlier)."""
    record = (
        SecrecyReviewRecord.objects.passing()
        .filter(page_id=page.pk, revision_id__isnull=False)
        .exclude(revision_id=latest_id)
        .order_by("-sequence")
        .first()
    )
    if record:
        return record.revision_id
    return page.live_revision_id if page.live_revision_id != latest_id else None


class AwaitingMyReviewPanel(Component):
    name = "awaiting_my_review"
    template_name = "review_workflow/awaiting_my_review_panel.html"
    order = 90

    def __init__(self, user):
        self.user = user

    def rows(self):
        today = timezone.localdate()
        states = (
            TaskState.objects.reviewable_by(self.user)
            .select_related("workflow_state", "task", "revision")
            .order_by("started_at")
        )
        rows = []
        for state in states:
            page = state.workflow_state.content_object
            if not isinstance(page, DisclosureItemPage):
                page = getattr(page, "specific", page)
            if not isinstance(page, DisclosureItemPage):
                continue
            latest = page.get_latest_revision()
            task = state.task.specific
            actions = task.get_actions(page, self.user)
            refusal = None
            if not actions and isinstance(task, SecrecyReviewTask):
                refusal = reviewer_refusal(task, page, latest, self.user)
            rows.append(
                {
                    "page": page,
                    "task": task,
                    "task_state": state,
                    "actions": actions,
                    "refusal": refusal,
                    "due_date": page.disclosure_due_date,
                    "urgency": urgency(page.disclosure_due_date, today),
                    "awaiting_determination": pending_referral(page, latest) is not None,
                    "compare_from": last_approved_revision_id(page, latest.pk if latest else None),
                    "latest_revision_id": latest.pk if latest else None,
                }
            )
        return sorted(rows, key=lambda row: (row["due_date"] is None, row["due_date"] or today))

    def get_context_data(self, parent_context):
        return {"rows": self.rows(), "request": parent_context.get("request")}


class OtherObjectsToModeratePanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "awaiting your review" panel without the items, which AwaitingMyReviewPanel
    lists with their due dates: other pages and snippets stay where Wagtail puts them."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["states"] = [state for state in context["states"] if not isinstance(state["obj"], DisclosureItemPage)]
        return context


def item_of(task_state):
    page = task_state.workflow_state.content_object
    return getattr(page, "specific", page)


def no_eligible_reviewer(task, page):
    """Whether every active member of the step's groups is kept from reviewing `page`."""
    revision = page.get_latest_revision()
    members = get_user_model().objects.filter(groups__in=task.groups.all(), is_active=True).distinct()
    return all(reviewer_refusal(task, page, revision, member) for member in members)


class UnreviewableItemsPanel(Component):
    """For an organ's leaders: items at the secrecy review that no member of the reviewers'
    group may review (each wrote or submitted it), so the workflow cannot move on."""

    name = "unreviewable_items"
    template_name = "review_workflow/unreviewable_items_panel.html"
    order = 80

    def __init__(self, user):
        self.user = user

    def led_organ_groups(self):
        groups = OrganReviewGroups.objects.select_related("organ", "secrecy_reviewers")
        return groups if self.user.is_superuser else groups.filter(leaders__user=self.user)

    def rows(self):
        reviewer_groups = {entry.organ_id: entry.secrecy_reviewers for entry in self.led_organ_groups()}
        states = TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            task_id__in=SecrecyReviewTask.objects.filter(organ_id__in=reviewer_groups).values("pk"),
        ).select_related("workflow_state", "task")
        rows = []
        for state in states:
            page, task = item_of(state), state.task.specific
            if isinstance(page, DisclosureItemPage) and no_eligible_reviewer(task, page):
                rows.append({"page": page, "organ": page.organ, "group": reviewer_groups[task.organ_id]})
        return rows

    def get_context_data(self, parent_context):
        return {"rows": self.rows()}
