"""Remind an organ's staff by e-mail that its report is due (annual_report remind, run by cron):
at most one e-mail per organ a day, recorded as a ReportReminder."""
import logging

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from ..constants import LOGGER_NAME
from ..models import ReportReminder
from ..reminders import body, recipients, subject

logger = logging.getLogger(LOGGER_NAME)


class ReminderError(Exception):
    """No reminder goes out; the message says why."""


class AlreadyReminded(ReminderError):
    """The organ was reminded today."""


class NobodyToRemind(ReminderError):
    """None of the organ's staff who can make the report has an e-mail address."""


class RemindOrgan:
    def __init__(self, due, *, today):
        self.due = due
        self.today = today
        self.addresses = []

    def check(self, skip_permission_checks=False):
        if ReportReminder.objects.filter(organ=self.due.organ, sent_on=self.today).exists():
            raise AlreadyReminded(_("%(organ)s was reminded today.") % {"organ": self.due.organ.name})
        self.addresses = recipients(self.due.organ)
        if not self.addresses:
            raise NobodyToRemind(_("Nobody at %(organ)s has an e-mail address to remind.") % {"organ": self.due.organ.name})

    def execute(self):
        """Record, then send in the same transaction: a failed send leaves no record, so the next
        run tries again; a run racing this one hits the constraint and sends nothing."""
        self.check()
        try:
            with transaction.atomic():
                ReportReminder.objects.create(
                    organ=self.due.organ, year=self.due.year, sent_on=self.today, recipients="\n".join(self.addresses)
                )
                send_mail(subject(self.due), body(self.due), None, self.addresses)
        except IntegrityError as error:
            raise AlreadyReminded(_("%(organ)s was reminded today.") % {"organ": self.due.organ.name}) from error
        logger.info("Reminded %s of its %s report (%s recipients).", self.due.organ.code, self.due.year, len(self.addresses))
        return self.addresses
