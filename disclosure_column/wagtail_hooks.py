from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks

from wagtail.snippets.models import register_snippet

from gongkai.disclosure_pages.wagtail_hooks import ItemReportMenuItem

from . import reports
from .mandatory_report import mandatory_report
from .constants import AWAITS_POLICY_LOG_ACTION, PUBLISHED_WITH_POLICY_LOG_ACTION
from .snippets import DisclosureGuideViewSet, MandatoryCategoryViewSet, OrganProfileViewSet
from .interpretations import interpretation_before_policy_refusal, policy_without_interpretation_refusal, review_companions

hooks.register("check_disclosure_publication", policy_without_interpretation_refusal)
hooks.register("check_disclosure_publication", interpretation_before_policy_refusal)
hooks.register("secrecy_review_companions", review_companions)


@hooks.register("register_admin_urls")
def register_report_urls():
    patterns = reports.urlpatterns + [path("mandatory/", mandatory_report, name="mandatory")]
    return [path("column/", include((patterns, "disclosure_column"), namespace="disclosure_column"))]


@hooks.register("register_reports_menu_item")
def register_interpretation_report_menu_item():
    return ItemReportMenuItem(
        gettext_lazy("Policies without interpretation"), reverse("disclosure_column:interpretations"), icon_name="help", order=720
    )


@hooks.register("register_log_actions")
def register_column_log_actions(actions):
    actions.register_action(
        PUBLISHED_WITH_POLICY_LOG_ACTION, gettext_lazy("Published with its policy"), gettext_lazy("Published with its policy")
    )
    actions.register_action(
        AWAITS_POLICY_LOG_ACTION,
        gettext_lazy("Approved, goes live with its policy"),
        gettext_lazy("Approved, goes live with its policy"),
    )


register_snippet(OrganProfileViewSet)
register_snippet(DisclosureGuideViewSet)
register_snippet(MandatoryCategoryViewSet)


@hooks.register("register_reports_menu_item")
def register_mandatory_report_menu_item():
    return ItemReportMenuItem(
        gettext_lazy("Statutory disclosure categories to update"), reverse("disclosure_column:mandatory"), icon_name="list-ul", order=721
    )
