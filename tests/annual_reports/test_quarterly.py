"""Quarterly statistics per organ, hand-computed on a small year across quarter boundaries and
the 2025 holidays (国庆 1–8 October with 28 September and 11 October worked; 清明 4–6 April;
元旦 1 January)."""
import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from gongkai.annual_reports.quarterly.figures import quarterly_figures
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_requests.choices import Status
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.office_setup import set_up_request_office

D = datetime.date
pytestmark = pytest.mark.django_db


def published(item, on):
    DisclosureItemPage.objects.filter(pk=item.pk).update(published_date=on)
    return DisclosureItemPage.objects.get(pk=item.pk)


@pytest.fixture
def items(make_item, other_catalogue):
    def item(written, published_on, **fields):
        return published(make_item(written_date=written, doc_number="", **fields), published_on)

    made = [
        item(D(2025, 3, 18), D(2025, 3, 31)),  # Q1, on time
        item(D(2025, 3, 10), D(2025, 4, 8)),  # due 8 April (清明 4–6 April not counted): Q2, on time
        item(D(2025, 3, 10), D(2025, 4, 9)),  # Q2, one day late
        item(D(2025, 9, 22), D(2025, 10, 24)),  # due 24 October over 国庆: Q4, on time
        item(D(2025, 9, 22), D(2025, 10, 27)),  # Q4, late
        item(D(2024, 12, 2), D(2024, 12, 31)),  # another year
        item(D(2025, 5, 6), None),  # never published
        item(D(2025, 2, 3), D(2025, 2, 5), parent=other_catalogue),  # another organ
    ]
    return made


def close(organ, serial, received, closed, outcome):
    return DisclosureRequest.objects.create(
        organ=organ, number=f"Q-{serial}", year=received.year, serial=serial,
        applicant_kind="natural_person", applicant_name="申请人", certificate_type="other", certificate_number=str(serial),
        description="某信息", delivery_form="paper_post", channel="online", received_on=received,
        status=Status.CLOSED if closed else Status.IN_PROGRESS, closed_on=closed, outcome=outcome if closed else "",
    )


@pytest.fixture
def cases(catalogue, other_catalogue):
    organ = catalogue.organ
    close(organ, 1, D(2025, 3, 3), D(2025, 3, 31), "unable_not_held")  # 20 working days, Q1
    close(organ, 2, D(2024, 12, 30), D(2025, 1, 2), "public")  # 31 Dec, 2 Jan: 2 (元旦 not counted), Q1
    close(organ, 3, D(2025, 3, 28), D(2025, 4, 3), "partial")  # 4, Q2 although received in Q1
    close(organ, 4, D(2025, 9, 29), D(2025, 10, 10), "public")  # 30 Sep, 9, 10 Oct: 3, Q4
    close(organ, 5, D(2025, 10, 9), D(2025, 10, 13), "withheld_state_secret")  # 10, 11 (worked Saturday), 13: 3
    close(organ, 6, D(2025, 12, 29), D(2025, 12, 31), "other_unpaid")  # 2
    close(organ, 7, D(2025, 12, 15), D(2026, 1, 5), "public")  # closed next year
    close(organ, 8, D(2025, 11, 3), None, "")  # still open
    close(other_catalogue.organ, 9, D(2025, 5, 6), D(2025, 5, 8), "public")  # another organ


def test_items_count_in_the_quarter_of_publication_on_time_or_late(items, catalogue):
    assert items[1].disclosure_due_date == D(2025, 4, 8) and items[3].disclosure_due_date == D(2025, 10, 24)
    quarters = quarterly_figures(catalogue.organ, 2025)
    assert [(q.published, q.on_time, q.late) for q in quarters] == [(1, 1, 0), (2, 1, 1), (0, 0, 0), (2, 1, 1)]


def test_requests_count_in_the_quarter_closed_by_outcome_with_working_days_to_answer(cases, catalogue):
    quarters = quarterly_figures(catalogue.organ, 2025)
    assert [q.closed for q in quarters] == [2, 1, 0, 3]
    assert [q.answer_days for q in quarters] == [[20, 2], [4], [], [3, 3, 2]]
    assert [q.average_days for q in quarters] == [Decimal("11.0"), Decimal("4.0"), None, Decimal("2.7")]
    assert quarters[0].outcomes["unable"] == 1 and quarters[0].outcomes["public"] == 1
    assert quarters[1].outcomes["partial"] == 1
    assert (quarters[3].outcomes["public"], quarters[3].outcomes["withheld"], quarters[3].outcomes["other"]) == (1, 1, 1)
    assert sum(quarters[2].outcomes.values()) == 0


URL = "/admin/annual-reports/quarterly/"


def staff_of(catalogue, django_user_model, name):
    """A user who handles the organ's requests (one way of working for it)."""
    office = set_up_request_office(catalogue.organ, Group.objects.create(name=f"{name} 领导"))
    user = django_user_model.objects.create_user(name, password="x-password-2026")
    user.groups.add(office.handlers)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_the_admin_page_shows_the_staffs_own_organ_with_charts_and_tables(client, items, cases, catalogue, django_user_model):
    client.force_login(staff_of(catalogue, django_user_model, "handler"))
    response = client.get(URL, {"year": "2025"})
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("annual_reports_quarterly:statistics") == URL
    assert "方山县人民政府办公室" in html and "方山县生态环境局" not in html
    charts = BeautifulSoup(html, "html.parser").select("svg.quarterly-chart")
    assert [chart.title.get_text() for chart in charts] == ["发布条目", "办结的申请（按结果）", "平均答复用时（工作日）"]
    assert all(chart["role"] == "img" and not chart.find("script") and not chart.find(href=True) for chart in charts)
    assert len(charts[0].find_all("rect", height=True)) >= 4  # bars (on time and late), legend swatches
    assert "第4季度" in html and "2.7" in html
    items_table = html.split('id="items-table"')[1].split("</table>")[0]
    assert "<td>2</td><td>1</td><td>1</td>" in items_table  # Q2: published, on time, late


def test_another_organs_statistics_are_refused_with_a_chinese_message(client, cases, catalogue, other_catalogue, django_user_model):
    client.force_login(staff_of(other_catalogue, django_user_model, "ecology"))
    response = client.get(URL, {"organ": catalogue.organ.code, "year": "2025"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "您只能查看本机关的季度统计" in html
    assert "方山县人民政府办公室" not in html


def test_a_user_of_no_organ_is_refused_and_sees_no_menu_item(client, django_user_model):
    user = django_user_model.objects.create_user("nobody", password="x-password-2026")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 403 and "没有可显示的季度统计" in response.content.decode()
    assert URL not in client.get("/admin/").content.decode()


def test_a_bad_year_is_answered_in_chinese_not_with_an_error(client, catalogue, django_user_model):
    client.force_login(staff_of(catalogue, django_user_model, "handler"))
    for year in ("abc", "1999", "99999999999999999999", "2025-1"):
        response = client.get(URL, {"year": year})
        assert response.status_code == 200
        assert "请选择" in response.content.decode()
