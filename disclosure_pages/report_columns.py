"""Columns of the catalogue and deadline reports: dates as dates, a dash for nothing, deadline states."""
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

PUBLISHED_LATE = _("Published late")
OVERDUE_UNPUBLISHED = _("Overdue, not published")
DUE_SOON = _("Due soon")


class ValueColumn(Column):
    """A value, or "—" where there is none (never "None")."""

    cell_template_name = "disclosure_pages/tables/value_cell.html"


class CalendarDateColumn(Column):
    """A date as a date (2025-03-18): Wagtail's DateColumn says "5 小时，50 分钟 之前", which
    means nothing for a due date or a publication date."""

    cell_template_name = "disclosure_pages/tables/calendar_date_cell.html"


def deadline_state(item, today):
    """Where an item stands against its disclosure deadline: late, overdue, due soon, or None."""
    due = item.disclosure_due_date
    if due is None:
        return None
    if item.published_date is not None:
        return PUBLISHED_LATE if item.published_date > due else None
    return OVERDUE_UNPUBLISHED if due < today else DUE_SOON


class DeadlineStateColumn(Column):
    cell_template_name = "disclosure_pages/tables/deadline_state_cell.html"

    def get_value(self, instance):
        return deadline_state(instance, timezone.localdate())
