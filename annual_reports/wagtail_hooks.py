from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks

# --- Quarterly statistics (w14b) ---------------------------------------------------------------
from .quarterly.menu import QuarterlyStatisticsMenuItem
from .quarterly.views import quarterly_statistics


@hooks.register("register_admin_urls")
def register_quarterly_statistics_urls():
    patterns = [path("", quarterly_statistics, name="statistics")]
    return [path("annual-reports/quarterly/", include((patterns, "annual_reports_quarterly"), namespace="annual_reports_quarterly"))]


@hooks.register("register_reports_menu_item")
def register_quarterly_statistics_menu_item():
    return QuarterlyStatisticsMenuItem(
        gettext_lazy("Quarterly statistics"), reverse("annual_reports_quarterly:statistics"), icon_name="table", order=730
    )
# --- end of quarterly statistics ---------------------------------------------------------------
