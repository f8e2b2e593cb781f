"""Fixtures for requests: private storage in a temporary folder, an organ with its request
office, a handler and a leader, the organ's secrecy reviewer, and `make_case`, which registers
a request by letter as a handler would."""
import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Workflow

from gongkai.disclosure_pages.constants import LEADERS, SECRECY_REVIEWERS, SECTION_HEADS

from gongkai.disclosure_pages.models import Organ
from gongkai.disclosure_requests.actions.accept import AcceptRequest
from gongkai.disclosure_requests.actions.register import RegisterRequest
from gongkai.disclosure_requests.choices import ApplicantKind, CertificateType, Channel, DeliveryForm
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.office_setup import set_up_request_office
from gongkai.review_workflow.models import OrganReviewGroups

D = datetime.date
OFFICE_CODE = "111411994056312813"
ECOLOGY_CODE = "11141199405631361N"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    """Proofs, released files and notices of the test in its own folder."""
    settings.GONGKAI_REQUESTS_PRIVATE_ROOT = str(tmp_path / "private")
    return tmp_path / "private"


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


def set_up_review_groups(organ):
    """The organ's review groups as setup_organ makes them (review_workflow's OrganReviewGroups)."""
    groups = {role: Group.objects.create(name=f"{organ.short_name} {role}") for role in (SECTION_HEADS, SECRECY_REVIEWERS, LEADERS)}
    groups[SECRECY_REVIEWERS].permissions.add(Permission.objects.get(codename="access_admin"))
    return OrganReviewGroups.objects.create(
        organ=organ,
        section_heads=groups[SECTION_HEADS],
        secrecy_reviewers=groups[SECRECY_REVIEWERS],
        leaders=groups[LEADERS],
        workflow=Workflow.objects.create(name=f"{organ.short_name} 审核"),
    )


@pytest.fixture
def secrecy_reviewer(organ, django_user_model):
    """A member of the organ's secrecy reviewers (保密审查员), not a request handler."""
    user = django_user_model.objects.create_user("secrecy", password="x-password-2026")
    user.groups.add(set_up_review_groups(organ).secrecy_reviewers)
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
