from django.db import models
from django.utils.translation import gettext_lazy as _


class Concern(models.TextChoices):
    """The checklist of a secrecy review: what the reviewer looked for."""

    STATE_SECRET = "state_secret", _("State secrets")
    WORK_SECRET = "work_secret", _("Work secrets")
    COMMERCIAL_SECRET = "commercial_secret", _("Commercial secrets")
    PERSONAL_INFORMATION = "personal_information", _("Personal privacy or personal information")
    SENSITIVE_INFORMATION = "sensitive_information", _("Sensitive information")
    AGGREGATION = "aggregation", _("Could leak secrets when aggregated")


class Conclusion(models.TextChoices):
    APPROVE = "approve", _("Approve for disclosure")
    APPROVE_REDACTED = "approve_redacted", _("Approve after separating exempt parts")
    WITHHOLD = "withhold", _("Do not disclose")
    ESCALATE = "escalate", _("Refer to the secrecy administration for determination")
    FILE_RECORD = "file_record", _("Agree with the disclosure attribute; file as a record")


# Conclusions that let the reviewed content go live.
PASSING_CONCLUSIONS = (Conclusion.APPROVE, Conclusion.APPROVE_REDACTED)
# What a reviewer may conclude, by whether the item's 公开属性 lets it be public at all: a
# 依申请公开 or 不予公开 item is never approved for the portal, only filed as a record.
PUBLIC_ITEM_CONCLUSIONS = (Conclusion.APPROVE, Conclusion.APPROVE_REDACTED, Conclusion.WITHHOLD, Conclusion.ESCALATE)
RECORD_CONCLUSIONS = (Conclusion.FILE_RECORD, Conclusion.WITHHOLD, Conclusion.ESCALATE)


class RecordKind(models.TextChoices):
    REVIEW = "review", _("Secrecy review")
    LEGACY_IMPORT = "legacy_import", _("Legacy import")
    AUTHORITY_DETERMINATION = "authority_determination", _("Determination of the secrecy administration")


class DeterminationResult(models.TextChoices):
    APPROVE = Conclusion.APPROVE.value, Conclusion.APPROVE.label
    APPROVE_REDACTED = Conclusion.APPROVE_REDACTED.value, Conclusion.APPROVE_REDACTED.label
    WITHHOLD = Conclusion.WITHHOLD.value, Conclusion.WITHHOLD.label
    FILE_RECORD = Conclusion.FILE_RECORD.value, Conclusion.FILE_RECORD.label
