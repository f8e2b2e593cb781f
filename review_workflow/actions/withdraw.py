"""撤稿: a secrecy reviewer or leader takes a live item down at once, with a reason."""
import logging

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.actions.base import BaseAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log

from gongkai.disclosure_pages.constants import PUBLICATION_LOGGER
from gongkai.disclosure_pages.signals import item_withdrawn

from ..constants import WITHDRAW_ACTION
from ..withdrawal import may_withdraw

logger = logging.getLogger(PUBLICATION_LOGGER)


class WithdrawError(PermissionDenied):
    """The item cannot be withdrawn as asked; the message says why."""


class WithdrawPermissionError(WithdrawError):
    """The user is not one of the organ's secrecy reviewers or leaders."""


class WithdrawItemAction(BaseAction):
    action_name = "withdraw"

    def __init__(self, page, *, user, reason):
        super().__init__(page.specific, user=user)
        self.page = self.instance
        self.reason = reason.strip()

    def check(self, skip_permission_checks=False):
        if not self.page.live:
            raise WithdrawError(_("This item is not live, so there is nothing to withdraw."))
        if not skip_permission_checks and not may_withdraw(self.page, self.user):
            raise WithdrawPermissionError(_("Only the organ's secrecy reviewers and leaders may withdraw an item."))
        if not self.reason:
            raise WithdrawError(_("Give the reason for withdrawing the item."))

    def execute(self, skip_permission_checks=False):
        self.check(skip_permission_checks=skip_permission_checks)
        with transaction.atomic():
            UnpublishPageAction(self.page, user=self.user, log_action=True).execute(skip_permission_checks=True)
            log(instance=self.page, action=WITHDRAW_ACTION, user=self.user, data={"reason": self.reason})
        logger.warning("Item %s (%s) withdrawn by %s: %s", self.page.pk, self.page.title, self.user, self.reason)
        self._after_withdraw()
        return self.page

    def _after_withdraw(self):
        item_withdrawn.send(sender=type(self.page), page=self.page, user=self.user, reason=self.reason)
