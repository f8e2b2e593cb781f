"""Setting up an organ (公开主体): the organ, its catalogue page, its collection and its four
groups (organ_setup says what each holds). Idempotent: running it again updates the organ and
completes whatever is missing."""
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.actions.base import BaseAction
from wagtail.log_actions import log
from wagtail.models import Collection

from ..constants import ORGAN_SET_UP_ACTION
from ..models import DisclosureCatalogueIndexPage, Organ
from ..organ_setup import ROLES, ensure_catalogue, ensure_collection, ensure_group, save_organ
from ..signals import organ_set_up

LOG_ACTION = ORGAN_SET_UP_ACTION


class SetUpOrganError(PermissionDenied):
    """The organ cannot be set up as asked."""


class SetUpOrganPermissionError(SetUpOrganError):
    """Only users who may add organs set one up."""


@dataclass
class OrganSetup:
    organ: Organ
    catalogue: DisclosureCatalogueIndexPage
    collection: Collection
    groups: dict
    created: bool


class SetUpOrganAction(BaseAction):
    """Create or complete an organ's catalogue, collection and groups, then send
    `organ_set_up` (on every run: receivers complete what is missing, as this does).

    `validate_code=False` accepts a placeholder code (an import that knows only the name);
    the organ's admin form asks for the real one at the next edit. Invalid organ data raises
    Django's ValidationError, with a message per field."""

    action_name = "set_up_organ"
    permission_error_class = SetUpOrganPermissionError

    def __init__(self, *, name, code, user=None, parent_page=None, slug=None, validate_code=True, **options):
        super().__init__(Organ, user=user)
        self.name, self.code, self.options = name, code, options
        self.parent_page, self.slug, self.validate_code = parent_page, slug, validate_code

    def check(self, skip_permission_checks=False):
        if self.user and not skip_permission_checks and not self.user.has_perm("disclosure_pages.add_organ"):
            raise SetUpOrganPermissionError(_("You do not have permission to set up disclosing organs."))

    def execute(self, skip_permission_checks=False):
        self.check(skip_permission_checks=skip_permission_checks)
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            organ, created = save_organ(self.name, self.code, self.options, self.validate_code)
            catalogue = ensure_catalogue(organ, self.parent_page, self.slug)
            collection = ensure_collection(organ)
            groups = {role: ensure_group(organ, role, catalogue, collection) for role in ROLES}
            log(instance=organ, action=LOG_ACTION, user=self.user, data={"created": created})
            self._after_set_up(organ, catalogue, groups)
        return OrganSetup(organ, catalogue, collection, groups, created)

    def _after_set_up(self, organ, catalogue, groups):
        # Inside the transaction: review_workflow's receiver binds the workflow, and an organ
        # without it must not be left behind.
        organ_set_up.send(sender=Organ, organ=organ, catalogue=catalogue, groups=groups)
