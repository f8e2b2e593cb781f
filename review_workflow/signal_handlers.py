"""Receivers of review_workflow, connected by register_signal_handlers() from the app's ready()
(not from wagtail_hooks: setup_organ also runs from management commands, before any admin hook
module is imported)."""
from gongkai.disclosure_pages.signals import organ_set_up

from .organ_workflows import on_organ_set_up


def register_signal_handlers():
    organ_set_up.connect(on_organ_set_up, dispatch_uid="review_workflow-organ-workflow")
