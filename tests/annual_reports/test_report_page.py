"""The report page in the admin: the office enters table 二's figures (a wrong one is refused with
its cell named); submitting freezes the figures into the revision the secrecy review is bound to;
a report whose checks fail cannot be submitted; the public page shows the frozen tables."""
import datetime

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from gongkai.annual_reports.actions.freeze import FreezeReport
from gongkai.annual_reports.actions.submit import ReportPermissionError, SubmitReport
from gongkai.annual_reports.constants import REPORT_SUBMITTED_ACTION
from gongkai.annual_reports.models import AnnualReportPage
from gongkai.disclosure_requests.choices import Status
from gongkai.review_workflow.fingerprints import content_fingerprint

D = datetime.date


@pytest.fixture
def add_url(catalogue):
    return reverse("wagtailadmin_pages:add", args=("annual_reports", "annualreportpage", catalogue.pk))


def report_form(form_data, url, organ, **changes):
    return form_data(url, title="方山县人民政府办公室2025年政府信息公开工作年度报告", slug="report-2025", organ=organ.pk, year=2025, **changes)


def test_a_negative_entered_figure_is_refused_naming_its_cell(admin_client, form_data, add_url, organ):
    data = report_form(form_data, add_url, organ, entered_licensing_decisions="-3")

    response = admin_client.post(add_url, data)

    assert response.status_code == 200
    assert "行政许可：本年处理决定数量：请填写不小于0的数字。" in response.content.decode()
    assert not AnnualReportPage.objects.exists()


def test_saving_a_draft_stores_the_entered_figures_with_who_and_when(admin_client, form_data, add_url, organ):
    data = report_form(form_data, add_url, organ, entered_licensing_decisions="12", entered_fees_amount="0.35")

    admin_client.post(add_url, data)

    report = AnnualReportPage.objects.get().get_latest_revision_as_object()
    assert report.entered_figures["licensing_decisions"] == 12
    assert report.entered_figures["fees_amount"] == 0.35
    assert report.entered_by.username == "admin" and report.entered_at is not None
    assert report.frozen_figures is None


def test_submitting_freezes_the_figures_into_the_reviewed_revision(admin_client, form_data, add_url, organ, make_case):
    make_case(D(2025, 5, 6))
    data = report_form(form_data, add_url, organ, entered_penalty_decisions="4")
    data["action-submit"] = "1"

    admin_client.post(add_url, data)

    report = AnnualReportPage.objects.get()
    revision = report.get_latest_revision()
    frozen = revision.content["frozen_figures"]
    assert frozen["figures"]["三"]["carried_forward"]["natural_person"] == 1
    assert frozen["figures"]["二"]["penalty"] == {"decisions": 4}
    assert WorkflowState.objects.get(object_id=str(report.pk)).status == WorkflowState.STATUS_IN_PROGRESS
    reviewed = revision.as_object()
    fingerprint = content_fingerprint(reviewed)
    reviewed.frozen_figures["figures"]["三"]["carried_forward"]["natural_person"] = 0
    assert content_fingerprint(reviewed) != fingerprint


def test_a_report_disagreeing_with_last_years_frozen_report_cannot_be_submitted(
    admin_client, form_data, catalogue, organ, make_case, make_report
):
    case = make_case(D(2025, 12, 20))
    last_year = make_report(2025)
    FreezeReport(last_year).execute()
    last_year.save()
    # The case is found to have been closed in 2025 after last year's report was published.
    type(case).objects.filter(pk=case.pk).update(status=Status.CLOSED, outcome="public", closed_on=D(2025, 12, 30))
    url = reverse("wagtailadmin_pages:add", args=("annual_reports", "annualreportpage", catalogue.pk))
    data = form_data(url, title="2026年度报告", slug="report-2026", organ=organ.pk, year=2026)
    data["action-submit"] = "1"

    response = admin_client.post(url, data)

    page = response.content.decode()
    assert "本报告未通过核对，不能提交审核" in page
    assert "表三，“（七）总计”行，“自然人”列：第一项加第二项之和为1，但第三项加第四项之和为0" in page
    assert not AnnualReportPage.objects.filter(year=2026).exists()


def test_a_second_report_for_the_same_year_is_refused(admin_client, form_data, add_url, organ, make_report):
    make_report(2025)

    data = report_form(form_data, add_url, organ)
    data["slug"] = "another-report-2025"

    response = admin_client.post(add_url, data)

    assert "本机关已有2025年度的报告。" in response.content.decode()


def test_the_public_page_shows_the_frozen_tables(client, organ, make_case, make_report, publish):
    make_case(D(2025, 5, 6))
    report = make_report(2025)
    FreezeReport(report).execute()
    report = publish(report)

    response = client.get(report.url)

    assert response.status_code == 200
    page = response.content.decode()
    assert "三、收到和处理政府信息公开申请情况" in page
    assert "一、总体情况" in page and "六、其他需要报告的事项" in page


def test_submit_report_freezes_logs_and_starts_the_review(organ, make_case, make_report, django_user_model):
    make_case(D(2025, 5, 6))
    report = make_report(2025)
    admin = django_user_model.objects.create_superuser("chief", password="x-password-2026")

    SubmitReport(report, user=admin).execute()

    assert report.get_latest_revision().content["frozen_figures"]["figures"]["三"]["new"]["total"] == 1
    assert report.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert PageLogEntry.objects.filter(page=report, action=REPORT_SUBMITTED_ACTION).exists()


def test_submit_report_refuses_a_user_who_may_not_submit(organ, make_report, django_user_model):
    report = make_report(2025)
    outsider = django_user_model.objects.create_user("outsider", password="x-password-2026")

    with pytest.raises(ReportPermissionError):
        SubmitReport(report, user=outsider).execute()


def test_the_edit_page_shows_each_computed_cell_linked_to_its_cases(admin_client, organ, make_case, make_report):
    make_case(D(2025, 5, 6))
    report = make_report(2025)

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[report.pk])).content.decode()

    assert "全部核对通过。" in html
    assert f"?organ={organ.pk}&amp;year=2025&amp;row=new&amp;kind=natural_person" in html


def test_a_new_report_in_the_2019_format_takes_that_formats_entered_figures(admin_client, form_data, add_url, organ):
    data = report_form(form_data, add_url, organ, format_version="2019", entered_purchases="5")

    admin_client.post(add_url, data)

    report = AnnualReportPage.objects.get().get_latest_revision_as_object()
    assert report.format_version == "2019"
    assert report.entered_figures["purchases"] == 5
    assert "fees_amount" not in report.entered_figures and "purchase_amount" in report.entered_figures


def test_a_saved_report_keeps_its_format(admin_client, form_data, organ, make_report):
    report = make_report(2025, format_version="2019")
    url = reverse("wagtailadmin_pages:edit", args=[report.pk])

    admin_client.post(url, form_data(url, format_version="2021"))

    assert AnnualReportPage.objects.get().get_latest_revision_as_object().format_version == "2019"


def test_posting_the_edit_form_unchanged_is_no_change_of_a_fractional_fee(admin_client, admin_user, form_data, make_report):
    """A reviewer approving from the edit page posts the form as shown: it must not count as an edit."""
    report = make_report(2025, entered_figures={"fees_amount": 12.36})
    url = reverse("wagtailadmin_pages:edit", args=[report.pk])
    latest = report.get_latest_revision_as_object()
    form_class = latest.get_edit_handler().get_form_class()

    form = form_class(form_data(url), {}, instance=latest, for_user=admin_user, parent_page=report.get_parent())

    assert form.is_valid() and "entered_fees_amount" not in form.changed_data
