"""The one case a browser session has opened with its number and 查询码."""
from django.http import Http404

from ..models import DisclosureRequest

TRACKED_SESSION_KEY = "gongkai_requests_tracked"


def remember_case(request, case):
    # A fresh session key: whoever knew the old one (a shared computer) gains nothing.
    request.session.cycle_key()
    request.session[TRACKED_SESSION_KEY] = case.pk


def tracked_case(request):
    pk = request.session.get(TRACKED_SESSION_KEY)
    case = DisclosureRequest.objects.select_related("organ").filter(pk=pk).first() if pk else None
    if case is None:
        raise Http404
    return case
