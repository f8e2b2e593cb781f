"""年报: an organ's published annual reports on its disclosure work, newest year first.

Two kinds are merged by year: reports the platform builds from its own records (the
annual-reports app's pages, when that app is installed) and reports offices published as
catalogue items (a 报告 with the report as its body or attachment), found by their title.
"""
import re

from django.apps import apps

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import may_be_public_now

from . import conf

TITLE_YEAR = re.compile(r"(\d{4})\s*年")


def item_year(item):
    """The year a catalogue item reports on: the one its title names, else the year it was written."""
    match = TITLE_YEAR.search(item.title)
    return int(match.group(1)) if match else item.written_date.year


def built_reports(organ):
    """The report pages of the annual-reports app that may be public now (read through the app
    registry: this app works without it, and the annual-reports app depends on this one)."""
    if not apps.is_installed("gongkai.annual_reports"):
        return []
    report_model = apps.get_model("annual_reports", "AnnualReportPage")
    reports = report_model.objects.live().filter(organ=organ)
    return [(report.year, 0, report) for report in reports if may_be_public_now(report)]


def organ_annual_reports(organ):
    """The organ's public annual reports, newest year first; within a year the built report first."""
    items = DisclosureItemPage.objects.live().filter(
        organ=organ, title__contains=conf.get("GONGKAI_COLUMN_ANNUAL_REPORT_TITLE")
    )
    published = [(item_year(item), 1, item) for item in items if may_be_public_now(item)]
    entries = sorted(built_reports(organ) + published, key=lambda entry: (-entry[0], entry[1], -entry[2].pk))
    return [page for _year, _order, page in entries]
