"""Who may see and handle an organ's requests: its request handlers (依申请公开办理人) and its
leaders, as named on the organ's RequestOffice; superusers see everything. Extensions need a
leader (the disclosure office head's approval, Art. 33). Files released with a reply are
reviewed by the organ's secrecy reviewers (review_workflow's group of the organ), as its items are."""
from django.db.models import Q

from gongkai.review_workflow.models import OrganReviewGroups

from .models import DisclosureRequest, RequestOffice


def offices_of(user):
    """The request offices whose cases `user` sees."""
    if not user.is_authenticated:
        return RequestOffice.objects.none()
    if user.is_superuser:
        return RequestOffice.objects.all()
    groups = user.groups.values("pk")
    return RequestOffice.objects.filter(Q(handlers__in=groups) | Q(leaders__in=groups))


def cases_visible_to(user):
    if user.is_authenticated and user.is_superuser:
        return DisclosureRequest.objects.all()
    return DisclosureRequest.objects.filter(organ__in=offices_of(user).values("organ"))


def may_handle(user, organ):
    if not user.is_authenticated:
        return False
    return user.is_superuser or offices_of(user).filter(organ=organ).exists()


def may_approve_extension(user, organ):
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return RequestOffice.objects.filter(organ=organ, leaders__in=user.groups.values("pk")).exists()


def organs_reviewed_by(user):
    """The organs (pks) whose secrecy reviewers include `user`; superusers are no exception
    (谁公开、谁审查), as in the review of items."""
    if not (user.is_authenticated and user.is_active):
        return OrganReviewGroups.objects.none().values("organ")
    return OrganReviewGroups.objects.filter(secrecy_reviewers__in=user.groups.values("pk")).values("organ")


def may_review_release(user, organ):
    return organs_reviewed_by(user).filter(organ=organ).exists()
