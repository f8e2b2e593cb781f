"""The forms of the tracking page: the look-up (number and 查询码) and the applicant's steps."""
from django import forms
from django.utils.translation import gettext_lazy as _


class LookupForm(forms.Form):
    number = forms.CharField(label=_("Request number"), max_length=60)
    code = forms.CharField(label=_("Tracking code (查询码)"), max_length=40)

    def clean_number(self):
        return self.cleaned_data["number"].strip().upper()


class CorrectionForm(forms.Form):
    description = forms.CharField(
        label=_("Corrected description of the information wanted"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(label=_("Yes, withdraw this request"))
