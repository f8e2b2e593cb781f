"""A report is disclosure content like an item: it goes public only through the one gate
(先审查、后公开), on every path that publishes it and every path that serves it or its downloads."""
import datetime

import pytest
from django.urls import reverse

from gongkai.annual_reports.actions.freeze import FreezeReport
from gongkai.annual_reports.models import AnnualReportPage
from gongkai.annual_reports.rendering.spreadsheet import read_xlsx
from gongkai.annual_reports.export import report_data
from gongkai.disclosure_pages.publication import PublicationRefused
from gongkai.review_workflow.actions.withdraw import WithdrawItemAction
from gongkai.review_workflow.choices import PUBLIC_ITEM_CONCLUSIONS
from gongkai.review_workflow.companions import review_companions
from gongkai.review_workflow.review_rules import conclusions_for
from gongkai.review_workflow.scanning import scan_item

D = datetime.date
DOWNLOADS = ("xlsx", "docx", "pdf")


@pytest.fixture
def frozen_report(make_report, make_case):
    make_case(D(2025, 5, 6))
    report = make_report(2025, entered_figures={"licensing_decisions": 7})
    FreezeReport(report).execute()
    report.save_revision()
    return report


def test_publishing_an_unreviewed_report_is_refused(frozen_report):
    with pytest.raises(PublicationRefused):
        frozen_report.get_latest_revision().publish()

    assert not AnnualReportPage.objects.get(pk=frozen_report.pk).live


def test_a_new_report_starts_as_a_draft_whatever_it_says(make_report):
    assert not make_report(2025, live=True).live


def test_the_admins_publish_action_refuses_an_unreviewed_report(admin_client, form_data, frozen_report):
    url = reverse("wagtailadmin_pages:edit", args=[frozen_report.pk])
    data = form_data(url)
    data["action-publish"] = "1"

    response = admin_client.post(url, data, follow=True)

    assert response.status_code == 200
    assert "未通过保密审查" in response.content.decode()
    assert not AnnualReportPage.objects.get(pk=frozen_report.pk).live


def test_the_publish_button_is_hidden_for_an_unreviewed_report(admin_client, frozen_report):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[frozen_report.pk])).content.decode()
    assert 'name="action-publish"' not in html


def test_a_report_changed_after_its_review_is_refused(frozen_report, publish):
    published = publish(frozen_report)
    published.overview = "<p>审查后改动的总体情况。</p>"

    with pytest.raises(PublicationRefused):
        published.save_revision().publish()

    assert "审查后改动" not in AnnualReportPage.objects.get(pk=published.pk).overview


def download_url(report, extension):
    return f"{report.url}{extension}/"


def test_a_draft_report_and_its_downloads_are_not_served(client, frozen_report):
    assert client.get(frozen_report.url).status_code == 404
    for extension in DOWNLOADS:
        assert client.get(download_url(frozen_report, extension)).status_code == 404


def test_a_reviewed_published_report_is_served_with_downloads_that_reread_to_its_numbers(client, frozen_report, publish):
    report = publish(frozen_report)

    page = client.get(report.url)
    assert page.status_code == 200
    for extension in DOWNLOADS:
        assert f'href="{download_url(report, extension)}"' in page.content.decode()
        assert client.get(download_url(report, extension)).status_code == 200
    reread = read_xlsx(client.get(download_url(report, "xlsx")).content)
    expected = report_data(report)["tables"]
    assert [[row["values"] for row in table["rows"]] for table in reread["tables"].values()] == [
        [row["values"] for row in table["rows"]] for table in expected.values()
    ]


def test_a_withdrawn_report_and_its_downloads_are_not_served(client, frozen_report, publish, reviewer):
    report = publish(frozen_report)

    WithdrawItemAction(report, user=reviewer, reason="数字有误，撤回核实").execute()

    assert client.get(report.url).status_code == 404
    for extension in DOWNLOADS:
        assert client.get(download_url(report, extension)).status_code == 404


def test_a_live_report_whose_content_lost_its_review_is_not_served(client, frozen_report, publish):
    report = publish(frozen_report)
    # Changed in the database behind the gate's back (a plain queryset update): the review no longer covers it.
    AnnualReportPage.objects.filter(pk=report.pk).update(problems="<p>未经审查的内容</p>")

    assert client.get(report.url).status_code == 404
    assert client.get(download_url(report, "xlsx")).status_code == 404


def test_the_secrecy_scan_reads_the_reports_text_sections(make_report):
    report = make_report(2025, problems="<p>本段含有机密★5年字样。</p>", other_matters="<p>联系电话13800138000</p>")

    sources = {(finding.kind, finding.source) for finding in scan_item(report)}

    def section(name):
        return str(AnnualReportPage._meta.get_field(name).verbose_name)

    assert ("classification_mark", section("problems")) in sources
    assert ("mobile_number", section("other_matters")) in sources


def test_the_secrecy_review_offers_a_report_the_conclusion_to_publish(make_report):
    assert conclusions_for(make_report(2025)) == PUBLIC_ITEM_CONCLUSIONS


def test_a_report_is_reviewed_without_companions(make_report):
    assert review_companions(make_report(2025)) == []
