"""Table 二's computed cells (行政规范性文件) link, on the report's edit page, to exactly the
documents they count; the list is for the organ's own staff only."""
import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction

D = datetime.date
NORMATIVE_LINK = re.compile(r'<a href="(/admin/annual-reports/normative/[^"]+)">(\d+)</a>')


@pytest.fixture
def catalogue_across_years(make_normative):
    """Issued, repealed and in-force documents on both sides of the 2024/2025 boundary."""
    make_normative(D(2024, 3, 1), doc_number="方政办发〔2024〕3号")
    make_normative(D(2024, 12, 31), doc_number="方政办发〔2024〕31号")
    make_normative(D(2024, 5, 1), validity="repealed", validity_date=D(2025, 1, 1))
    make_normative(D(2023, 5, 1), validity="expired", validity_date=D(2024, 12, 31))
    make_normative(D(2025, 1, 1), doc_number="方政办发〔2025〕1号")
    make_normative(D(2025, 6, 1), validity="repealed", validity_date=D(2025, 11, 30))
    make_normative(D(2026, 1, 2))
    make_normative(D(2025, 2, 1), published_date=None)


def linked_cells(client, report):
    page = client.get(reverse("wagtailadmin_pages:edit", args=(report.pk,))).content.decode()
    return NORMATIVE_LINK.findall(page)


def test_every_linked_table_two_cell_lists_exactly_the_documents_it_counts(admin_client, make_report, catalogue_across_years):
    report = make_report(2025)

    cells = linked_cells(admin_client, report)

    assert [int(count) for _url, count in cells] == [2, 2, 3]
    for url, count in cells:
        listing = admin_client.get(url).content.decode()
        assert listing.count('class="normative-item"') == int(count)


def test_the_year_before_lists_what_it_counted_then(admin_client, make_report, catalogue_across_years):
    report = make_report(2024)

    cells = linked_cells(admin_client, report)

    assert [int(count) for _url, count in cells] == [3, 1, 3]
    for url, count in cells:
        assert admin_client.get(url).content.decode().count('class="normative-item"') == int(count)


def test_the_list_names_each_document_with_its_number_and_links_to_its_edit_page(admin_client, organ, make_normative):
    item = make_normative(D(2025, 1, 1), doc_number="方政办发〔2025〕1号")

    listing = admin_client.get(reverse("annual_reports:normative_cell", args=(organ.pk, 2025, "issued"))).content.decode()

    assert "方政办发〔2025〕1号" in listing
    assert reverse("wagtailadmin_pages:edit", args=(item.pk,)) in listing


def test_another_organs_staff_are_refused_in_chinese(client, home_page, organ, make_normative):
    make_normative(D(2025, 1, 1))
    other = SetUpOrganAction(name="方山县财政局", code="11141199405631361N", parent_page=home_page, slug="finance").execute()
    user = get_user_model().objects.create_user("finance-editor", password="x-password-2026")
    user.groups.add(*other.groups.values())
    client.force_login(user)

    response = client.get(reverse("annual_reports:normative_cell", args=(organ.pk, 2025, "issued")))

    assert response.status_code == 403
    assert "只有方山县人民政府办公室的工作人员可以查看其年报数据。" in response.content.decode()
    assert "方山县人民政府办公室关于规范管理的通知" not in response.content.decode()


@pytest.mark.parametrize("year, measure", [(2025, "drafted"), (99999, "issued"), (1066, "in_force")])
def test_an_unknown_cell_is_a_clear_error(admin_client, organ, year, measure):
    response = admin_client.get(reverse("annual_reports:normative_cell", args=(organ.pk, year, measure)))

    assert response.status_code == 404
    assert "表二中没有这一栏。" in response.content.decode()
