from wagtail import hooks

from .panels import ReleasedFilesToReviewPanel
from .viewsets import ReleaseReviewViewSet, RequestCasesViewSet, RequestOfficeViewSet


@hooks.register("register_admin_viewset")
def register_request_viewsets():
    return [RequestCasesViewSet(), ReleaseReviewViewSet(), RequestOfficeViewSet()]


@hooks.register("construct_homepage_panels")
def add_released_files_panel(request, panels):
    panels.append(ReleasedFilesToReviewPanel(request.user))

