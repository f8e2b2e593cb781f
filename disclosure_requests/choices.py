"""The fixed vocabularies of a request: applicant kinds and outcomes as the annual report's
table 三 counts them (2021 national format), statuses, channels, appeals."""
from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy


class ApplicantKind(models.TextChoices):
    """Table 三's applicant columns, in the table's order."""

    NATURAL_PERSON = "natural_person", _("Natural person")
    COMMERCIAL = "commercial", _("Commercial enterprise")
    RESEARCH = "research", _("Research institution")
    PUBLIC_INTEREST = "public_interest", _("Social public-interest organization")
    LEGAL_SERVICES = "legal_services", _("Legal services institution")
    OTHER = "other", pgettext_lazy("applicant kind", "Other")


class CertificateType(models.TextChoices):
    RESIDENT_ID = "resident_id", _("Resident identity card")
    PASSPORT = "passport", _("Passport")
    HK_MACAO_PERMIT = "hk_macao", _("Mainland travel permit for Hong Kong and Macao residents")
    TAIWAN_PERMIT = "taiwan", _("Mainland travel permit for Taiwan residents")
    FOREIGN_PERMANENT = "foreign_permanent", _("Foreign permanent resident ID card")
    CREDIT_CODE = "credit_code", _("Unified social credit code")
    OTHER = "other", pgettext_lazy("certificate type", "Other")


class Channel(models.TextChoices):
    """How the request arrived; Art. 31 fixes the receipt date of each."""

    ONLINE = "online", _("Online form")
    IN_PERSON = "in_person", _("In person")
    REGISTERED_POST = "registered_post", _("Registered post")
    ORDINARY_POST = "ordinary_post", _("Ordinary post")
    FAX = "fax", _("Fax")
    EMAIL = "email", _("E-mail")


class DeliveryForm(models.TextChoices):
    PAPER_POST = "paper_post", _("Paper, by post")
    PAPER_COLLECT = "paper_collect", _("Paper, collected in person")
    ELECTRONIC_EMAIL = "electronic_email", _("Electronic, by e-mail")
    ELECTRONIC_ONLINE = "electronic_online", _("Electronic, downloaded online")


class Status(models.TextChoices):
    RECEIVED = "received", _("Received, awaiting acceptance")
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_CORRECTION = "awaiting_correction", _("Awaiting correction")
    CONSULTING = "consulting", _("Consulting a third party")
    AWAITING_PAYMENT = "awaiting_payment", _("Awaiting payment")
    SUSPENDED = "suspended", _("Suspended")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = [status for status in Status if status != Status.CLOSED]
# The clock stands still in these (Art. 32, Art. 33; 国办函〔2020〕109号 for payment).
PAUSED_STATUSES = [Status.CONSULTING, Status.AWAITING_PAYMENT, Status.SUSPENDED]


class Outcome(models.TextChoices):
    """Table 三, row 三 (本年度办理结果), one value per row, labels as the 2021 format prints them."""

    PUBLIC = "public", _("Disclosed")
    PARTIAL = "partial", _("Partly disclosed (separable parts withheld; counted only here)")
    WITHHELD_STATE_SECRET = "withheld_state_secret", _("Is a state secret")
    WITHHELD_LAW = "withheld_law", _("Other laws or administrative regulations forbid disclosure")
    WITHHELD_SECURITY = "withheld_security", _("Would endanger the \"three securities and one stability\"")
    WITHHELD_THIRD_PARTY = "withheld_third_party", _("Protects the lawful rights of a third party")
    WITHHELD_INTERNAL = "withheld_internal", _("Is one of the three kinds of internal-affairs information")
    WITHHELD_PROCESS = "withheld_process", _("Is one of the four kinds of process information")
    WITHHELD_ENFORCEMENT = "withheld_enforcement", _("Is an administrative law-enforcement case file")
    WITHHELD_QUERY = "withheld_query", _("Is an administrative query matter")
    UNABLE_NOT_HELD = "unable_not_held", _("This organ does not hold the information")
    UNABLE_NEEDS_CREATION = "unable_needs_creation", _("No existing information; it would have to be made")
    UNABLE_STILL_UNCLEAR = "unable_still_unclear", _("The request is still unclear after correction")
    NOT_PROCESSED_PETITION = "not_processed_petition", _("A petition, report or complaint")
    NOT_PROCESSED_REPEATED = "not_processed_repeated", _("A repeated request")
    NOT_PROCESSED_PUBLICATION = "not_processed_publication", _("Asks for public publications")
    NOT_PROCESSED_EXCESSIVE = "not_processed_excessive", _("Large numbers of repeated requests without good reason")
    NOT_PROCESSED_CONFIRMATION = "not_processed_confirmation", _(
        "Asks the organ to confirm or re-issue information already obtained"
    )
    OTHER_NO_CORRECTION = "other_no_correction", _(
        "The applicant did not correct in time without good reason; the organ no longer processes the request"
    )
    OTHER_UNPAID = "other_unpaid", _(
        "The applicant did not pay the fee notified in time; the organ no longer processes the request"
    )
    OTHER = "other", pgettext_lazy("outcome", "Other")


