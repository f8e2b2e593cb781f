"""An organ set up with its catalogue, review workflow and request office; cases made through
the requests app's actions; normative documents in the catalogue; reports in the catalogue."""
import datetime

import pytest
from django.contrib.auth import get_user_model

from gongkai.annual_reports.models import AnnualReportPage
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_requests.actions.accept import AcceptRequest
from gongkai.disclosure_requests.actions.register import RegisterRequest
from gongkai.disclosure_requests.models import DisclosureRequest, RequestOffice

D = datetime.date


@pytest.fixture
def organ(organ_setup):
    return organ_setup.organ


@pytest.fixture
def catalogue(organ_setup):
    return organ_setup.catalogue


@pytest.fixture
def handler(organ):
    user = get_user_model().objects.create_user("handler", password="x-password-2026")
    user.groups.add(RequestOffice.objects.get(organ=organ).handlers)
    return user


def applicant_fields(**fields):
    values = {
        "applicant_kind": "natural_person",
        "applicant_name": "张三",
        "certificate_type": "resident_id",
        "certificate_number": "11010519491231002X",
        "phone": "13800000000",
        "description": "2024年方山县农村危房改造补助资金发放名单",
        "delivery_form": "electronic_email",
        "email": "zhangsan@example.cn",
        "channel": "registered_post",
    }
    values.update(fields)
    return values


@pytest.fixture
def make_case(organ, handler):
    """A request received on `received_on` and accepted that day, through the requests' actions."""

    def make(received_on, **fields):
        case = DisclosureRequest(organ=organ, received_on=received_on, **applicant_fields(**fields))
        case = RegisterRequest(case, user=handler).execute()
        AcceptRequest(case, user=handler, on=received_on).execute()
        case.refresh_from_db()
        return case

    return make


@pytest.fixture
def make_normative(catalogue, topic, genre):
    """A published normative document (行政规范性文件) of the catalogue."""

    def make(written_date, **fields):
        values = {
            "title": f"方山县人民政府办公室关于规范管理的通知（{written_date}）",
            "written_date": written_date,
            "published_date": written_date,
            "topic": topic,
            "genre": genre,
            "disclosure": "public",
            "normative": True,
            "body": "<p>各乡镇人民政府：</p>",
            "live": False,
        }
        values.update(fields)
        return catalogue.add_child(instance=DisclosureItemPage(**values))

    return make


@pytest.fixture
def make_report(catalogue, organ):
    def make(year, **fields):
        report = AnnualReportPage(
            title=f"方山县人民政府办公室{year}年政府信息公开工作年度报告", slug=f"report-{year}", organ=organ, year=year, **fields
        )
        return catalogue.add_child(instance=report)

    return make
