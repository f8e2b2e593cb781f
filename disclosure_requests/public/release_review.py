"""The minimal secrecy review of a file released with a reply, bound to its bytes: a handler
adds the file (its SHA-256 is taken from the bytes stored), a reviewer other than the one who
added it records that exactly these bytes passed (保密审查, 先审查、后公开). The reply
(actions.reply) and the download (public.release) refuse a file whose bytes differ from the
reviewed ones. Review_workflow's reviewer role is not yet wired in: any handler of the organ
who did not add the file may review it."""
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..actions.base import CaseActionError, CasePermissionError
from ..choices import Status
from ..models import ReleasedFile
from ..permissions import may_handle

CHUNK = 1024 * 1024


class ReleaseReviewError(CaseActionError):
    pass


class ReleaseReviewPermissionError(ReleaseReviewError, CasePermissionError):
    pass


def stored_sha256(released):
    """The SHA-256 of the bytes stored for `released` now."""
    digest = hashlib.sha256()
    with released.file.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class AddReleasedFile:
    def __init__(self, case, *, user, title, upload):
        self.case, self.user, self.title, self.upload = case, user, title.strip(), upload

    def check(self):
        if not may_handle(self.user, self.case.organ):
            raise ReleaseReviewPermissionError(_("You may not handle this organ's requests."))
        if self.case.status == Status.CLOSED:
            raise ReleaseReviewError(_("Files cannot be added to a closed case."))
        if not self.title:
            raise ReleaseReviewError(_("Give the released file a title."))

    def execute(self):
        self.check()
        with transaction.atomic():
            released = ReleasedFile(
                request=self.case, token=secrets.token_urlsafe(24), title=self.title[:200],
                original_name=self.upload.name[:200], added_by=self.user,
            )
            released.file.save(released.token, self.upload, save=False)
            released.sha256 = stored_sha256(released)
            released.save()
        return released


class ReviewReleasedFile:
    def __init__(self, released, *, user):
        self.released, self.user = released, user

    def check(self):
        if not may_handle(self.user, self.released.request.organ):
            raise ReleaseReviewPermissionError(_("You may not handle this organ's requests."))
        if self.released.added_by_id == self.user.pk:
            raise ReleaseReviewPermissionError(_("A file is reviewed by someone other than the one who added it."))

    def execute(self):
        self.check()
        with transaction.atomic():
            released = ReleasedFile.objects.select_for_update().get(pk=self.released.pk)
            # The bytes as stored now, not as they were when the file was added.
            released.sha256 = released.reviewed_sha256 = stored_sha256(released)
            released.reviewed_at, released.reviewed_by = timezone.now(), self.user
            released.save(update_fields=["sha256", "reviewed_sha256", "reviewed_at", "reviewed_by"])
        self.released = released
        return released
