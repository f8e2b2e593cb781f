"""The annual report in a real browser: the office fills table 二's entered figures (a negative one
is refused with its cell named), submits; the report passes the organ's review chain (section head,
secrecy review, leader) and appears in the portal's 年报 section; axe-core finds no serious issue in
its page, and its .xlsx download reads back to the page's numbers."""
import re

from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from playwright.sync_api import expect

from gongkai.annual_reports.export import report_data
from gongkai.annual_reports.models import AnnualReportPage
from gongkai.annual_reports.rendering.spreadsheet import read_xlsx
from gongkai.disclosure_pages.constants import EDITORS, LEADERS, SECRECY_REVIEWERS, SECTION_HEADS

from .test_review_workflow import approve, as_user, organ, run_menu_action, secrecy_review  # noqa: F401 (fixtures)

TITLE = "方山县人民政府办公室2025年政府信息公开工作年度报告"
SERIOUS = {"serious", "critical"}
ENTERED = {"licensing_decisions": "126", "penalty_decisions": "18", "coercion_decisions": "3", "fees_amount": "12.36"}


def serious_violations(page):
    violations = Axe().run(page).response["violations"]
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations if v["impact"] in SERIOUS]


def current_task_name(report):
    state = AnnualReportPage.objects.get(pk=report.pk).current_workflow_task_state
    return state.task.name if state else None


def save_draft(page):
    with page.expect_navigation():
        page.locator("footer button.action-save").first.click()
    page.wait_for_load_state("networkidle")


def fill_table_two(page, report, screenshot):
    page.goto(f"/admin/pages/{report.pk}/edit/")
    page.fill("input[name=entered_licensing_decisions]", "-3")
    save_draft(page)
    expect(page.locator("body")).to_contain_text("行政许可：本年处理决定数量：请填写不小于0的数字。")
    screenshot(page, "annual-report-negative-figure-refused")
    for name, value in ENTERED.items():
        page.fill(f"input[name=entered_{name}]", value)
    save_draft(page)
    expect(page.locator("body")).not_to_contain_text("请填写不小于0的数字")
    stored = AnnualReportPage.objects.get(pk=report.pk).get_latest_revision_as_object()
    assert stored.entered_figures["licensing_decisions"] == 126 and stored.entered_figures["fees_amount"] == 12.36
    run_menu_action(page, "button[name=action-submit]")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/(edit/)?$"))
    screenshot(page, "annual-report-submitted")


def test_the_office_fills_submits_and_the_reviewed_report_is_public_with_its_downloads(
    organ, as_user, browser_page, screenshot  # noqa: F811
):
    report = organ.catalogue.add_child(
        instance=AnnualReportPage(title=TITLE, slug="annual-report-2025", organ=organ.organ, year=2025)
    )
    fill_table_two(as_user(EDITORS), report, screenshot)
    assert current_task_name(report) == "科室审核（县政府办）"
    assert browser_page.goto(report.url).status == 404
    section_head = as_user(SECTION_HEADS)
    approve(section_head, report)
    screenshot(section_head, "annual-report-section-head-approved")
    assert current_task_name(report) == "保密审查（县政府办）"
    reviewer = as_user(SECRECY_REVIEWERS)
    secrecy_review(reviewer, report)
    screenshot(reviewer, "annual-report-secrecy-review-approved")
    assert current_task_name(report) == "领导签发（县政府办）"
    approve(as_user(LEADERS), report)
    report = AnnualReportPage.objects.get(pk=report.pk)
    assert report.live and report.frozen_figures["entered"]["penalty_decisions"] == 18

    browser_page.goto(reverse("portal:organ_section", args=["annual-reports", organ.organ.pk]))
    screenshot(browser_page, "annual-report-portal-section")
    with browser_page.expect_navigation():
        browser_page.get_by_role("link", name=TITLE).first.click()
    expect(browser_page.locator("h1")).to_contain_text(TITLE)
    screenshot(browser_page, "annual-report-public-page")
    assert serious_violations(browser_page) == []

    with browser_page.expect_download() as download:
        browser_page.get_by_role("link", name="下载报告表格（.xlsx）").click()
    reread = read_xlsx(open(download.value.path(), "rb").read())
    expected = report_data(report)["tables"]
    assert [[row["values"] for row in table["rows"]] for table in reread["tables"].values()] == [
        [row["values"] for row in table["rows"]] for table in expected.values()
    ]
