"""Importing a legacy catalogue's rows (importing says which columns a row has and how each
is read). Each row is created in its own transaction, so a failing row is reported
(第 N 行, N counted from 1 over data rows) and the others go on; rows already imported
(same external_id, else same index_number) are skipped.

Items are created as drafts with a revision and, when their catalogue has a workflow, are
submitted to it. With `legacy_published`, public items (主动公开, 非密) are published; before
that, every `before_legacy_publication` hook is called with the revision, the user who answers
for the legacy review and its basis (review_workflow records the legacy review there, so this
app never imports it).
"""
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.actions.base import BaseAction

from ..constants import IMPORT_ACTION
from ..import_references import References, RowRefused
from ..importing import ImportReport, RowError, check_item, existing_item, item_from_row
from ..models import DisclosureItemPage
from ..signals import catalogue_imported
from ..visibility import may_be_public

LOG_ACTION = IMPORT_ACTION


class ImportRowsError(PermissionDenied):
    """The import cannot start as asked; the message says what is missing."""


class ImportRowsPermissionError(ImportRowsError):
    """Only superusers import: an import creates items in every organ's catalogue, and organs."""


class ImportRowsAction(BaseAction):
    action_name = "import_rows"
    permission_error_class = ImportRowsPermissionError

    def __init__(
        self,
        rows,
        *,
        user=None,
        create_missing=False,
        legacy_published=False,
        legacy_reviewer=None,
        legacy_basis="",
        submit_for_review=True,
    ):
        super().__init__(DisclosureItemPage, user=user)
        self.rows = rows
        self.legacy_published = legacy_published
        self.legacy_reviewer = legacy_reviewer
        self.legacy_basis = legacy_basis
        self.submit_for_review = submit_for_review
        self.report = ImportReport()
        self.references = References(create_missing, self.report)

    def check(self, skip_permission_checks=False):
        if self.user and not skip_permission_checks and not self.user.is_superuser:
            raise ImportRowsPermissionError(_("Only administrators import catalogues."))
        if self.legacy_published and not (self.legacy_reviewer and self.legacy_basis):
            raise ImportRowsError(
                _("Publishing imported items needs the reviewer who answers for them and the basis of their review.")
            )

    def execute(self, skip_permission_checks=False):
        self.check(skip_permission_checks=skip_permission_checks)
        with translation.override(settings.LANGUAGE_CODE):
            for number, row in enumerate(self.rows, start=1):
                try:
                    self._import_row(row)
                except RowRefused as refusal:
                    self.report.errors.append(RowError(number, str(refusal)))
                except (ValidationError, PermissionDenied) as error:
                    self.report.errors.append(RowError(number, " ".join(getattr(error, "messages", [str(error)]))))
        self._after_import()
        return self.report

    def _import_row(self, row):
        if existing_item(row):
            self.report.existing += 1
            return
        organ, topic, genre = self.references.organ(row), self.references.topic(row), self.references.genre(row)
        item = item_from_row(row)
        check_item(item)
        organ, item.topic, item.genre = self.references.created(organ, topic, genre)
        item.organ = organ
        with transaction.atomic():
            organ.catalogue.add_child(instance=item)
            revision = item.save_revision(user=self.user, log_action=LOG_ACTION)
            if self.legacy_published and may_be_public(item):
                for before_publication in hooks.get_hooks("before_legacy_publication"):
                    before_publication(revision, self.legacy_reviewer, self.legacy_basis)
                revision.publish(user=self.user, skip_permission_checks=True)
                self.report.published += 1
            elif self.submit_for_review and (workflow := item.get_workflow()):
                workflow.start(item, self.user)
        self.report.created += 1

    def _after_import(self):
        catalogue_imported.send(sender=DisclosureItemPage, report=self.report, user=self.user)
