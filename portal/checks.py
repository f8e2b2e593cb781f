"""System checks of what a site must get right for the portal to be its public face."""
from pathlib import Path

from django.apps import apps
from django.core import checks
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

# The disclosure app's page types, each rendered by the portal's template of the same name.
PAGE_TEMPLATES = (
    "disclosure_pages/disclosure_item_page.html",
    "disclosure_pages/disclosure_catalogue_index_page.html",
    "disclosure_pages/policy_interpretation_page.html",
)


@checks.register(checks.Tags.templates)
def check_portal_presents_disclosure_pages(app_configs, **kwargs):
    """The portal overrides the disclosure app's plain page templates the Django way, by coming
    first in INSTALLED_APPS; listed after it, items would be served without the portal's navigation,
    search and citations, and nothing else would say so."""
    domain_templates = Path(apps.get_app_config("disclosure_pages").path) / "templates"
    errors = []
    for name in PAGE_TEMPLATES:
        try:
            origin = Path(get_template(name).origin.name)
        except TemplateDoesNotExist:
            continue
        if origin.is_relative_to(domain_templates):
            errors.append(
                checks.Error(
                    f"{name} is the disclosure app's plain template, not the portal's.",
                    hint='List "gongkai.portal" before "gongkai.disclosure_pages" in INSTALLED_APPS.',
                    id="gongkai_portal.E001",
                )
            )
    return errors
