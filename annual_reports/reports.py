"""Which report answers for an organ and a year: its saved page, or — where the office has not
made one yet — an unsaved report computed from the records, so every organ can be checked."""
from gongkai.disclosure_pages.models import Organ

from .models import AnnualReportPage


def report_for(organ, year):
    report = AnnualReportPage.objects.filter(organ=organ, year=year).order_by("-pk").first()
    return report or AnnualReportPage(organ=organ, year=year, title=f"{organ.name}{year}年政府信息公开工作年度报告")


def organs_reporting():
    """Organs with a catalogue: those that publish, and so report."""
    return Organ.objects.filter(catalogue__isnull=False).order_by("code")


def report_failures(report):
    """The failures of what the report prints: its frozen figures once frozen, else the live ones."""
    return report.failures(report.figures())
