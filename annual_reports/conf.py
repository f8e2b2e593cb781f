"""Settings of annual_reports, each with its default (docs/settings.md lists them all)."""
from django.conf import settings

DEFAULTS = {
    # The national format of 国办公开办函〔2021〕30号; reports keep the version they were made with.
    "GONGKAI_ANNUAL_REPORT_FORMAT": "2021",
}


def get(name):
    """The site's value of one of this app's settings, else its default."""
    return getattr(settings, name, DEFAULTS[name])
