"""撤稿: a secrecy reviewer or leader takes a live item down at once, with a reason."""
import logging

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log

from gongkai.disclosure_pages.constants import PUBLICATION_LOGGER
from gongkai.disclosure_pages.signals import item_withdrawn

from .constants import WITHDRAW_ACTION

logger = logging.getLogger(PUBLICATION_LOGGER)


def may_withdraw(page, user):
    """Secrecy reviewers and leaders of the item's organ (and superusers) may withdraw it."""
    if not page.live:
        return False
    if user.is_superuser:
        return True
    review_groups = getattr(page.organ, "review_groups", None)
    return review_groups is not None and review_groups.may_withdraw(user)


class WithdrawItemAction:
    def __init__(self, page, user, reason):
        self.page = page.specific
        self.user = user
        self.reason = reason.strip()

    def check(self):
        if not self.page.live:
            raise PermissionDenied(_("This item is not live, so there is nothing to withdraw."))
        if not may_withdraw(self.page, self.user):
            raise PermissionDenied(_("Only the organ's secrecy reviewers and leaders may withdraw an item."))
        if not self.reason:
            raise PermissionDenied(_("Give the reason for withdrawing the item."))

    def execute(self):
        self.check()
        UnpublishPageAction(self.page, user=self.user, log_action=True).execute(
            skip_permission_checks=True
        )
        log(instance=self.page, action=WITHDRAW_ACTION, user=self.user, data={"reason": self.reason})
        logger.warning("Item %s (%s) withdrawn by %s: %s", self.page.pk, self.page.title, self.user, self.reason)
        item_withdrawn.send(sender=type(self.page), page=self.page, user=self.user, reason=self.reason)
        return self.page
