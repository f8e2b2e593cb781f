"""Admin report of 三同步: live policies that need an interpretation and have none public, or got
it later than the configured deadline after their own publication."""
import datetime

from django.urls import path
from django.utils.translation import gettext_lazy

from gongkai.disclosure_pages.models import DisclosureItemPage, PolicyInterpretationPage
from gongkai.disclosure_pages.views import DeadlineFilterSet, ItemReportView

from . import conf


def interpretation_dates(policy):
    """Publication dates of the policy's public interpretations."""
    return [
        page.published_date
        for page in PolicyInterpretationPage.objects.live().filter(interpreted_policies__policy=policy)
        if page.published_date
    ]


def lacks_timely_interpretation(policy):
    deadline = policy.published_date + datetime.timedelta(days=conf.get("GONGKAI_COLUMN_INTERPRETATION_DEADLINE_DAYS"))
    dates = interpretation_dates(policy)
    return not dates or min(dates) > deadline


def policies_lacking_interpretation(policies):
    candidates = policies.filter(live=True, needs_interpretation=True, no_interpretation_reason="", published_date__isnull=False)
    return [policy.pk for policy in candidates if lacks_timely_interpretation(policy)]


class InterpretationReportView(ItemReportView):
    page_title = gettext_lazy("Policies without a timely interpretation")
    header_icon = "help"
    filterset_class = DeadlineFilterSet
    index_url_name = "disclosure_column:interpretations"
    index_results_url_name = "disclosure_column:interpretations_results"

    def get_base_queryset(self):
        visible = super().get_base_queryset().exclude(pk__in=PolicyInterpretationPage.objects.values("pk"))
        return visible.filter(pk__in=policies_lacking_interpretation(DisclosureItemPage.objects.filter(pk__in=visible.values("pk"))))


urlpatterns = [
    path("interpretations/", InterpretationReportView.as_view(), name="interpretations"),
    path("interpretations/results/", InterpretationReportView.as_view(results_only=True), name="interpretations_results"),
]
