"""The receipt date of a request (Art. 31): in person, the day it was handed in; by registered
post, the day the organ signed for it; by ordinary post, the day the organ confirmed it with
the applicant; online, by fax or e-mail, the day both sides confirmed it."""
from django.utils import timezone
from django.utils.translation import gettext as _

from .choices import Channel


def receipt_date_question(channel):
    """What the registering handler is asked for the receipt date of a request that came by `channel`."""
    return {
        Channel.IN_PERSON: _("The day the applicant handed the request in."),
        Channel.REGISTERED_POST: _("The day the organ signed for the registered letter."),
        Channel.ORDINARY_POST: _("The day the organ confirmed the letter with the applicant."),
        Channel.FAX: _("The day the applicant and the organ confirmed the fax."),
        Channel.EMAIL: _("The day the applicant and the organ confirmed the e-mail."),
        Channel.ONLINE: _("The day the applicant and the organ confirmed the online request."),
    }[Channel(channel)]


def receipt_date_error(channel, received_on):
    """Why `received_on` cannot be the receipt date of a request by `channel`, or None."""
    if received_on is None:
        return None if channel == Channel.ONLINE else _("Enter the receipt date.")
    if received_on > timezone.localdate():
        return _("The receipt date may not be in the future.")
    return None


def receipt_date_note(case, forwarded_by=None):
    """Why the stored receipt date of `case` is that day, for the case's timeline; a case another
    organ forwarded (`forwarded_by`, its case there) is received the day it was forwarded."""
    if case.received_on is None:
        return ""
    if forwarded_by is not None:
        return _("Receipt date %(date)s: the day %(organ)s forwarded its request %(number)s here") % {
            "date": f"{case.received_on:%Y-%m-%d}",
            "organ": forwarded_by.organ.name,
            "number": forwarded_by.number,
        }
    return _("Receipt date %(date)s, received by %(channel)s: %(rule)s (Art. 31)") % {
        "date": f"{case.received_on:%Y-%m-%d}",
        "channel": case.get_channel_display(),
        "rule": receipt_date_question(case.channel),
    }
