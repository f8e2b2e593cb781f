"""/requests/track/: the number and 查询码 open one case for this browser session; wrong codes
are counted per address and per number, and every refusal reads the same whether or not the
number exists."""
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..actions.base import CaseActionError
from ..actions.correction import RecordCorrection
from ..actions.withdraw import WithdrawRequest
from ..deadlines import reply_deadline
from ..models import DisclosureRequest
from ..tracking_codes import new_tracking_code, tracking_code_matches
from .rate_limits import client_address, record_tracking_failure, tracking_locked
from ..choices import INTERNAL_EVENT_KINDS
from .case_notices import applicant_notices
from .release import released_files
from .tracking_session import remember_case, tracked_case
from .tracking_forms import CorrectionForm, LookupForm, WithdrawForm

# Compared against when the number does not exist, so a wrong number costs the same time as a
# wrong code (the hash of a code nobody holds).
UNKNOWN_NUMBER_HASH = new_tracking_code()[1]


def lookup(request):
    form = LookupForm(request.POST or None)
    refused = ""
    if request.method == "POST" and form.is_valid():
        case = open_case(request, form.cleaned_data["number"], form.cleaned_data["code"])
        if case is not None:
            remember_case(request, case)
            return redirect("requests_public:track_case")
        refused = _("The request number or the tracking code is wrong, or there were too many attempts. "
                    "Check both and try again later.")
    return render(request, "disclosure_requests/public/track.html", {"form": form, "refused": refused},
                  status=403 if refused else 200)


def open_case(request, number, code):
    """The case `number` if `code` opens it and neither the address nor the number is locked out."""
    address = client_address(request)
    if tracking_locked(address, number):
        return None
    case = DisclosureRequest.objects.filter(number=number).first()
    stand_in = case or DisclosureRequest(tracking_code_hash=UNKNOWN_NUMBER_HASH)
    matches = tracking_code_matches(stand_in, code)
    if case is not None and matches:
        return case
    record_tracking_failure(address, number)
    return None


def case_page(request, correction_form=None, withdraw_form=None, refused="", status=200):
    case = tracked_case(request)
    context = {
        "case": case,
        "events": case.events.exclude(kind__in=INTERNAL_EVENT_KINDS),
        "deadline": reply_deadline(case) if case.is_open else None,
        "released_files": released_files(case),
        "notices": applicant_notices(case),
        "correction_form": correction_form or CorrectionForm(initial={"description": case.description}),
        "withdraw_form": withdraw_form or WithdrawForm(),
        "refused": refused,
    }
    return render(request, "disclosure_requests/public/track_case.html", context, status=status)


@require_POST
def correct(request):
    case = tracked_case(request)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        return case_page(request, correction_form=form, status=400)
    action = RecordCorrection(case, description=form.cleaned_data["description"], by_applicant=True)
    return run_applicant_action(request, action, correction_form=form)


@require_POST
def withdraw(request):
    case = tracked_case(request)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        return case_page(request, withdraw_form=form, status=400)
    return run_applicant_action(request, WithdrawRequest(case, by_applicant=True), withdraw_form=form)


def run_applicant_action(request, action, **forms):
    try:
        action.execute()
    except CaseActionError as error:
        return case_page(request, refused=str(error), status=400, **forms)
    return redirect("requests_public:track_case")
