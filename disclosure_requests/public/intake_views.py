"""The request form at /requests/apply/, the receipt (查询码 shown once) and the printable 回执."""
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from ..actions.base import CaseActionError
from ..actions.register import RegisterRequest
from ..choices import Channel
from ..deadlines import reply_deadline
from ..models import DisclosureRequest
from .already_public import public_items_matching
from .case_notices import notice_response
from .forms import RequestForm
from .rate_limits import client_address, record_submission, submissions_exhausted

RECEIPT_SESSION_KEY = "gongkai_requests_receipt"
CODE_SESSION_KEY = "gongkai_requests_code"


class ApplyView(View):
    template_name = "disclosure_requests/public/apply.html"

    def get(self, request):
        initial = {"organ": request.GET.get("organ")} if request.GET.get("organ", "").isdigit() else {}
        return self.show(request, RequestForm(initial=initial))

    def post(self, request):
        form = RequestForm(request.POST, request.FILES)
        address = client_address(request)
        if submissions_exhausted(address):
            return self.show(request, form, status=429, refused=_(
                "Too many requests were submitted from your network recently. Please try again later, "
                "or send the request by post or in person."
            ))
        if not form.is_valid():
            return self.show(request, form)
        public_items = public_items_matching(form.cleaned_data["document_number"], form.cleaned_data["index_number"])
        if public_items and not form.cleaned_data["submit_although_public"]:
            return self.show(request, form, public_items=public_items)
        action = RegisterRequest(form.new_case(channel=Channel.ONLINE), proof=form.cleaned_data["proof"])
        try:
            case = action.execute()
        except (CaseActionError, ValidationError) as error:
            return self.show(request, form, refused=" ".join(getattr(error, "messages", [str(error)])))
        record_submission(address)
        request.session[RECEIPT_SESSION_KEY] = case.pk
        request.session[CODE_SESSION_KEY] = action.tracking_code
        return redirect("requests_public:receipt")

    def show(self, request, form, status=200, refused="", public_items=()):
        context = {"form": form, "refused": refused, "public_items": public_items}
        return render(request, self.template_name, context, status=status)


def receipt_case(request):
    """The request this browser just submitted; nobody else's."""
    pk = request.session.get(RECEIPT_SESSION_KEY)
    case = DisclosureRequest.objects.select_related("organ").filter(pk=pk).first() if pk else None
    if case is None:
        raise Http404
    return case


def receipt(request):
    case = receipt_case(request)
    # Shown once: a reload, or anyone later at this browser, no longer sees the code.
    code = request.session.pop(CODE_SESSION_KEY, None)
    context = {"case": case, "tracking_code": code, "deadline": reply_deadline(case)}
    return render(request, "disclosure_requests/public/receipt.html", context)


def receipt_notice(request, extension):
    """The 回执 as it was issued at registration."""
    notice = receipt_case(request).notices.filter(kind="receipt").first()
    if notice is None:
        raise Http404
    return notice_response(notice, extension)
