"""The one answer to "may this content go live?" as far as secrecy review goes."""
from django.utils.translation import gettext as _

from .fingerprints import content_fingerprint
from .models import SecrecyReviewRecord


def has_passing_review(page):
    """True if a passing secrecy review record is bound to `page`'s content as it stands."""
    if page.pk is None:
        return False
    return (
        SecrecyReviewRecord.objects.passing()
        .filter(page_id=page.pk, fingerprint=content_fingerprint(page))
        .exists()
    )


def secrecy_review_refusal(page):
    """Why `page`'s content may not go live (先审查、后公开), or None if a review passed it."""
    if has_passing_review(page):
        return None
    return _(
        "This content has not passed a secrecy review. Submit it for review; any change made "
        "after a review needs a new review before it can be published."
    )
