"""The applicant is told by e-mail (Django's mail; console in development) and by SMS at receipt,
补正, extension, consultation and reply. A failed delivery is logged; it never undoes the step."""
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _

from .choices import EventKind
from .constants import LOGGER
from .sms import sms_backend

logger = logging.getLogger(LOGGER)

NOTIFIED_STEPS = {
    EventKind.RECEIVED,
    EventKind.CORRECTION_REQUESTED,
    EventKind.EXTENDED,
    EventKind.CONSULTATION_SENT,
    EventKind.REPLIED,
    EventKind.FORWARDED,
}


def message_for(case, event):
    lines = [
        _("Your request for government information %(number)s to %(organ)s:")
        % {"number": case.number, "organ": case.organ.name},
        f"{event.occurred_on:%Y-%m-%d} {event.get_kind_display()}",
    ]
    if event.kind == EventKind.CORRECTION_REQUESTED:
        lines += [event.note, _("Please correct it by %(date)s.") % {"date": f"{case.correction_due:%Y-%m-%d}"}]
    if case.is_open and case.due_date:
        lines.append(_("The reply is due by %(date)s.") % {"date": f"{case.due_date:%Y-%m-%d}"})
    if not case.is_open:
        lines += [case.get_outcome_display(), case.reply_text]
    lines.append(_("Follow your request with its number and tracking code on the portal."))
    return "\n".join(line for line in lines if line)


def notify_applicant(sender, case, event, **kwargs):
    """Receiver of case_event_recorded."""
    if event.kind not in NOTIFIED_STEPS:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("[%(number)s] %(step)s") % {"number": case.number, "step": event.get_kind_display()}
        body = message_for(case, event)
        short = _("%(organ)s: your request %(number)s — %(step)s.") % {
            "organ": case.organ.short_name or case.organ.name, "number": case.number, "step": event.get_kind_display()
        }
    if case.email:
        try:
            send_mail(subject, body, None, [case.email])
        except Exception:  # a mail server's failure must not undo the step already taken
            logger.exception("Mail about request %s failed", case.number)
    if case.phone:
        try:
            sms_backend().send(case.phone, short)
        except Exception:  # the gateway is the deployment's; its failure must not undo the step
            logger.exception("SMS about request %s failed", case.number)
