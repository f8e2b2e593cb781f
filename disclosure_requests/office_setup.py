"""An organ's request office: made when setup_organ runs (organ_set_up), with the group of
request handlers (依申请公开办理人) and the organ's leaders as the two groups that see its cases."""
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from .constants import HANDLE_PERMISSION, LEADERS_ROLE
from .models import RequestOffice


def handlers_group_name(organ):
    return _("%(organ)s request handlers") % {"organ": organ.short_name or organ.name}


def grant_case_access(group):
    group.permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", HANDLE_PERMISSION], content_type__app_label__in=["wagtailadmin", "disclosure_requests"]
        )
    )


@transaction.atomic
def set_up_request_office(organ, leaders):
    """Create (or complete) the organ's office; keep its periods if it exists."""
    with translation.override(settings.LANGUAGE_CODE):
        handlers, _created = Group.objects.get_or_create(name=handlers_group_name(organ))
    office, _created = RequestOffice.objects.get_or_create(organ=organ)
    office.handlers = office.handlers or handlers
    office.leaders = office.leaders or leaders
    office.save()  # signal_handlers.office_saved grants its groups access to the cases
    return office


def on_organ_set_up(sender, organ, groups, **kwargs):
    set_up_request_office(organ, groups[LEADERS_ROLE])


