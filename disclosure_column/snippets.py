"""The column's editable data in the admin: organ profiles (机构概况) and disclosure guides (公开指南)."""
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import DisclosureGuide, MandatoryCategory, OrganProfile


class ReviewOverdueColumn(Column):
    def get_value(self, instance):
        return _("Not reviewed for over a year") if instance.review_overdue else "—"


class OrganProfileViewSet(SnippetViewSet):
    model = OrganProfile
    icon = "site"
    menu_label = _("Organ profiles")
    add_to_admin_menu = False
    list_display = ["organ"]


class DisclosureGuideViewSet(SnippetViewSet):
    model = DisclosureGuide
    icon = "doc-full"
    menu_label = _("Disclosure guides")
    add_to_admin_menu = False
    list_display = [
        "organ",
        DateColumn("updated_at", label=_("last updated")),
        DateColumn("reviewed_on", label=_("last reviewed")),
        ReviewOverdueColumn("review_overdue", label=_("Review")),
    ]


class MandatoryCategoryViewSet(SnippetViewSet):
    model = MandatoryCategory
    icon = "list-ul"
    menu_label = _("Statutory disclosure categories")
    add_to_admin_menu = False
    list_display = ["name", "basis", "update_interval_days"]
