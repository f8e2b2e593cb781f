from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import serving, views
from .constants import PUBLICATION_REFUSED_ACTION
from .actions import import_rows, set_up_organ
from .models import DisclosureItemPage, Genre, Organ, Topic, WorkingDayOverride
from .publication import GatedPublicationMixin, publication_refusal


class OrganViewSet(SnippetViewSet):
    model = Organ
    icon = "group"
    list_display = ["name", "short_name", "code", "parent"]
    search_fields = ["name", "short_name", "code"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "list-ul"
    list_display = ["name", "code", "parent"]
    list_filter = ["parent"]
    search_fields = ["name", "code"]


class GenreViewSet(SnippetViewSet):
    model = Genre
    icon = "tag"
    list_display = ["name", "code"]


class WorkingDayOverrideViewSet(SnippetViewSet):
    """The State Council holiday notice for years the calendar package does not know."""

    model = WorkingDayOverride
    icon = "date"
    list_display = ["date", "is_working_day", "note"]


class DisclosureTaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Disclosure")
    menu_icon = "folder-open-inverse"
    menu_order = 150
    items = (OrganViewSet, TopicViewSet, GenreViewSet, WorkingDayOverrideViewSet)


register_snippet(DisclosureTaxonomyGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("disclosure/", include((views.urlpatterns, "disclosure_pages"), namespace="disclosure_pages"))]


class ItemReportMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_catalogue_report_menu_item():
    return ItemReportMenuItem(
        _("Disclosure catalogue"), reverse("disclosure_pages:catalogue"), icon_name="folder-open-inverse", order=50
    )


@hooks.register("register_reports_menu_item")
def register_deadline_report_menu_item():
    return ItemReportMenuItem(
        _("Disclosure deadlines"), reverse("disclosure_pages:deadlines"), icon_name="time", order=51
    )


@hooks.register("register_log_actions")
def register_publication_log_actions(actions):
    actions.register_action(
        PUBLICATION_REFUSED_ACTION, _("Publication refused"), _("Publication refused")
    )
    imported = _("Imported from the legacy system")
    actions.register_action(import_rows.LOG_ACTION, imported, imported)
    actions.register_action(set_up_organ.LOG_ACTION, _("Organ set up"), _("Organ set up"))


@hooks.register("register_actions")
def register_disclosure_actions(registry):
    registry.register(DisclosureItemPage, import_rows.ImportRowsAction)
    registry.register(Organ, set_up_organ.SetUpOrganAction)


def refuse_in_admin(request, page, refusal):
    messages.error(request, refusal)
    return redirect(AdminURLFinder(request.user).get_edit_url(page) or "wagtailadmin_home")


@hooks.register("before_publish_page")
def refuse_publication_in_admin(request, page):
    """The Publish button (create, edit, revert, schedule) refuses with a message; the
    revision the editor typed is already saved, so nothing is lost."""
    page = page.specific
    if isinstance(page, GatedPublicationMixin):
        refusal = publication_refusal(page)
        if refusal:
            return refuse_in_admin(request, page, refusal)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publication(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    for page in objects:
        page = page.specific
        if not isinstance(page, GatedPublicationMixin):
            continue
        latest = page.get_latest_revision_as_object()
        refusal = publication_refusal(latest)
        if refusal:
            messages.error(request, f"{page.get_admin_display_title()}: {refusal}")
            return redirect(action_class_instance.next_url)
    return None


hooks.register("before_serve_page", serving.refuse_non_public_item)
hooks.register("before_serve_document", serving.refuse_non_public_document)
