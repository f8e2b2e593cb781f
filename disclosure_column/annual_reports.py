"""年报: an organ's published annual reports on its disclosure work, as the catalogue holds them.

Offices publish each year's 政府信息公开工作年度报告 as a catalogue item (a 报告 with the report
as its body or attachment); the section lists those, newest year first. Reports the platform
builds from its own records join them when the annual-report app exists.
"""
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import may_be_public_now

from . import conf


def organ_annual_reports(organ):
    """The organ's public items whose title names the annual report, newest first."""
    items = (
        DisclosureItemPage.objects.live()
        .filter(organ=organ, title__contains=conf.get("GONGKAI_COLUMN_ANNUAL_REPORT_TITLE"))
        .order_by("-written_date", "-pk")
    )
    return [item for item in items if may_be_public_now(item)]
