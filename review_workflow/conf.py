"""Settings of review_workflow, each with its default (docs/settings.md lists them all)."""
from pathlib import Path

from django.conf import settings

from .constants import REVIEW_STEP_ROLES

DEFAULTS = {
    # Nobody secrecy-reviews content they wrote (四眼原则); off only for a one-person office.
    "GONGKAI_SEPARATION_OF_DUTIES": True,
    # The approval steps of each organ's workflow, in order; the secrecy review is always one.
    "GONGKAI_REVIEW_STEPS": list(REVIEW_STEP_ROLES),
    # The key signing the review ledger. Empty means derived from SECRET_KEY, which is fine for
    # development; `check --deploy` warns (review_workflow.W001).
    "GONGKAI_LEDGER_KEY": "",
    # The append-only file of the ledger's anchors. None: anchors go to the log only.
    "GONGKAI_LEDGER_ANCHOR_FILE": None,
    # Where secrecy-administration letters are stored. None: private_media_root() below.
    "GONGKAI_PRIVATE_MEDIA_ROOT": None,
}


def get(name):
    """The site's value of one of this app's settings, else its default."""
    return getattr(settings, name, DEFAULTS[name])


def private_media_root():
    """The letters' folder: the setting, else "private-media" beside MEDIA_ROOT, which no URL serves."""
    return get("GONGKAI_PRIVATE_MEDIA_ROOT") or Path(settings.MEDIA_ROOT).parent / "private-media"
