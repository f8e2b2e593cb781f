"""Registering a request received by letter, fax, e-mail or in person, with its receipt date
as Art. 31 fixes it."""
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _, gettext_lazy

from ..actions.base import CaseActionError
from ..actions.register import RegisterRequest
from ..choices import Channel
from ..models import DisclosureRequest
from ..permissions import offices_of
from ..receipt_dates import receipt_date_question
from .access import require_office


class RegistrationForm(forms.ModelForm):
    proof = forms.FileField(label=gettext_lazy("Identity proof"), required=False)

    class Meta:
        model = DisclosureRequest
        fields = [
            "organ", "channel", "received_on", "applicant_kind", "applicant_name", "legal_representative",
            "contact_person", "certificate_type", "certificate_number", "phone", "email", "postal_address",
            "postal_code", "description", "document_number", "index_number", "delivery_form",
        ]
        widgets = {"received_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), "description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organ"].queryset = self.fields["organ"].queryset.filter(pk__in=offices_of(user).values("organ"))
        self.fields["channel"].choices = [(value, label) for value, label in Channel.choices if value != Channel.ONLINE]
        self.fields["received_on"].required = True
        self.fields["received_on"].help_text = " ".join(
            f"{label}：{receipt_date_question(value)}" for value, label in self.fields["channel"].choices
        )


def register(request):
    require_office(request)
    form = RegistrationForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            case = RegisterRequest(form.instance, user=request.user, proof=form.cleaned_data["proof"]).execute()
        except CaseActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Request %(number)s registered.") % {"number": case.number})
            return redirect(reverse("disclosure_requests:case", args=[case.pk]))
    return TemplateResponse(
        request, "disclosure_requests/admin/register.html", {"form": form, "page_title": _("Register a request")}
    )
