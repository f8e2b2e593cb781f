"""答复: the outcome (a table 三 row), its legal basis and the remedies; the case closes.
A 予以公开 or 部分公开 reply goes out only when every file attached to it and not refused has
passed the secrecy review for exactly the bytes stored now."""
from django.utils.translation import gettext as _

from ..choices import EventKind, Outcome, Status
from ..outcomes import needs_legal_basis, remedy_text
from ..models import DisclosureRequest
from ..private_storage import stored_sha256
from .base import CaseAction, CaseActionError, CasePermissionError
from .register import RegisterRequest

# These close through their own actions, which check their conditions.
OUTCOMES_WITH_OWN_ACTION = {Outcome.OTHER_NO_CORRECTION, Outcome.OTHER_UNPAID}
RELEASING = {Outcome.PUBLIC, Outcome.PARTIAL}
# What a request forwarded to an organ on this platform carries over.
APPLICATION_FIELDS = (
    "applicant_kind", "applicant_name", "legal_representative", "contact_person", "certificate_type",
    "certificate_number", "phone", "email", "postal_address", "postal_code", "description",
    "document_number", "index_number", "delivery_form", "channel",
)


class ReplyError(CaseActionError):
    pass


class ReplyPermissionError(ReplyError, CasePermissionError):
    pass


class ReplyToRequest(CaseAction):
    error = ReplyError
    permission_error = ReplyPermissionError
    allowed_statuses = (Status.IN_PROGRESS,)
    event_kind = EventKind.REPLIED

    def __init__(self, case, *, outcome, legal_basis="", reply_text="", **kwargs):
        super().__init__(case, **kwargs)
        self.outcome, self.legal_basis, self.reply_text = outcome, legal_basis.strip(), reply_text.strip()

    def check_state(self):
        self.require(
            self.outcome in Outcome.values and self.outcome not in OUTCOMES_WITH_OWN_ACTION,
            _("Choose the outcome of the reply."),
        )
        self.require(self.on >= self.case.clock_started_on, _("The reply cannot precede the receipt."))
        self.require(
            self.legal_basis or not needs_legal_basis(self.outcome), _("State the legal basis of this reply.")
        )
        if self.outcome in RELEASING:
            unreviewed = [
                f.title
                for f in self.case.released_files.all()
                if not f.is_refused and not (f.is_approved and stored_sha256(f.file) == f.reviewed_sha256)
            ]
            self.require(
                not unreviewed,
                _("These files have not passed the secrecy review as they are: %(files)s")
                % {"files": "、".join(unreviewed)},
            )

    def apply(self):
        self.case.outcome = self.outcome
        self.case.legal_basis = self.legal_basis
        self.case.reply_text = "\n\n".join(part for part in (self.reply_text, remedy_text()) if part)
        self.case.status = Status.CLOSED
        self.case.closed_on = self.on

    def event_data(self):
        return {"outcome": self.outcome}


class ForwardRequest(ReplyToRequest):
    """The information is another organ's to disclose (Art. 36(5)): the applicant is told which
    organ; table 三 counts the case as 本机关不掌握相关政府信息. When that organ is on this
    platform (`organ_on_platform`), the request is registered there as a new case received the
    day it is forwarded, linked both ways, followed with the applicant's same 查询码."""

    event_kind = EventKind.FORWARDED

    def __init__(self, case, *, competent_organ="", organ_on_platform=None, **kwargs):
        self.organ_on_platform = organ_on_platform
        self.competent_organ = competent_organ.strip() or (organ_on_platform.name if organ_on_platform else "")
        self.forwarded_case = None
        kwargs.setdefault("legal_basis", _("Regulation on Open Government Information, Article 36(5)"))
        if organ_on_platform is None:
            kwargs.setdefault(
                "reply_text",
                _("The information you asked for is not disclosed by this organ; please apply to %(organ)s.")
                % {"organ": self.competent_organ},
            )
        super().__init__(case, outcome=Outcome.UNABLE_NOT_HELD, **kwargs)

    def check_state(self):
        self.require(self.competent_organ, _("Name the competent organ."))
        self.require(
            self.organ_on_platform is None or self.organ_on_platform.pk != self.case.organ_id,
            _("A request is not forwarded to the organ that holds it."),
        )
        super().check_state()

    def apply(self):
        super().apply()
        self.case.forwarded_to = self.competent_organ
        if self.organ_on_platform is not None:
            self.forwarded_case = self.open_case_at(self.organ_on_platform)
            self.case.forwarded_case = self.forwarded_case
            told = _(
                "The information you asked for is not disclosed by this organ. Your request has been forwarded "
                "to %(organ)s, which registered it as request %(number)s; follow it there with the same "
                "tracking code."
            ) % {"organ": self.competent_organ, "number": self.forwarded_case.number}
            self.case.reply_text = f"{told}\n\n{self.case.reply_text}"

    def open_case_at(self, organ):
        application = {field: getattr(self.case, field) for field in APPLICATION_FIELDS}
        forwarded = DisclosureRequest(organ=organ, received_on=self.on, **application)
        # The forwarding handler registers for the competent organ, whose handlers take it on.
        RegisterRequest(forwarded, user=self.user, forwarded_by=self.case).execute(skip_permission_checks=True)
        forwarded.tracking_code_hash = self.case.tracking_code_hash
        forwarded.save(update_fields=["tracking_code_hash"])
        return forwarded

    def event_data(self):
        data = {"outcome": self.outcome, "competent_organ": self.competent_organ}
        if self.forwarded_case is not None:
            data["forwarded_case"] = self.forwarded_case.pk
        return data