class OutcomeGroup(models.TextChoices):
    """The six result groups of table 三; 不予公开, 无法提供, 不予处理 and 其他处理 have sub-rows."""

    PUBLIC = "public", _("Disclosed")
    PARTIAL = "partial", _("Partly disclosed")
    WITHHELD = "withheld", _("Not disclosed")
    UNABLE = "unable", _("Unable to provide")
    NOT_PROCESSED = "not_processed", _("Not processed")
    OTHER = "other", _("Otherwise handled")


def outcome_group(outcome):
    """The table 三 group an outcome row belongs to."""
    for prefix, group in (
        ("withheld_", OutcomeGroup.WITHHELD),
        ("unable_", OutcomeGroup.UNABLE),
        ("not_processed_", OutcomeGroup.NOT_PROCESSED),
        ("other", OutcomeGroup.OTHER),
    ):
        if outcome.startswith(prefix):
            return group
    return OutcomeGroup(outcome)


class AppealKind(models.TextChoices):
    RECONSIDERATION = "reconsideration", _("Administrative reconsideration")
    LITIGATION_DIRECT = "litigation_direct", _("Administrative litigation, filed directly")
    LITIGATION_AFTER = "litigation_after", _("Administrative litigation, after reconsideration")


class AppealResult(models.TextChoices):
    """Table 四's result columns."""

    UPHELD = "upheld", _("Upheld")
    CORRECTED = "corrected", _("Corrected")
    OTHER = "other", pgettext_lazy("appeal result", "Other")
    PENDING = "pending", _("Not yet concluded")


class FeeMethod(models.TextChoices):
    """国办函〔2020〕109号 lets the organ charge by count of requests or by pages."""

    BY_COUNT = "by_count", _("By number of requests")
    BY_PAGES = "by_pages", _("By number of pages")


class ConsultationAnswer(models.TextChoices):
    CONSENTS = "consents", _("Consents to disclosure")
    OBJECTS = "objects", _("Objects to disclosure")
    NO_ANSWER = "no_answer", _("Did not answer in time")


class EventKind(models.TextChoices):
    """The steps of a case's timeline; each action appends one."""

    RECEIVED = "received", _("Received")
    ACCEPTED = "accepted", _("Accepted")
    CORRECTION_REQUESTED = "correction_requested", _("Correction requested")
    CORRECTED = "corrected", _("Correction received")
    CONSULTATION_SENT = "consultation_sent", _("Third party consulted")
    CONSULTATION_ANSWERED = "consultation_answered", _("Third party's answer recorded")
    EXTENDED = "extended", _("Deadline extended")
    SUSPENDED = "suspended", _("Suspended")
    RESUMED = "resumed", _("Resumed")
    FEE_NOTIFIED = "fee_notified", _("Fee notified")
    FEE_PAID = "fee_paid", _("Fee paid")
    FORWARDED = "forwarded", _("Forwarded to the competent organ")
    REPLIED = "replied", _("Replied")
    CLOSED_NO_CORRECTION = "closed_no_correction", _("Closed: not corrected in time")
    CLOSED_UNPAID = "closed_unpaid", _("Closed: fee not paid in time")
    WITHDRAWN = "withdrawn", _("Withdrawn by the applicant")
    APPEAL_RECORDED = "appeal_recorded", _("Appeal recorded")
    CALENDAR_CHANGED = "calendar_changed", _("Calendar changed: due date to be checked")
    RELEASE_ADDED = "release_added", _("Released file attached")
    RELEASE_APPROVED = "release_approved", _("Released file passed the secrecy review")
    RELEASE_REFUSED = "release_refused", _("Released file refused by the secrecy review")
    DRAFT_ITEM_MADE = "draft_item_made", _("Draft disclosure item made from the reply")


# Steps of the organ's own work that the applicant's tracking page does not list.
INTERNAL_EVENT_KINDS = [
    EventKind.RELEASE_ADDED,
    EventKind.RELEASE_APPROVED,
    EventKind.RELEASE_REFUSED,
    EventKind.DRAFT_ITEM_MADE,
]
