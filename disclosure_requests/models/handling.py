from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import AppealKind, AppealResult, ConsultationAnswer, FeeMethod
from ..private_storage import private_storage


class ThirdPartyConsultation(models.Model):
    """征求第三方意见 (Art. 32): the clock stands still from `sent_on` to `answered_on`."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="consultations"
    )
    third_party = models.CharField(_("third party"), max_length=200)
    contact = models.CharField(_("contact"), max_length=300, blank=True)
    matter = models.TextField(_("what the third party is asked about"), blank=True)
    sent_on = models.DateField(_("sent on"))
    answer_due = models.DateField(_("answer due"))
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    answer = models.CharField(_("answer"), max_length=20, choices=ConsultationAnswer.choices, blank=True)
    answer_note = models.TextField(_("answer details"), blank=True)

    class Meta:
        verbose_name = _("third-party consultation")
        verbose_name_plural = _("third-party consultations")
        ordering = ["sent_on", "pk"]

    def __str__(self):
        return self.third_party


class FeeRecord(models.Model):
    """信息处理费 (国办函〔2020〕109号): the notified amount and its payment. The clock stands
    still from the notice to the payment."""

    request = models.ForeignKey("disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="fees")
    method = models.CharField(_("charged"), max_length=20, choices=FeeMethod.choices)
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    amount = models.DecimalField(_("amount (yuan)"), max_digits=10, decimal_places=2)
    notified_on = models.DateField(_("notified on"))
    payment_due = models.DateField(_("payment due"))
    paid_on = models.DateField(_("paid on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("fee")
        verbose_name_plural = _("fees")
        ordering = ["notified_on", "pk"]

    def __str__(self):
        return f"{self.amount} {self.get_method_display()}"


class Appeal(models.Model):
    """行政复议 or 行政诉讼 against the reply, as table 四 counts them."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="appeals"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=AppealKind.choices)
    filed_on = models.DateField(_("filed on"))
    result = models.CharField(_("result"), max_length=20, choices=AppealResult.choices, default=AppealResult.PENDING)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        ordering = ["filed_on", "pk"]

    def __str__(self):
        return self.get_kind_display()


def released_file_path(instance, filename):
    return f"released/{instance.request.year}/{instance.request.pk}/{instance.token}"


class ReleasedFile(models.Model):
    """A file released with the reply, in private storage. The organ's secrecy reviewers approve
    it for the SHA-256 of the bytes they saw (`reviewed_sha256`) or refuse it with a reason; the
    applicant is handed only an approved file whose stored bytes still have that digest."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="released_files"
    )
    token = models.CharField(max_length=40, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), storage=private_storage, upload_to=released_file_path)
    original_name = models.CharField(_("file name"), max_length=200)
    sha256 = models.CharField(max_length=64, editable=False)
    added_at = models.DateTimeField(auto_now_add=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_sha256 = models.CharField(max_length=64, blank=True, editable=False)
    reviewed_at = models.DateTimeField(_("secrecy review passed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    refused_at = models.DateTimeField(_("secrecy review refused at"), null=True, blank=True)
    refused_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    refusal_reason = models.TextField(_("why the secrecy review refused it"), blank=True)

    class Meta:
        verbose_name = _("released file")
        verbose_name_plural = _("released files")
        ordering = ["added_at", "pk"]

    def __str__(self):
        return self.title

    @property
    def is_approved(self):
        return bool(self.reviewed_at) and self.reviewed_sha256 == self.sha256

    @property
    def is_refused(self):
        return self.refused_at is not None

    @property
    def is_pending(self):
        return not self.is_approved and not self.is_refused
