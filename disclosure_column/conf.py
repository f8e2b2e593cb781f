"""Settings of disclosure_column, each with its default (docs/settings.md lists them all)."""
from django.conf import settings

DEFAULTS = {
    # 公开制度 are items of this genre (the shipped taxonomy's 制度).
    "GONGKAI_COLUMN_RULES_GENRE": "zhi-du",
    # 年报 are the items whose title holds this (the national name of the report).
    "GONGKAI_COLUMN_ANNUAL_REPORT_TITLE": "政府信息公开工作年度报告",
    # A guide not reviewed for this long is flagged in the admin (the seeds ask for a yearly review).
    "GONGKAI_COLUMN_GUIDE_REVIEW_DAYS": 365,
    # 三同步: an interpretation should be public with its policy; the report flags one missing this
    # many days after the policy's publication.
    "GONGKAI_COLUMN_INTERPRETATION_DEADLINE_DAYS": 0,
}


def get(name):
    """The site's value of one of this app's settings, else its default."""
    return getattr(settings, name, DEFAULTS[name])
