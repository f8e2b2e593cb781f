"""Permissions-Policy: the browser features no page of the site may use (camera, location …)."""
from django.conf import settings


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.GONGKAI_PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.GONGKAI_PERMISSIONS_POLICY)
        return response
