"""A case's notices as they were issued, for the organ's handlers and leaders."""
from django.http import Http404

from ..models import CaseNotice
from ..permissions import cases_visible_to
from ..public.case_notices import notice_response
from .access import require_office


def serve_notice(request, token, extension):
    require_office(request)
    notice = CaseNotice.objects.filter(token=token, request__in=cases_visible_to(request.user)).first()
    if notice is None:
        raise Http404
    return notice_response(notice, extension)
