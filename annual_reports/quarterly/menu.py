"""The admin menu entry of the quarterly statistics, shown to those who work for an organ."""
from wagtail.admin.menu import MenuItem

from .access import organs_for_statistics


class QuarterlyStatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return organs_for_statistics(request.user).exists()
