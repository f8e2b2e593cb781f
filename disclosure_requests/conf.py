"""Settings of disclosure_requests, each with its default (docs/settings.md lists them all)."""
from django.conf import settings

DEFAULTS = {
    # Art. 33: reply within 20 working days of receipt, one extension of up to 20 more.
    "GONGKAI_REQUESTS_REPLY_WORKING_DAYS": 20,
    "GONGKAI_REQUESTS_EXTENSION_WORKING_DAYS": 20,
    # Art. 30: the 补正 notice goes out within 7 working days of receipt.
    "GONGKAI_REQUESTS_CORRECTION_NOTICE_WORKING_DAYS": 7,
    # The law leaves the applicant's time to correct to the notice; 15 working days is common practice.
    "GONGKAI_REQUESTS_CORRECTION_PERIOD_WORKING_DAYS": 15,
    # Art. 32: the third party answers within 15 working days.
    "GONGKAI_REQUESTS_CONSULTATION_WORKING_DAYS": 15,
    # 国办函〔2020〕109号: the fee is paid within 20 working days of the 收费通知.
    "GONGKAI_REQUESTS_PAYMENT_WORKING_DAYS": 20,
    # Identity proofs stay while an appeal is possible (6 months) and the case may be audited.
    "GONGKAI_REQUESTS_PROOF_RETENTION_DAYS": 3 * 365,
    # Outside MEDIA_ROOT, so no web server serves a proof by its path; None: MEDIA_ROOT/../private.
    "GONGKAI_REQUESTS_PRIVATE_ROOT": None,
    # Request numbers: organ and year based; serials restart each year and are never reused.
    "GONGKAI_REQUESTS_NUMBER_PATTERN": "{organ_code}-{year}-{serial:04d}",
    # A deployment plugs in its SMS gateway here; the default only logs.
    "GONGKAI_REQUESTS_SMS_BACKEND": "gongkai.disclosure_requests.sms.LoggingSmsBackend",
}


def get(name):
    """The site's value of one of this app's settings, else its default."""
    return getattr(settings, name, DEFAULTS[name])
