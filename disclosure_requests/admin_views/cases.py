"""The inbox (open cases by due date, with urgency colours) and one case: its data, timeline,
notices, released files and the steps open to it. Each step posts to `take_step`, which builds
the action and runs it; a released file is attached through `attach`."""
from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _, gettext_lazy
from django.views.decorators.http import require_POST

from ..action_forms import STEPS, steps_open_to
from ..actions.base import CaseActionError
from ..actions.release_files import AddReleasedFile
from ..choices import OPEN_STATUSES, Status
from ..masking import masked_certificate
from ..permissions import cases_visible_to
from ..table_cells import cases_in_cell, cell_from_query
from ..urgency import urgency, urgency_label
from .access import require_office, visible_case

INBOX_SIZE = 200


def inbox(request):
    require_office(request)
    show_closed = request.GET.get("closed") == "1"
    cases = cases_visible_to(request.user).select_related("organ")
    cell = cell_from_query(request.GET)
    if cell is not None:
        # An annual report's cell followed to the cases it counts, whatever their status.
        cases = cases_in_cell(cases, cell).order_by("pk")
    elif show_closed:
        cases = cases.filter(status=Status.CLOSED).order_by("-closed_on", "-pk")
    else:
        cases = cases.filter(status__in=OPEN_STATUSES).order_by("due_date", "pk")
    rows = [
        {
            "case": case,
            "certificate": masked_certificate(case.certificate_number),
            "urgency": urgency(case),
            "urgency_label": urgency_label(urgency(case)),
        }
        for case in cases[:INBOX_SIZE]
    ]
    return TemplateResponse(
        request,
        "disclosure_requests/admin/inbox.html",
        {"rows": rows, "show_closed": show_closed, "cell": cell, "page_title": _("Disclosure requests")},
    )


class AttachForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title of the released file"), max_length=200)
    upload = forms.FileField(label=gettext_lazy("File to release"))


def case_detail(request, pk, forms=None, attach_form=None):
    case = visible_case(request, pk)
    forms = forms or {}
    steps = [(name, label, forms.get(name) or form(case=case, prefix=name)) for name, label, form in steps_open_to(case)]
    return TemplateResponse(
        request,
        "disclosure_requests/admin/case.html",
        {
            "case": case,
            "events": case.events.select_related("user"),
            "notices": case.notices.all(),
            "released_files": case.released_files.select_related("added_by", "reviewed_by", "refused_by"),
            "attach_form": attach_form or (AttachForm() if case.is_open else None),
            "steps": steps,
            "urgency": urgency(case),
            "urgency_label": urgency_label(urgency(case)),
            "page_title": case.number,
        },
    )


@require_POST
def take_step(request, pk, step):
    case = visible_case(request, pk)
    if step not in STEPS:
        raise Http404
    form = STEPS[step][1](request.POST, case=case, prefix=step)
    if form.is_valid():
        try:
            form.action(request.user).execute()
        except CaseActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("%(step)s: done.") % {"step": STEPS[step][0]})
            return redirect(reverse("disclosure_requests:case", args=[case.pk]))
    messages.error(request, _("The step was not taken; see the form below."))
    return case_detail(request, pk, forms={step: form})


@require_POST
def attach(request, pk):
    case = visible_case(request, pk)
    form = AttachForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            AddReleasedFile(case, user=request.user, title=data["title"], upload=data["upload"]).execute()
        except CaseActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The file is attached and awaits the secrecy review."))
            return redirect(reverse("disclosure_requests:case", args=[case.pk]))
    messages.error(request, _("The file was not attached; see the form below."))
    return case_detail(request, pk, attach_form=form)
