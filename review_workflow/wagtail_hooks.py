import logging

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from gongkai.disclosure_pages.constants import PUBLICATION_LOGGER
from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage, DisclosureItemPage
from gongkai.disclosure_pages.publication import GatedPublicationMixin

from . import admin_urls
from .actions.record_determination import RecordDeterminationAction
from .actions.record_review import RecordReviewAction
from .actions.request_changes import RequestChangesAction
from .actions.withdraw import WithdrawItemAction
from .admin_isolation import pages_visible_to
from .constants import FILED_AS_RECORD_ACTION, SECRECY_REVIEW_ACTION, WITHDRAW_ACTION
from .edit_page_decisions import edit_page_refusal
from .gate import has_passing_review, secrecy_review_refusals_among
from .legacy import record_legacy_review
from .models import SecrecyReviewTask
from .panels import AwaitingMyReviewPanel, OtherObjectsToModeratePanel, UnreviewableItemsPanel
from .withdrawal import may_withdraw

logger = logging.getLogger(PUBLICATION_LOGGER)


@hooks.register("check_disclosure_publication_among")
def require_secrecy_review(pages):
    """先审查、后公开: the model's save asks this on every path that makes content live (and
    the admin's publish hooks ask it first, to answer with a message); a result list asks it
    once for all its hits."""
    refusals = secrecy_review_refusals_among(pages)
    for page, refusal in zip(pages, refusals):
        if refusal:
            logger.warning("Secrecy review gate refused page %s (%s)", page.pk, page.title)
    return refusals


def publish_would_be_refused(context):
    if context["view"] == "create":
        return isinstance(context["parent_page"].specific, DisclosureCatalogueIndexPage)
    page = context.get("page")
    return isinstance(page, GatedPublicationMixin) and not has_passing_review(page)


@hooks.register("construct_page_action_menu")
def hide_publish_without_review(menu_items, request, context):
    """Hide Publish where the gate would refuse it: new items and unreviewed drafts. The gate
    itself still refuses any publication that gets past this (superusers included)."""
    if publish_would_be_refused(context):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


class WithdrawMenuItem(ActionMenuItem):
    name = "action-withdraw"
    label = _("Withdraw")
    icon_name = "cross"
    order = 60

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and isinstance(page, GatedPublicationMixin)
            and may_withdraw(page, context["request"].user)
        )

    def get_url(self, context):
        return reverse("review_workflow:withdraw", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_withdraw_menu_item():
    return WithdrawMenuItem()


@hooks.register("register_page_listing_more_buttons")
def withdraw_listing_button(page, user, next_url=None):
    specific = page.specific_deferred
    if isinstance(specific, GatedPublicationMixin) and may_withdraw(specific, user):
        yield Button(
            _("Withdraw"),
            reverse("review_workflow:withdraw", args=[page.pk]),
            icon_name="cross",
            priority=45,
        )


@hooks.register("before_edit_page")
def explain_refused_review_on_edit_page(request, page):
    return edit_page_refusal(request, page)


@hooks.register("construct_homepage_panels")
def add_awaiting_my_review_panel(request, panels):
    # Items leave Wagtail's "awaiting your review" panel (ours lists them with their due dates);
    # everything else stays in it.
    panels[:] = [
        OtherObjectsToModeratePanel() if getattr(panel, "name", "") == "workflow_objects_to_moderate" else panel
        for panel in panels
    ]
    panels.append(AwaitingMyReviewPanel(request.user))
    panels.append(UnreviewableItemsPanel(request.user))


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("secrecy-review/", include((admin_urls.urlpatterns, "review_workflow")))]


class LedgerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("review_workflow.view_secrecyreviewrecord")


@hooks.register("register_reports_menu_item")
def register_ledger_menu_item():
    return LedgerMenuItem(
        _("Secrecy review ledger"),
        reverse("review_workflow:ledger"),
        name="secrecy-review-ledger",
        icon_name="clipboard-list",
        order=50,
    )


@hooks.register("before_legacy_publication")
def record_review_of_legacy_item(revision, reviewer, basis):
    """An imported item published as it was in the legacy system passes the gate on the
    legacy review record, which names who answers for it."""
    record_legacy_review(revision, reviewer, basis)


@hooks.register("register_actions")
def register_review_workflow_actions(registry):
    """Where Wagtail looks for actions: SecrecyReviewTask dispatches its decisions through here."""
    for action_class in (RequestChangesAction, RecordReviewAction, RecordDeterminationAction):
        registry.register(SecrecyReviewTask, action_class)
    registry.register(DisclosureItemPage, WithdrawItemAction)


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    actions.register_action(SECRECY_REVIEW_ACTION, _("Secrecy review recorded"), _("Secrecy review recorded"))
    actions.register_action(WITHDRAW_ACTION, _("Withdrawn"), _("Withdrawn"))
    actions.register_action(FILED_AS_RECORD_ACTION, _("Reviewed and filed as a record"), _("Reviewed and filed as a record"))


@hooks.register("construct_page_chooser_queryset")
def hide_other_organs_items_in_the_chooser(pages, request):
    """The chooser lists (browse and search) only items the user may read (admin_isolation)."""
    return pages_visible_to(request.user, pages)


@hooks.register("construct_explorer_page_queryset")
def hide_other_organs_items_in_the_explorer(parent_page, pages, request):
    return pages_visible_to(request.user, pages)
