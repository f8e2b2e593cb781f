"""The demo's annual reports of 方山县人民政府办公室: 2025 frozen and published, 2026 a draft whose
上年结转 is 2025's frozen 结转下年."""
from gongkai.annual_reports.actions.freeze import FreezeReport
from gongkai.annual_reports.drafts import fees_draft, overview_draft
from gongkai.annual_reports.models import AnnualReportPage
from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage
from gongkai.review_workflow.legacy import record_legacy_review

REVIEW_BASIS = "演示数据：年度报告经保密审查同意公开。"
ORGAN_NAME = "方山县人民政府办公室"
ENTERED = {
    2025: {"licensing_decisions": 126, "penalty_decisions": 18, "coercion_decisions": 3, "fees_amount": 12.36},
    2026: {"licensing_decisions": 141, "penalty_decisions": 15, "coercion_decisions": 2, "fees_amount": 10.8},
}
PROBLEMS = (
    "<p>一是部分栏目更新不够及时；二是政策解读形式较为单一。下一步，本机关将落实专人负责栏目维护，"
    "推行图文、视频等多种解读形式。</p>"
)


def add_report(catalogue, year):
    report = AnnualReportPage(
        title=f"{ORGAN_NAME}{year}年政府信息公开工作年度报告",
        slug=f"annual-report-{year}",
        organ=catalogue.organ,
        year=year,
        entered_figures=ENTERED[year],
        problems=PROBLEMS,
        live=False,
    )
    catalogue.add_child(instance=report)
    report.overview = overview_draft(report)
    report.other_matters = fees_draft(report)
    return report


def load_demo_reports(reviewer, stdout=None):
    """Add the reports once (nothing is added when the organ already has one); the demo's
    secrecy reviewer passes 2025's before it is published, like any disclosure content."""
    catalogue = DisclosureCatalogueIndexPage.objects.filter(organ__name=ORGAN_NAME).first()
    if catalogue is None or AnnualReportPage.objects.filter(organ=catalogue.organ).exists():
        return 0
    last_year = add_report(catalogue, 2025)
    FreezeReport(last_year).execute()
    revision = last_year.save_revision(user=reviewer)
    record_legacy_review(revision, reviewer, REVIEW_BASIS)
    revision.publish(user=reviewer, skip_permission_checks=True)
    this_year = add_report(catalogue, 2026)
    this_year.save_revision()
    if stdout:
        stdout.write("Demo annual reports: 2025 (published), 2026 (draft).")
    return 2
