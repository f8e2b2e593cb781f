"""Settings of annual_reports, each with its default (docs/settings.md lists them all)."""
from django.conf import settings

DEFAULTS = {
    # The national format of 国办公开办函〔2021〕30号; reports keep the version they were made with.
    "GONGKAI_ANNUAL_REPORT_FORMAT": "2021",
    # Art. 49: departments publish the previous year's report by 31 January ("MM-DD").
    "GONGKAI_ANNUAL_REPORT_DEADLINE": "01-31",
    # Organs with another date, by organ code: people's governments (31 March, Art. 49) or a
    # local rule (one seed says 10 March).
    "GONGKAI_ANNUAL_REPORT_ORGAN_DEADLINES": {},
    # How many days before its deadline the dashboard starts warning an organ's staff.
    "GONGKAI_ANNUAL_REPORT_WARNING_DAYS": 30,
}


def get(name):
    """The site's value of one of this app's settings, else its default."""
    return getattr(settings, name, DEFAULTS[name])
