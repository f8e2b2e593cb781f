"""System checks of review_workflow's settings and of what the secrecy review needs installed."""
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured

from . import conf
from .organ_workflows import review_steps


@register(Tags.security, deploy=True)
def ledger_key_is_set(app_configs, **kwargs):
    key = conf.get("GONGKAI_LEDGER_KEY")
    if not key:
        return [
            Warning(
                "GONGKAI_LEDGER_KEY is not set: the review ledger is signed with a key derived "
                "from SECRET_KEY, so anyone who has SECRET_KEY can forge review records.",
                hint="Set GONGKAI_LEDGER_KEY to a long random secret kept apart from SECRET_KEY "
                "and from the database (docs/ledger.md).",
                id="review_workflow.W001",
            )
        ]
    if key == settings.SECRET_KEY:
        return [
            Error(
                "GONGKAI_LEDGER_KEY must differ from SECRET_KEY.",
                id="review_workflow.E001",
            )
        ]
    return []


@register(Tags.security)
def admin_isolation_is_installed(app_configs, **kwargs):
    """Without the middleware, Wagtail's admin views name other organs' hidden items."""
    if "gongkai.review_workflow.admin_isolation.AdminIsolationMiddleware" in settings.MIDDLEWARE:
        return []
    return [
        Error(
            "gongkai.review_workflow.admin_isolation.AdminIsolationMiddleware is not in MIDDLEWARE: "
            "editors could read other organs' unpublished items in the admin.",
            hint="Add it after AuthenticationMiddleware.",
            id="review_workflow.E002",
        )
    ]


@register
def review_steps_are_valid(app_configs, **kwargs):
    """A wrong GONGKAI_REVIEW_STEPS would otherwise surface only when an organ is set up."""
    try:
        review_steps()
    except (ImproperlyConfigured, TypeError) as error:
        return [
            Error(
                f"GONGKAI_REVIEW_STEPS is not usable: {error}",
                hint=f"The default is {conf.DEFAULTS['GONGKAI_REVIEW_STEPS']}.",
                id="review_workflow.E003",
            )
        ]
    return []

