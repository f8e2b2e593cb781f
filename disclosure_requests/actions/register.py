"""Registration: a request submitted online, or received by letter, fax, e-mail or in person and
entered by a handler. It gets its number and its 查询码 (returned once, stored hashed)."""
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..choices import Channel, EventKind
from ..documents.issued import issue_notice
from ..models import CaseEvent, DisclosureRequest, IdentityProof
from ..numbers import next_request_number
from ..permissions import may_handle
from ..receipt_dates import receipt_date_error, receipt_date_note
from ..signals import case_event_recorded
from ..tracking_codes import new_tracking_code
from .base import CaseActionError, CasePermissionError


class RegisterError(CaseActionError):
    pass


class RegisterPermissionError(RegisterError, CasePermissionError):
    pass


class RegisterRequest:
    """`case` is an unsaved DisclosureRequest with the applicant's fields and organ set (a model
    form's instance); `user` None means the applicant submitted it online. `proof` an uploaded file;
    `forwarded_by` the case at the organ that forwarded this request here."""

    def __init__(self, case, *, user=None, proof=None, forwarded_by=None):
        self.case, self.user, self.proof, self.forwarded_by = case, user, proof, forwarded_by
        self.tracking_code = None

    def check(self, skip_permission_checks=False):
        if self.user is None:
            if self.case.channel != Channel.ONLINE:
                raise RegisterPermissionError(_("Only the organ's request handlers register paper requests."))
        elif not skip_permission_checks and not may_handle(self.user, self.case.organ):
            raise RegisterPermissionError(_("You may not handle this organ's requests."))
        error = receipt_date_error(self.case.channel, self.case.received_on)
        if error:
            raise RegisterError(error)

    def execute(self, skip_permission_checks=False):
        self.check(skip_permission_checks=skip_permission_checks)
        with transaction.atomic():
            year = (self.case.received_on or timezone.localdate()).year
            self.case.number, self.case.serial = next_request_number(self.case.organ, year)
            self.case.year = year
            self.tracking_code, self.case.tracking_code_hash = new_tracking_code()
            self.case.registered_by = self.user
            self.case.full_clean(exclude=["tracking_code_hash"])
            self.case.save()
            if self.proof is not None:
                IdentityProof.objects.create(
                    request=self.case,
                    token=secrets.token_hex(16),
                    file=self.proof,
                    original_name=self.proof.name[:200],
                    content_type=getattr(self.proof, "content_type", "") or "application/octet-stream",
                )
            event = CaseEvent.objects.create(
                request=self.case,
                kind=EventKind.RECEIVED,
                occurred_on=self.case.received_on or timezone.localdate(),
                user=self.user,
                note=receipt_date_note(self.case, forwarded_by=self.forwarded_by),
                data={"channel": self.case.channel},
            )
            issue_notice(event)
            transaction.on_commit(
                lambda: case_event_recorded.send(sender=type(self), case=self.case, event=event, user=self.user)
            )
        return self.case
