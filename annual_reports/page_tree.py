"""Where reports live: in the organ's catalogue, whose review workflow they go through.

The catalogue (disclosure_pages) does not know this app, so the app adds its page type to the
catalogue's allowed children when it is installed, instead of disclosure_pages importing it.
"""
from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage

REPORT_PAGE_TYPE = "annual_reports.AnnualReportPage"


def allow_reports_in_catalogues():
    if REPORT_PAGE_TYPE not in DisclosureCatalogueIndexPage.subpage_types:
        DisclosureCatalogueIndexPage.subpage_types = [*DisclosureCatalogueIndexPage.subpage_types, REPORT_PAGE_TYPE]
