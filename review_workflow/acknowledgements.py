"""Every scan finding, of any severity, is acknowledged one by one before content passes
the secrecy review: a phone number in a subsidy roster is as much a leak as an ID number.

A finding's key names it within one revision's scan (its position and what it says), so an
acknowledgement given on one version of the content never carries over to another.
"""
import hashlib
from dataclasses import asdict

from django.utils.translation import gettext as _


def finding_key(position, finding):
    raw = f"{position}|{finding.kind}|{finding.source}|{finding.excerpt}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def keyed_findings(findings):
    return [(finding_key(position, finding), finding) for position, finding in enumerate(findings)]


def describe(finding):
    return f"{finding.label}（{finding.source}：{finding.excerpt}）"


def unacknowledged_refusal(findings, acknowledged):
    """Why content with `findings` may not pass with only `acknowledged` keys ticked, or None."""
    missing = [finding for key, finding in keyed_findings(findings) if key not in set(acknowledged)]
    if not missing:
        return None
    return _(
        "Every scan finding must be checked and acknowledged before the content may be disclosed. "
        "Not yet acknowledged: %(findings)s. Tick each one you have checked, or request changes."
    ) % {"findings": "；".join(describe(finding) for finding in missing)}


def acknowledged_summary(findings, acknowledged):
    """What the ledger keeps of a scan: each finding (masked) and whether it was acknowledged."""
    return [
        {**asdict(finding), "acknowledged": key in set(acknowledged)}
        for key, finding in keyed_findings(findings)
    ]
