"""Fixtures for requests: an organ with its request office, a handler and a leader, and
`make_case`, which registers a request by letter as a handler would."""
import datetime

import pytest
from django.contrib.auth.models import Group

from gongkai.disclosure_pages.models import Organ
from gongkai.disclosure_requests.actions.accept import AcceptRequest
from gongkai.disclosure_requests.actions.register import RegisterRequest
from gongkai.disclosure_requests.choices import ApplicantKind, CertificateType, Channel, DeliveryForm
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.office_setup import set_up_request_office

D = datetime.date
OFFICE_CODE = "111411994056312813"
ECOLOGY_CODE = "11141199405631361N"


@pytest.fixture
def organ(db):
    return Organ.objects.create(name="方山县人民政府办公室", short_name="县政府办", code=OFFICE_CODE)


@pytest.fixture
def office(organ):
    return set_up_request_office(organ, Group.objects.create(name="县政府办 领导"))


@pytest.fixture
def other_office(db):
    ecology = Organ.objects.create(name="方山县生态环境局", short_name="生态环境局", code=ECOLOGY_CODE)
    return set_up_request_office(ecology, Group.objects.create(name="生态环境局 领导"))


@pytest.fixture
def handler(office, django_user_model):
    user = django_user_model.objects.create_user("handler", password="x-password-2026")
    user.groups.add(office.handlers)
    return user


@pytest.fixture
def leader(office, django_user_model):
    user = django_user_model.objects.create_user("leader", password="x-password-2026")
    user.groups.add(office.leaders)
    return user


def applicant_fields(**fields):
    values = {
        "applicant_kind": ApplicantKind.NATURAL_PERSON,
        "applicant_name": "张三",
        "certificate_type": CertificateType.RESIDENT_ID,
        "certificate_number": "11010519491231002X",
        "phone": "13800000000",
        "description": "2024年方山县农村危房改造补助资金发放名单",
        "delivery_form": DeliveryForm.ELECTRONIC_EMAIL,
        "email": "zhangsan@example.cn",
        "channel": Channel.REGISTERED_POST,
    }
    values.update(fields)
    return values


@pytest.fixture
def make_case(office, handler):
    """A request received (signed for) on `received_on` and accepted the same day."""

    def make(received_on, accept=True, **fields):
        case = DisclosureRequest(organ=office.organ, received_on=received_on, **applicant_fields(**fields))
        case = RegisterRequest(case, user=handler).execute()
        if accept:
            AcceptRequest(case, user=handler, on=received_on).execute()
            case.refresh_from_db()
        return case

    return make
