"""The admin's 依申请公开 section: a ViewSet per concern (cases; the organs' request offices)."""
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import cases, proofs, registration, tools
from .constants import HANDLE_PERMISSION
from .models import RequestOffice
from .permissions import offices_of


CASE_PERMISSION = f"disclosure_requests.{HANDLE_PERMISSION}"


class CasesMenuItem(MenuItem):
    def is_shown(self, request):
        # Asked on every admin page: only the members of an office's groups, who hold the case
        # permission (signal_handlers.office_saved), cost a query; the permission check is cached.
        user = request.user
        return user.is_superuser or (user.has_perm(CASE_PERMISSION) and offices_of(user).exists())


class RequestCasesViewSet(ViewSet):
    """Only the cases of the user's organs: the views filter by permissions.cases_visible_to."""

    name = "disclosure_requests"
    icon = "mail"
    menu_icon = "mail"
    menu_label = _("Disclosure requests")
    menu_order = 250
    add_to_admin_menu = True
    menu_url = reverse_lazy("disclosure_requests:inbox")
    menu_item_class = CasesMenuItem

    def get_urlpatterns(self):
        return [
            path("", cases.inbox, name="inbox"),
            path("<int:pk>/", cases.case_detail, name="case"),
            path("<int:pk>/step/<slug:step>/", cases.take_step, name="take_step"),
            path("register/", registration.register, name="register"),
            path("calculator/", tools.calculator, name="calculator"),
            path("export/", tools.export_register, name="export"),
            path("proof/<str:token>/", proofs.serve_proof, name="proof"),
        ]


class RequestOfficeViewSet(ModelViewSet):
    """Each organ's periods and groups; managed by administrators (model permissions)."""

    model = RequestOffice
    name = "request_offices"
    icon = "cog"
    menu_label = _("Request offices")
    add_to_settings_menu = True
    list_display = ["organ", "reply_working_days", "extension_working_days"]
    copy_view_enabled = False
