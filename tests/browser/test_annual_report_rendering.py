"""The annual report's tables and quarterly charts in a real Chromium: axe-core finds no serious
issue in the public tables (with their stylesheets) nor in the admin's charts and tables."""
import datetime
import sys
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group, Permission
from django.template.loader import render_to_string

from gongkai.disclosure_pages.models import Organ
from gongkai.disclosure_requests.choices import Status
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.office_setup import set_up_request_office

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "annual_reports"))
from report_tables import report_data  # noqa: E402 (the rendering tests' hand-written report)

SERIOUS = {"serious", "critical"}


def serious_violations(page, context=None):
    violations = Axe().run(page, context=context).response["violations"]
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations if v["impact"] in SERIOUS]


def test_the_public_report_tables_have_no_serious_accessibility_issue(browser_page, screenshot):
    tables = render_to_string("annual_reports/includes/report_tables.html", {"data": report_data()})
    html = f'<!doctype html><html lang="zh-hans"><head><meta charset="utf-8"><title>年度报告</title></head><body><main><h1>方山县人民政府办公室2025年政府信息公开工作年度报告</h1>{tables}</main></body></html>'
    browser_page.route("**/report-preview/", lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"))
    browser_page.goto("/report-preview/")
    assert browser_page.locator("table.report-table caption").count() == 3
    assert browser_page.locator("td.report-figure").first.evaluate("cell => getComputedStyle(cell).textAlign") == "right"
    screenshot(browser_page, "annual-report-tables")
    assert serious_violations(browser_page) == []
    browser_page.emulate_media(media="print")
    screenshot(browser_page, "annual-report-tables-print")


def test_the_quarterly_charts_and_tables_have_no_serious_accessibility_issue(chromium, live_server, django_user_model, screenshot):
    organ = Organ.objects.create(name="方山县人民政府办公室", short_name="县政府办", code="111411994056312813")
    office = set_up_request_office(organ, Group.objects.create(name="县政府办 领导"))
    for serial, (received, closed, outcome) in enumerate(
        [((2025, 3, 3), (2025, 3, 31), "public"), ((2025, 9, 29), (2025, 10, 10), "withheld_process"), ((2025, 5, 6), (2025, 5, 9), "partial")], 1
    ):
        DisclosureRequest.objects.create(
            organ=organ, number=f"B-{serial}", year=2025, serial=serial, applicant_kind="natural_person",
            applicant_name="申请人", certificate_type="other", certificate_number=str(serial), description="某信息",
            delivery_form="paper_post", channel="online", received_on=datetime.date(*received),
            status=Status.CLOSED, closed_on=datetime.date(*closed), outcome=outcome,
        )
    user = django_user_model.objects.create_user("handler", password="pw-handler-2025")
    user.groups.add(office.handlers)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    context = chromium.new_context(base_url=live_server.url, locale="zh-CN")
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("input[name=username]", "handler")
    page.fill("input[name=password]", "pw-handler-2025")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto("/admin/annual-reports/quarterly/?year=2025")
    assert page.locator("svg.quarterly-chart").count() == 3
    screenshot(page, "annual-report-quarterly")
    assert serious_violations(page, context={"include": [["section"]]}) == []
    context.close()
