from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..private_storage import private_storage


def proof_path(instance, filename):
    # The stored name never carries the applicant's file name (it may hold their name or ID).
    return f"proofs/{instance.request.year}/{instance.request.pk}/{instance.token}"


class IdentityProof(models.Model):
    """An identity proof (身份证明) in private storage. `file` is emptied and `deleted_on` set
    when the retention period after the case closed has passed."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="proofs"
    )
    token = models.CharField(max_length=40, unique=True, editable=False)
    file = models.FileField(_("file"), storage=private_storage, upload_to=proof_path, blank=True)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    deleted_on = models.DateField(_("deleted on"), null=True, blank=True)

    class Meta:
        verbose_name = _("identity proof")
        verbose_name_plural = _("identity proofs")

    def __str__(self):
        return self.original_name


class ProofView(models.Model):
    """Audit entry: who opened which proof, when, from where."""

    proof = models.ForeignKey(IdentityProof, on_delete=models.SET_NULL, null=True, related_name="views")
    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.CASCADE, related_name="proof_views"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    viewed_at = models.DateTimeField(auto_now_add=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        verbose_name = _("proof view")
        verbose_name_plural = _("proof views")
        ordering = ["-viewed_at"]
