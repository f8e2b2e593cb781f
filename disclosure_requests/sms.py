"""The SMS backend interface: a deployment names its gateway's class in
GONGKAI_REQUESTS_SMS_BACKEND (a dotted path); the default only writes the message to the log."""
import logging

from django.utils.module_loading import import_string

from . import conf
from .constants import LOGGER

logger = logging.getLogger(LOGGER)


class SmsBackend:
    """Subclass and implement `send`; raise on failure (the caller logs it, the case goes on)."""

    def send(self, phone, message):
        raise NotImplementedError


class LoggingSmsBackend(SmsBackend):
    def send(self, phone, message):
        logger.info("SMS to %s: %s", phone[-4:].rjust(len(phone), "*"), message)


def sms_backend():
    return import_string(conf.get("GONGKAI_REQUESTS_SMS_BACKEND"))()
