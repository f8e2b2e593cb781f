from django import template

from ..review_actions import awaiting_determination
from ..scanning import scan_item

register = template.Library()


@register.inclusion_tag("review_workflow/scan_findings.html")
def secrecy_scan(page):
    """The automated scan of the content under review, for the review modal."""
    page = page.specific
    revision = page.get_latest_revision()
    return {
        "findings": scan_item(revision.as_object()) if revision else [],
        "awaiting_determination": awaiting_determination(page, revision),
        "revision": revision,
        "page": page,
    }
