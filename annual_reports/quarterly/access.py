"""Whose quarterly figures a user may read: the organs they work for, found the ways the other
apps know them (a page permission on the organ's catalogue, or a place in its request office);
every organ for superusers."""
from django.db.models import Q

from gongkai.disclosure_pages.models import Organ
from gongkai.disclosure_requests.permissions import offices_of
from gongkai.review_workflow.admin_isolation import organs_of


def organs_for_statistics(user):
    if not user.is_authenticated:
        return Organ.objects.none()
    if user.is_superuser:
        return Organ.objects.all()
    return Organ.objects.filter(Q(pk__in=organs_of(user)) | Q(pk__in=offices_of(user).values("organ")))
