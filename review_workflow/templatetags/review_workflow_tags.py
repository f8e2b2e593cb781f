from django import template

from ..acknowledgements import keyed_findings
from ..companions import review_companions
from ..review_rules import conclusions_for, pending_referral
from ..scanning import scan_item

register = template.Library()


@register.simple_tag
def secrecy_review_subject(page):
    """What the review dialog shows and names: the revision under review (its id goes back
    with the decision), its scan findings with their acknowledgement keys, the conclusions
    the item's 公开属性 allows, any referral awaiting the authority's determination, and the
    companions (a policy's pending interpretations) the decision covers too."""
    page = page.specific
    revision = page.get_latest_revision()
    findings = scan_item(revision.as_object()) if revision else []
    return {
        "page": page,
        "revision": revision,
        "findings": keyed_findings(findings),
        "conclusions": conclusions_for(page),
        "referral": pending_referral(page, revision),
        "companions": review_companions(page) if revision else [],
    }
