"""Files released with a reply and their secrecy review (保密审查, 先审查、后公开), bound to the
bytes: a handler attaches a file (its SHA-256 taken from the bytes stored); one of the organ's
secrecy reviewers who did not attach it approves exactly the bytes shown to them, or refuses the
file with a reason. The reply (actions.reply) and the download (public.release) refuse a file
whose stored bytes are not the approved ones."""
import secrets

from django.utils import timezone
from django.utils.translation import gettext as _

from ..choices import OPEN_STATUSES, EventKind
from ..models import ReleasedFile
from ..permissions import may_review_release
from ..private_storage import stored_sha256
from .base import CaseAction, CaseActionError, CasePermissionError


class ReleaseReviewError(CaseActionError):
    pass


class ReleaseReviewPermissionError(ReleaseReviewError, CasePermissionError):
    pass


class AddReleasedFile(CaseAction):
    error = ReleaseReviewError
    permission_error = ReleaseReviewPermissionError
    allowed_statuses = OPEN_STATUSES
    event_kind = EventKind.RELEASE_ADDED

    def __init__(self, case, *, title, upload, **kwargs):
        super().__init__(case, **kwargs)
        self.title, self.upload = title.strip(), upload
        self.released = None

    def check_state(self):
        self.require(self.title, _("Give the released file a title."))
        self.require(self.upload is not None and self.upload.size, _("Choose the file to release."))

    def apply(self):
        released = ReleasedFile(
            request=self.case, token=secrets.token_urlsafe(24), title=self.title[:200],
            original_name=self.upload.name[:200], added_by=self.user,
        )
        released.file.save(released.token, self.upload, save=False)
        released.sha256 = stored_sha256(released.file)
        released.save()
        self.released = released
        self.note = self.note or released.title

    def execute(self, skip_permission_checks=False):
        super().execute(skip_permission_checks=skip_permission_checks)
        return self.released


class ReviewAction(CaseAction):
    """A decision of the organ's secrecy reviewers on one pending file."""

    error = ReleaseReviewError
    permission_error = ReleaseReviewPermissionError
    allowed_statuses = OPEN_STATUSES

    def __init__(self, released, **kwargs):
        super().__init__(released.request, **kwargs)
        self.released = released

    def check_permission(self):
        if self.user is None or not may_review_release(self.user, self.case.organ):
            raise self.permission_error(_("Only the organ's secrecy reviewers may review released files."))
        if self.released.added_by_id == self.user.pk:
            raise self.permission_error(_("A file is reviewed by someone other than the one who attached it."))

    def check_state(self):
        # Fresh from the database: execute() holds the case's lock, which every decision takes.
        self.released = ReleasedFile.objects.get(pk=self.released.pk)
        self.require(self.released.request_id == self.case.pk, _("The file belongs to another case."))
        self.require(self.released.is_pending, _("This file has already been reviewed."))

    def execute(self, skip_permission_checks=False):
        super().execute(skip_permission_checks=skip_permission_checks)
        return self.released


class ApproveReleasedFile(ReviewAction):
    """`sha256` is the digest of the bytes the reviewer was shown; the approval covers those
    bytes only, and only while they are the bytes stored and the bytes attached."""

    event_kind = EventKind.RELEASE_APPROVED

    def __init__(self, released, *, sha256, **kwargs):
        super().__init__(released, **kwargs)
        self.sha256 = sha256

    def check_state(self):
        super().check_state()
        self.require(
            self.sha256 == self.released.sha256 == stored_sha256(self.released.file),
            _("The file changed after it was shown to you. Open it again and review what is stored now."),
        )

    def apply(self):
        released = self.released
        released.reviewed_sha256, released.reviewed_at, released.reviewed_by = self.sha256, timezone.now(), self.user
        released.save(update_fields=["reviewed_sha256", "reviewed_at", "reviewed_by"])
        self.note = f"{released.title}（SHA-256 {self.sha256[:16]}…）"


class RefuseReleasedFile(ReviewAction):
    event_kind = EventKind.RELEASE_REFUSED

    def __init__(self, released, *, reason, **kwargs):
        super().__init__(released, **kwargs)
        self.reason = reason.strip()

    def check_state(self):
        super().check_state()
        self.require(self.reason, _("Say why the file may not be released."))

    def apply(self):
        released = self.released
        released.refused_at, released.refused_by, released.refusal_reason = timezone.now(), self.user, self.reason
        released.save(update_fields=["refused_at", "refused_by", "refusal_reason"])
        self.note = f"{released.title}：{self.reason}"
