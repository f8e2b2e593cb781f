from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.storage import FileSystemStorage
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

from . import conf
from .choices import PASSING_CONCLUSIONS, Concern, Conclusion, RecordKind


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


class OrganReviewGroups(models.Model):
    """Who reviews an organ's items: the groups setup_organ made, and its review workflow."""

    organ = models.OneToOneField(
        "disclosure_pages.Organ",
        verbose_name=_("disclosing organ"),
        on_delete=models.CASCADE,
        related_name="review_groups",
    )
    section_heads = models.ForeignKey(
        Group, verbose_name=_("section heads"), on_delete=models.PROTECT, related_name="+"
    )
    secrecy_reviewers = models.ForeignKey(
        Group, verbose_name=_("secrecy reviewers"), on_delete=models.PROTECT, related_name="+"
    )
    leaders = models.ForeignKey(Group, verbose_name=_("leaders"), on_delete=models.PROTECT, related_name="+")
    workflow = models.ForeignKey(
        "wagtailcore.Workflow", verbose_name=_("workflow"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("review groups of an organ")
        verbose_name_plural = _("review groups of organs")

    def __str__(self):
        return str(self.organ)

    def may_withdraw(self, user):
        """撤稿 is for the organ's secrecy reviewers and leaders."""
        return user.groups.filter(pk__in=[self.secrecy_reviewers_id, self.leaders_id]).exists()

    def may_read_determination_letters(self, user):
        """Letters of the secrecy administration are for the organ's secrecy reviewers and leaders."""
        return self.may_withdraw(user)


class SecrecyReviewTask(AbstractGroupApprovalTask):
    """保密审查: a workflow step only the organ's secrecy reviewers complete, with a structured
    form, an automated scan and a ledger record bound to the reviewed content."""

    organ = models.ForeignKey(
        "disclosure_pages.Organ",
        verbose_name=_("disclosing organ"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="secrecy_review_tasks",
        help_text=_("Items of other organs are refused at this step. Leave empty to review any organ's items."),
    )

    admin_form_fields = Task.admin_form_fields + ["organ", "groups"]

    class Meta:
        verbose_name = _("Secrecy review task")
        verbose_name_plural = _("Secrecy review tasks")

    @classmethod
    def get_description(cls):
        return _("The organ's secrecy reviewers review the content with a checklist and a conclusion")

    def reviews_organ_of(self, obj):
        """Wagtail hands the workflow views a base Page: ask its specific item for the organ."""
        obj = getattr(obj, "specific_deferred", obj)
        return self.organ_id is None or getattr(obj, "organ_id", None) == self.organ_id

    def is_reviewer(self, user):
        """Only members of the task's groups review; superusers are no exception (谁公开、谁审查)."""
        return user.is_active and self._user_in_groups(user)

    def get_actions(self, obj, user):
        from .review_actions import available_review_actions

        return available_review_actions(self, obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if self.is_reviewer(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()

    def get_form_for_action(self, action):
        from .forms import form_for_review_action

        return form_for_review_action(action)

    def get_template_for_action(self, action):
        return "review_workflow/secrecy_review_modal.html"

    def on_action(self, task_state, user, action_name, **kwargs):
        from .review_actions import perform_review_action

        return perform_review_action(self, task_state, user, action_name, kwargs)
