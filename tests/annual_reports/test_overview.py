"""The county overview sums the headline figures of each organ's report of a year."""
import datetime

from django.urls import reverse

from gongkai.annual_reports.overview import county_overview
from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction

D = datetime.date


def test_the_overview_sums_each_organs_report(organ, make_case, home_page):
    other = SetUpOrganAction(name="方山县生态环境局", code="11141199405631361N", parent_page=home_page, slug="ecology").execute()
    make_case(D(2025, 5, 6))
    make_case(D(2025, 7, 1))

    overview = county_overview([organ.pk, other.organ.pk], 2025)

    assert [row["organ"].name for row in overview["rows"]] == ["方山县人民政府办公室", "方山县生态环境局"]
    assert overview["rows"][0]["values"][0] == 2 and overview["rows"][1]["values"][0] == 0
    assert overview["total"][0] == 2 and overview["total"][4] == 2


def test_the_overview_page_shows_the_year_asked_and_survives_a_bad_year(admin_client, organ, make_case):
    make_case(D(2025, 5, 6))
    url = reverse("annual_reports:overview")

    html = admin_client.get(url, {"year": "2025"}).content.decode()
    assert "各公开主体2025年度报告主要数据" in html and "方山县人民政府办公室" in html
    for bad in ("abc", "99999", "-1"):
        assert admin_client.get(url, {"year": bad}).status_code == 200
