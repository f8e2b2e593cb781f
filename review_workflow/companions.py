"""Pages reviewed together with the one under review (政策解读 三同步: a policy and its pending
interpretations). Other apps name them through the `secrecy_review_companions` hook, a function
taking the page and returning pages; each companion's latest revision is decided with the page."""
from django.utils.translation import gettext as _
from wagtail import hooks

from .choices import RecordKind
from .fingerprints import revision_fingerprint
from .ledger import append_record
from .review_rules import ReviewRefused
from .scanning import scan_item


def review_companions(page):
    return [companion for hook in hooks.get_hooks("secrecy_review_companions") for companion in hook(page)]


def record_companion_decisions(page, user, *, checklist, conclusion, opinion, override_reason):
    """Write the reviewer's decision on `page` for each companion's latest revision too. A companion
    whose scan finds something (personal data …) cannot pass unseen: it is reviewed on its own."""
    for companion in review_companions(page):
        revision = companion.get_latest_revision()
        if scan_item(revision.as_object()):
            raise ReviewRefused(
                _("The interpretation “%(title)s” has scan findings: review it on its own first.")
                % {"title": companion.title}
            )
        append_record(
            companion,
            user,
            kind=RecordKind.REVIEW,
            revision=revision,
            fingerprint=revision_fingerprint(revision),
            checklist=checklist,
            conclusion=conclusion,
            opinion=opinion,
            override_reason=override_reason,
            scan_summary=[],
        )
