"""The admin's 依申请公开 section: a ViewSet per concern (cases; the secrecy review of released
files; the organs' request offices)."""
from django.urls import path, re_path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import cases, notices, proofs, registration, released_files, tools
from .constants import HANDLE_PERMISSION
from .models import RequestOffice
from .permissions import offices_of, organs_reviewed_by


CASE_PERMISSION = f"disclosure_requests.{HANDLE_PERMISSION}"
REVIEWER_PERMISSION = "review_workflow.view_secrecyreviewrecord"


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
            path("<int:pk>/released-files/", cases.attach, name="attach"),
            re_path(r"^notice/(?P<token>[A-Za-z0-9_-]+)\.(?P<extension>pdf|docx)$", notices.serve_notice, name="notice"),
        ]


class ReviewerMenuItem(MenuItem):
    def is_shown(self, request):
        # Asked on every admin page: only holders of the reviewers' ledger permission (given to
        # secrecy-reviewer groups by review_workflow.organ_workflows) cost a query. Superusers are
        # no reviewers by rank (谁公开、谁审查), so they are not asked.
        user = request.user
        return not user.is_superuser and user.has_perm(REVIEWER_PERMISSION) and organs_reviewed_by(user).exists()


class ReleaseReviewViewSet(ViewSet):
    """The organ's secrecy reviewers review the files released with replies (先审查、后公开)."""

    name = "release_reviews"
    icon = "lock"
    menu_icon = "lock"
    menu_label = _("Released files to review")
    menu_order = 251
    add_to_admin_menu = True
    menu_url = reverse_lazy("release_reviews:list")
    menu_item_class = ReviewerMenuItem

    def get_urlpatterns(self):
        return [
            path("", released_files.review_list, name="list"),
            path("<str:token>/", released_files.review, name="review"),
            path("<str:token>/decide/<slug:decision>/", released_files.decide, name="decide"),
            path("<str:token>/file/", released_files.serve_file, name="file"),
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
