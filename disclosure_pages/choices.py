"""The closed vocabularies of a disclosure item (domain.md §1–§2)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Disclosure(models.TextChoices):
    """公开属性."""

    PUBLIC = "public", _("Proactive disclosure")
    ON_REQUEST = "on_request", _("Disclosure on request")
    WITHHELD = "withheld", _("Not disclosed")
    # Some portals record requests and files that are not government information (domain.md §1):
    # kept as records, never in the public catalogue, and needing no withholding reason.
    NON_GOVERNMENT = "non_government", _("Not government information")


class WithholdingReason(models.TextChoices):
    """不公开理由: the grounds of Art. 14–16 of the Regulation."""

    STATE_SECRET = "state_secret", _("State secret")
    LAW_FORBIDS = "law_forbids", _("Forbidden by other laws or administrative regulations")
    SECURITY_STABILITY = "security_stability", _("Would endanger national, public or economic security or social stability")
    THIRD_PARTY_RIGHTS = "third_party_rights", _("Commercial secrets or personal privacy of a third party")
    INTERNAL_AFFAIRS = "internal_affairs", _("Internal-affairs information")
    PROCESS_INFORMATION = "process_information", _("Process information")
    ENFORCEMENT_CASE_FILE = "enforcement_case_file", _("Administrative law-enforcement case file")


class Classification(models.TextChoices):
    """密级."""

    NONE = "none", _("Not classified")
    SECRET = "secret", _("Secret")
    CONFIDENTIAL = "confidential", _("Confidential")
    TOP_SECRET = "top_secret", _("Top secret")


class Validity(models.TextChoices):
    """有效性."""

    VALID = "valid", _("In force")
    AMENDED = "amended", _("Amended")
    REPEALED = "repealed", _("Repealed")
    EXPIRED = "expired", _("Expired")
