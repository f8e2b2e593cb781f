from django.db import models
from django.utils.translation import gettext_lazy as _

from ..private_storage import private_storage


def notice_path(instance, filename):
    return f"notices/{instance.request.year}/{instance.request.pk}/{filename}"


class CaseNotice(models.Model):
    """A notice as it was issued, kept with the case: its PDF and .docx bytes in private storage,
    the template version it was made from and each file's SHA-256. It is served from these
    bytes only, so a later wording of the templates never alters a notice already sent."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.PROTECT, related_name="notices"
    )
    event = models.ForeignKey(
        "disclosure_requests.CaseEvent", on_delete=models.PROTECT, null=True, blank=True, related_name="notices"
    )
    kind = models.CharField(_("notice"), max_length=20)
    token = models.CharField(max_length=40, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=200)
    template_version = models.PositiveSmallIntegerField(_("template version"))
    for_applicant = models.BooleanField(default=True)
    pdf = models.FileField(storage=private_storage, upload_to=notice_path)
    pdf_sha256 = models.CharField(max_length=64, editable=False)
    docx = models.FileField(storage=private_storage, upload_to=notice_path)
    docx_sha256 = models.CharField(max_length=64, editable=False)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["issued_at", "pk"]

    def __str__(self):
        return self.title
