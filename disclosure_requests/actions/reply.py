"""答复: the outcome (a table 三 row), its legal basis and the remedies; the case closes.
A 予以公开 or 部分公开 reply goes out only when every file attached to it and not refused has
passed the secrecy review for exactly the bytes stored now."""
from django.utils.translation import gettext as _

from ..choices import EventKind, Outcome, Status
from ..outcomes import needs_legal_basis, remedy_text
from ..private_storage import stored_sha256
from .base import CaseAction, CaseActionError, CasePermissionError

# These close through their own actions, which check their conditions.
OUTCOMES_WITH_OWN_ACTION = {Outcome.OTHER_NO_CORRECTION, Outcome.OTHER_UNPAID}
RELEASING = {Outcome.PUBLIC, Outcome.PARTIAL}


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
    organ; table 三 counts the case as 本机关不掌握相关政府信息."""

    event_kind = EventKind.FORWARDED

    def __init__(self, case, *, competent_organ, **kwargs):
        self.competent_organ = competent_organ.strip()
        kwargs.setdefault("legal_basis", _("Regulation on Open Government Information, Article 36(5)"))
        kwargs.setdefault(
            "reply_text",
            _("The information you asked for is not disclosed by this organ; please apply to %(organ)s.")
            % {"organ": self.competent_organ},
        )
        super().__init__(case, outcome=Outcome.UNABLE_NOT_HELD, **kwargs)

    def check_state(self):
        self.require(self.competent_organ, _("Name the competent organ."))
        super().check_state()

    def apply(self):
        super().apply()
        self.case.forwarded_to = self.competent_organ

    def event_data(self):
        return {"outcome": self.outcome, "competent_organ": self.competent_organ}
