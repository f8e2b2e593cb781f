"""Every case screen answers 404 for a case of another organ (it never says the case exists)
and 403 for a user of no request office; a superuser, who sees every case and the menu always,
gets the inbox even before any office is set up."""
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from ..permissions import cases_visible_to, offices_of


def require_office(request):
    if not (request.user.is_superuser or offices_of(request.user).exists()):
        raise PermissionDenied


def visible_case(request, pk):
    require_office(request)
    return get_object_or_404(cases_visible_to(request.user).select_related("organ"), pk=pk)
