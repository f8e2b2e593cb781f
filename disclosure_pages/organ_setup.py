"""The parts of an organ (公开主体) that actions.set_up_organ creates or completes: the organ,
its catalogue page, its collection and its four groups with permissions limited to its own
subtree.

Publishing is governed by the review workflow (review_workflow listens to `organ_set_up`
and binds the workflow to the catalogue); of the groups only the leaders hold Wagtail's
`publish` permission, for the Publish button that still goes through the publication gate.
"""
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Site

from .constants import EDITORS, LEADERS, ROLES, SECRECY_REVIEWERS, SECTION_HEADS
from .models import DisclosureCatalogueIndexPage, Organ

PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    SECTION_HEADS: ("add_page", "change_page", "lock_page"),
    SECRECY_REVIEWERS: ("change_page", "lock_page"),
    LEADERS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
}
UPLOAD = ("add_document", "change_document", "choose_document", "add_image", "change_image", "choose_image")
CHOOSE = ("choose_document", "choose_image")
COLLECTION_PERMISSIONS = {
    EDITORS: UPLOAD,
    SECTION_HEADS: UPLOAD,
    SECRECY_REVIEWERS: CHOOSE,
    LEADERS: CHOOSE,
}
ORGAN_FIELDS = (
    "short_name",
    "index_prefix",
    "parent",
    "office_address",
    "office_hours",
    "office_phone",
    "office_email",
)


def role_label(role):
    return {
        EDITORS: _("editors"),
        SECTION_HEADS: _("section heads"),
        SECRECY_REVIEWERS: _("secrecy reviewers"),
        LEADERS: _("leaders"),
    }[role]


def group_name(organ, role):
    return _("%(organ)s %(role)s") % {"organ": organ.short_name or organ.name, "role": role_label(role)}


def save_organ(name, code, options, validate_code):
    organ = Organ.objects.filter(code=code.strip().upper()).first() or Organ(code=code)
    created = organ.pk is None
    organ.name = name
    for field in ORGAN_FIELDS:
        if options.get(field) is not None:
            setattr(organ, field, options[field])
    organ.full_clean(exclude=None if validate_code else ["code"])
    organ.save()
    return organ, created


def ensure_catalogue(organ, parent_page, slug):
    catalogue = DisclosureCatalogueIndexPage.objects.filter(organ=organ).first()
    if catalogue is None:
        parent_page = parent_page or Site.objects.get(is_default_site=True).root_page
        catalogue = DisclosureCatalogueIndexPage(
            title=_("%(organ)s disclosure catalogue") % {"organ": organ.name},
            slug=slug or organ.code.lower(),
            organ=organ,
        )
        parent_page.add_child(instance=catalogue)
        catalogue.save_revision().publish()
    return catalogue


def ensure_collection(organ):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=organ.name).first()
    return collection or root.add_child(name=organ.name)


def permissions(codenames):
    return Permission.objects.filter(codename__in=codenames)


def ensure_group(organ, role, catalogue, collection):
    group, _created = Group.objects.get_or_create(name=group_name(organ, role))
    group.permissions.add(*permissions(["access_admin"]).filter(content_type__app_label="wagtailadmin"))
    for permission in permissions(PAGE_PERMISSIONS[role]).filter(content_type__app_label="wagtailcore"):
        GroupPagePermission.objects.get_or_create(group=group, page=catalogue, permission=permission)
    for permission in permissions(COLLECTION_PERMISSIONS[role]):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    return group

