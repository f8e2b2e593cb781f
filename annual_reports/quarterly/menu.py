"""The admin menu entry of the quarterly statistics, shown to those who work for an organ."""
from wagtail.admin.menu import MenuItem

from gongkai.disclosure_requests.constants import HANDLE_PERMISSION

from .access import organs_for_statistics

# Held by request handlers and by secrecy reviewers and leaders (review_workflow.organ_workflows):
# the menu is asked on every admin page, and only holders of one of these cost a query.
STAFF_PERMISSIONS = (f"disclosure_requests.{HANDLE_PERMISSION}", "review_workflow.view_secrecyreviewrecord")


class QuarterlyStatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        if user.is_superuser:
            return True
        return any(user.has_perm(permission) for permission in STAFF_PERMISSIONS) and organs_for_statistics(user).exists()
