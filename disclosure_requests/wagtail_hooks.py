from wagtail import hooks

from .viewsets import RequestCasesViewSet, RequestOfficeViewSet


@hooks.register("register_admin_viewset")
def register_request_viewsets():
    return [RequestCasesViewSet(), RequestOfficeViewSet()]

