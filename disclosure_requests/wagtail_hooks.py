from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .panels import ReleasedFilesToReviewPanel
from .viewsets import ReleaseReviewViewSet, RequestCasesViewSet, RequestOfficeViewSet


@hooks.register("register_admin_viewset")
def register_request_viewsets():
    return [RequestCasesViewSet(), ReleaseReviewViewSet(), RequestOfficeViewSet()]


@hooks.register("construct_homepage_panels")
def add_released_files_panel(request, panels):
    panels.append(ReleasedFilesToReviewPanel(request.user))


@hooks.register("insert_global_admin_css")
def urgency_colours():
    return format_html('<link rel="stylesheet" href="{}">', static("disclosure_requests/admin.css"))
