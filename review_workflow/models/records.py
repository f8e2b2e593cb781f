"""The review ledger's rows (审查台账) and the letters of the authority's determinations."""
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

from .. import conf
from ..choices import PASSING_CONCLUSIONS, Concern, Conclusion, RecordKind


class ImmutableRecord(PermissionDenied):
    """Someone tried to change or remove a secrecy review record."""


def refuse_change():
    raise ImmutableRecord(_("Secrecy review records are never changed or deleted."))


class SecrecyReviewRecordQuerySet(models.QuerySet):
    def update(self, **kwargs):
        refuse_change()

    def delete(self):
        refuse_change()

    def passing(self):
        return self.filter(conclusion__in=PASSING_CONCLUSIONS)


class SecrecyReviewRecord(models.Model):
    """One secrecy review decision (保密审查记录), bound to the exact content reviewed.

    Rows are only ever added (gongkai.review_workflow.ledger.append_record); each carries the hash of
    the previous row, so `verify_review_ledger` finds a row altered or removed in the database.
    Links to pages, revisions and users are not database constraints: deleting a page or a user
    never touches the ledger (审查台账).
    """

    sequence = models.PositiveBigIntegerField(_("sequence"), unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=30, choices=RecordKind.choices)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="secrecy_review_records",
    )
    page_title = models.CharField(_("title"), max_length=255)
    organ = models.ForeignKey(
        "disclosure_pages.Organ",
        verbose_name=_("disclosing organ"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    fingerprint = models.CharField(_("content fingerprint"), max_length=64, db_index=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    reviewer_name = models.CharField(_("reviewer"), max_length=150)
    reviewed_at = models.DateTimeField(_("reviewed at"))
    checklist = models.JSONField(_("checklist"), default=list)
    conclusion = models.CharField(_("conclusion"), max_length=30, choices=Conclusion.choices)
    opinion = models.TextField(_("opinion"), blank=True)
    override_reason = models.TextField(_("reason for overriding the scan"), blank=True)
    scan_summary = models.JSONField(_("scan findings"), default=list)
    basis = models.TextField(_("basis of the legacy review"), blank=True)
    determination_reference = models.CharField(_("determination reference"), max_length=100, blank=True)
    determination_date = models.DateField(_("determination date"), null=True, blank=True)
    determination_letter = models.ForeignKey(
        "review_workflow.DeterminationLetter",
        verbose_name=_("letter of the determination"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    determination_letter_sha256 = models.CharField(_("SHA-256 of the letter"), max_length=64, blank=True)
    previous_hash = models.CharField(_("hash of the previous record"), max_length=64, unique=True)
    record_hash = models.CharField(_("record hash"), max_length=64, unique=True)
    # HMAC of record_hash keyed by GONGKAI_LEDGER_KEY, which is not in the database.
    record_hmac = models.CharField(_("record signature"), max_length=64, blank=True, editable=False)

    objects = SecrecyReviewRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("secrecy review record")
        verbose_name_plural = _("secrecy review records")
        ordering = ["-sequence"]

    def __str__(self):
        return f"{self.page_title} · {self.get_conclusion_display()}"

    @property
    def passed(self):
        return self.conclusion in PASSING_CONCLUSIONS

    def checklist_display(self):
        labels = dict(Concern.choices)
        return "、".join(str(labels.get(concern, concern)) for concern in self.checklist)

    def findings_display(self):
        return "；".join(f"{finding['source']}: {finding['excerpt']}" for finding in self.scan_summary)

    def save(self, *args, **kwargs):
        if not self._state.adding:
            refuse_change()
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        refuse_change()

def private_letter_storage():
    """Letters may quote what they protect: kept out of MEDIA_ROOT, never given a public URL."""
    return FileSystemStorage(location=conf.private_media_root(), base_url=None)


class DeterminationLetter(models.Model):
    """The written reply (审定意见书) of the secrecy administration to a referred review."""

    file = models.FileField(_("letter"), storage=private_letter_storage, upload_to="determination-letters/%Y/")
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, db_constraint=False, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("letter of a determination")
        verbose_name_plural = _("letters of determinations")

    def __str__(self):
        return Path(self.file.name).name
