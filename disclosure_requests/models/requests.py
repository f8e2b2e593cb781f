from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from ..choices import ApplicantKind, CertificateType, Channel, DeliveryForm, Outcome, Status
from ..constants import HANDLE_PERMISSION


class RequestNumberCounter(models.Model):
    """The last serial handed out per organ and year; serials are never reused (a withdrawn
    or deleted request keeps its number used)."""

    organ = models.ForeignKey("disclosure_pages.Organ", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    last_serial = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organ", "year"], name="unique_request_counter")]


class DisclosureRequest(models.Model):
    """One request (政府信息公开申请) and its case.

    Dates: `received_on` is the legal receipt date (Art. 31), empty until confirmed.
    `clock_started_on` is the day the reply period counts from (receipt, or the arrival of the
    correction); `paused_working_days` the working days the clock stood still (consultation,
    payment, suspension) and `paused_since` an open pause; `due_date` the stored reply due
    date. Stored dates change only through an action; a calendar change that would move them
    sets `calendar_changed` instead (deadlines.flag_cases_moved_by_calendar).
    """

    organ = models.ForeignKey(
        "disclosure_pages.Organ", verbose_name=_("organ"), on_delete=models.PROTECT, related_name="disclosure_requests"
    )
    number = models.CharField(_("request number"), max_length=60, unique=True, editable=False)
    year = models.PositiveSmallIntegerField(_("year"), editable=False)
    serial = models.PositiveIntegerField(_("serial"), editable=False)
    tracking_code_hash = models.CharField(max_length=200, editable=False)

    applicant_kind = models.CharField(_("applicant kind"), max_length=20, choices=ApplicantKind.choices)
    applicant_name = models.CharField(
        _("applicant name"), max_length=200, help_text=_("The person's name, or the organization's full name.")
    )
    legal_representative = models.CharField(_("legal representative"), max_length=100, blank=True)
    contact_person = models.CharField(_("contact person"), max_length=100, blank=True)
    certificate_type = models.CharField(_("certificate type"), max_length=20, choices=CertificateType.choices)
    certificate_number = models.CharField(_("certificate number"), max_length=40, db_index=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    postal_address = models.CharField(_("postal address"), max_length=300, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)

    description = models.TextField(_("description of the information wanted"), max_length=5000)
    document_number = models.CharField(_("document number (文号)"), max_length=100, blank=True)
    index_number = models.CharField(_("index number (索引号)"), max_length=100, blank=True)
    delivery_form = models.CharField(_("form of delivery"), max_length=20, choices=DeliveryForm.choices)

    channel = models.CharField(_("received by"), max_length=20, choices=Channel.choices)
    submitted_at = models.DateTimeField(_("submitted or registered at"), auto_now_add=True)
    received_on = models.DateField(_("receipt date"), null=True, blank=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED)
    clock_started_on = models.DateField(_("period counted from"), null=True, blank=True)
    paused_working_days = models.PositiveSmallIntegerField(_("working days paused"), default=0)
    paused_since = models.DateField(_("paused since"), null=True, blank=True)
    extension_working_days = models.PositiveSmallIntegerField(_("extension (working days)"), default=0)
    due_date = models.DateField(_("reply due"), null=True, blank=True, db_index=True)
    due_date_estimated = models.BooleanField(_("due date estimated"), default=False)
    correction_notice_due = models.DateField(_("correction notice due"), null=True, blank=True)
    correction_due = models.DateField(_("correction due from the applicant"), null=True, blank=True)
    corrected = models.BooleanField(_("corrected once"), default=False)
    consultation_due = models.DateField(_("third party's answer due"), null=True, blank=True)
    payment_due = models.DateField(_("payment due"), null=True, blank=True)
    calendar_changed = models.BooleanField(
        _("calendar changed since the dates were computed"), default=False, db_index=True
    )

    outcome = models.CharField(_("outcome"), max_length=30, choices=Outcome.choices, blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    reply_text = models.TextField(_("reply"), blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True, db_index=True)
    forwarded_to = models.CharField(_("competent organ"), max_length=200, blank=True)
    forwarded_case = models.OneToOneField(
        "self",
        verbose_name=_("case opened at the competent organ"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="forwarded_from",
    )

    panels = [
        FieldPanel("organ"),
        MultiFieldPanel(
            [
                FieldPanel("applicant_kind"),
                FieldPanel("applicant_name"),
                FieldRowPanel([FieldPanel("legal_representative"), FieldPanel("contact_person")]),
                FieldRowPanel([FieldPanel("certificate_type"), FieldPanel("certificate_number")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldRowPanel([FieldPanel("postal_address"), FieldPanel("postal_code")]),
            ],
            heading=_("Applicant"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("description"),
                FieldRowPanel([FieldPanel("document_number"), FieldPanel("index_number")]),
                FieldPanel("delivery_form"),
            ],
            heading=_("Information wanted"),
        ),
        MultiFieldPanel([FieldPanel("channel"), FieldPanel("received_on")], heading=_("Receipt")),
    ]

    class Meta:
        verbose_name = _("disclosure request")
        verbose_name_plural = _("disclosure requests")
        ordering = ["due_date", "pk"]
        permissions = [(HANDLE_PERMISSION, _("Can handle disclosure requests"))]
        constraints = [models.UniqueConstraint(fields=["organ", "year", "serial"], name="unique_request_serial")]

    def __str__(self):
        return self.number

    @property
    def is_open(self):
        return self.status != Status.CLOSED
