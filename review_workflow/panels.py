"""The reviewer's dashboard panel: items awaiting my review, most urgent first."""
import datetime

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState

from disclosure_pages.models import DisclosureItemPage

from .models import SecrecyReviewRecord
from .review_rules import awaiting_determination

SOON_DAYS = 5


def urgency(due_date, today):
    if due_date is None:
        return "none"
    if due_date < today:
        return "overdue"
    if due_date <= today + datetime.timedelta(days=SOON_DAYS):
        return "soon"
    return "later"


def last_approved_revision_id(page):
    """The revision a reviewer last passed, else the live one: what to compare the draft with."""
    record = (
        SecrecyReviewRecord.objects.passing()
        .filter(page_id=page.pk, revision_id__isnull=False)
        .order_by("-sequence")
        .first()
    )
    if record:
        return record.revision_id
    return page.live_revision_id


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
            rows.append(
                {
                    "page": page,
                    "task": state.task,
                    "due_date": page.disclosure_due_date,
                    "urgency": urgency(page.disclosure_due_date, today),
                    "awaiting_determination": awaiting_determination(page, latest),
                    "compare_from": last_approved_revision_id(page),
                    "latest_revision_id": latest.pk if latest else None,
                }
            )
        return sorted(rows, key=lambda row: (row["due_date"] is None, row["due_date"] or today))

    def get_context_data(self, parent_context):
        return {"rows": self.rows(), "request": parent_context.get("request")}
