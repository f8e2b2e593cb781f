from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import EventKind


class AppendOnlyQuerySet(models.QuerySet):
    """The timeline is evidence: no bulk update or delete through the ORM."""

    def update(self, **kwargs):
        raise PermissionDenied("The case timeline is append-only.")

    def delete(self):
        raise PermissionDenied("The case timeline is append-only.")


class CaseEvent(models.Model):
    """One step of a case's timeline (append-only). `due_date` and `due_reason` keep the reply
    due date as this step left it and why, so the tracking page can say why a date is what it is."""

    request = models.ForeignKey(
        "disclosure_requests.DisclosureRequest", on_delete=models.PROTECT, related_name="events"
    )
    kind = models.CharField(_("step"), max_length=30, choices=EventKind.choices)
    occurred_on = models.DateField(_("date"))
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)
    due_date = models.DateField(_("reply due after this step"), null=True, blank=True)
    due_reason = models.CharField(_("why the due date is this"), max_length=300, blank=True)
    data = models.JSONField(default=dict, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("case event")
        verbose_name_plural = _("case events")
        ordering = ["occurred_on", "recorded_at", "pk"]

    def __str__(self):
        return f"{self.occurred_on:%Y-%m-%d} {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionDenied("The case timeline is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("The case timeline is append-only.")
