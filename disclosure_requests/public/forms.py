"""The public request form (Art. 29): who asks, how to reach them, what they want, in what form,
their identity proof and the organ asked. Certificate numbers are checked by their kind."""
import puremagic
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from gongkai.disclosure_pages.models import Organ

from ..choices import ApplicantKind, CertificateType, DeliveryForm
from ..models import DisclosureRequest
from . import conf
from .identity import normalize_certificate_number, validate_credit_code, validate_resident_id

# What an identity proof may be: a photo or scan (JPEG, PNG) or a PDF, told by the bytes.
PROOF_TYPES = {".jpg": "image/jpeg", ".png": "image/png", ".pdf": "application/pdf"}
PERSON_CERTIFICATES = [c for c in CertificateType if c not in (CertificateType.CREDIT_CODE,)]
ORGANIZATION_CERTIFICATES = [CertificateType.CREDIT_CODE, CertificateType.OTHER]
CASE_FIELDS = (
    "organ", "applicant_kind", "applicant_name", "legal_representative", "contact_person",
    "certificate_type", "certificate_number", "phone", "email", "postal_address", "postal_code",
    "description", "document_number", "index_number", "delivery_form",
)
CERTIFICATE_VALIDATORS = {
    CertificateType.RESIDENT_ID: validate_resident_id,
    CertificateType.CREDIT_CODE: validate_credit_code,
}


def proof_content_type(upload):
    """The proof's type as its bytes tell it, or None when it is none of PROOF_TYPES."""
    head = upload.read(2048)
    upload.seek(0)
    try:
        extension = puremagic.from_string(head)
    except puremagic.PureError:
        return None
    return PROOF_TYPES.get(".jpg" if extension == ".jpeg" else extension)


class RequestForm(forms.Form):
    applicant_kind = forms.ChoiceField(
        label=_("Applicant kind"), choices=ApplicantKind.choices, widget=forms.RadioSelect
    )
    applicant_name = forms.CharField(
        label=_("Name"), max_length=200, help_text=_("Your full name, or the organization's full name.")
    )
    legal_representative = forms.CharField(label=_("Legal representative"), max_length=100, required=False)
    contact_person = forms.CharField(label=_("Contact person"), max_length=100, required=False)
    certificate_type = forms.ChoiceField(label=_("Certificate type"), choices=CertificateType.choices)
    certificate_number = forms.CharField(label=_("Certificate number"), max_length=40)
    phone = forms.CharField(label=_("Contact phone"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    postal_address = forms.CharField(label=_("Postal address"), max_length=300, required=False)
    postal_code = forms.RegexField(
        label=_("Postal code"), regex=r"^\d{6}$", required=False,
        error_messages={"invalid": _("A postal code has 6 digits.")},
    )
    organ = forms.ModelChoiceField(
        label=_("Organ asked"), queryset=Organ.objects.order_by("name"), empty_label=_("Choose an organ")
    )
    description = forms.CharField(
        label=_("Description of the information wanted"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    document_number = forms.CharField(label=_("Document number (文号)"), max_length=100, required=False)
    index_number = forms.CharField(label=_("Index number (索引号)"), max_length=100, required=False)
    delivery_form = forms.ChoiceField(
        label=_("Form of delivery"), choices=DeliveryForm.choices, widget=forms.RadioSelect
    )
    proof = forms.FileField(
        label=_("Proof of identity"),
        help_text=_("A photo or scan of your identity card or business licence: JPEG, PNG or PDF."),
    )
    submit_although_public = forms.BooleanField(
        label=_("I know the information is already public and still want to submit the request"), required=False
    )
    # A field people never see (hidden by CSS and from assistive technology); robots fill it in.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_applicant_name(self):
        return self.cleaned_data["applicant_name"].strip()

    def clean_proof(self):
        proof = self.cleaned_data["proof"]
        if proof.size > conf.get("GONGKAI_REQUESTS_PROOF_MAX_BYTES"):
            raise ValidationError(
                _("The identity proof is too large: at most %(mb)d MB."),
                params={"mb": conf.get("GONGKAI_REQUESTS_PROOF_MAX_BYTES") // (1024 * 1024)},
            )
        content_type = proof_content_type(proof)
        if content_type is None:
            raise ValidationError(_("The identity proof must be a JPEG or PNG picture or a PDF file."))
        # The type the bytes show, not the one the browser claimed.
        proof.content_type = content_type
        return proof

    def new_case(self, **fields):
        """An unsaved case holding the applicant's answers (the proof is saved beside it)."""
        answers = {name: self.cleaned_data.get(name) or "" for name in CASE_FIELDS}
        return DisclosureRequest(**answers, **fields)

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise ValidationError(_("The request could not be submitted."), code="honeypot")
        self.check_certificate(data)
        if not (data.get("phone") or data.get("email") or data.get("postal_address")):
            self.add_error("phone", _("Give at least one way to reach you: phone, e-mail or postal address."))
        if data.get("delivery_form") == DeliveryForm.ELECTRONIC_EMAIL and not data.get("email"):
            self.add_error("email", _("Give an e-mail address for delivery by e-mail."))
        if data.get("delivery_form") == DeliveryForm.PAPER_POST and not data.get("postal_address"):
            self.add_error("postal_address", _("Give a postal address for delivery by post."))
        return data

    def check_certificate(self, data):
        kind, certificate_type = data.get("applicant_kind"), data.get("certificate_type")
        if not kind or not certificate_type:
            return
        allowed = PERSON_CERTIFICATES if kind == ApplicantKind.NATURAL_PERSON else ORGANIZATION_CERTIFICATES
        if certificate_type not in allowed:
            self.add_error("certificate_type", _("This certificate type does not fit the applicant kind."))
            return
        number = normalize_certificate_number(data.get("certificate_number"))
        validator = CERTIFICATE_VALIDATORS.get(certificate_type)
        try:
            if validator:
                validator(number)
            elif not number.isprintable() or len(number) < 4:
                raise ValidationError(_("Enter the certificate number as printed on it."))
        except ValidationError as error:
            self.add_error("certificate_number", error)
            return
        data["certificate_number"] = number
