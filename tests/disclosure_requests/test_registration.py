"""Registration: numbers per organ and year, never reused; the 查询码 is shown once and kept hashed;
bad input on every step gets a Chinese form error, never a 500."""
import datetime

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings, strategies as st

from gongkai.disclosure_requests.action_forms import STEPS
from gongkai.disclosure_requests.actions.register import RegisterRequest
from gongkai.disclosure_requests.actions.withdraw import WithdrawRequest
from gongkai.disclosure_requests.choices import Channel
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.tracking_codes import tracking_code_matches

from .conftest import applicant_fields

D = datetime.date


def test_an_online_request_gets_a_number_and_a_tracking_code_stored_only_hashed(office):
    register = RegisterRequest(DisclosureRequest(organ=office.organ, **applicant_fields(channel=Channel.ONLINE)))
    case = register.execute()
    assert case.number.endswith(f"-{case.year}-0001")
    assert register.tracking_code not in case.tracking_code_hash
    assert tracking_code_matches(case, register.tracking_code.lower())
    assert not tracking_code_matches(case, "WRONGCODE234")
    assert case.received_on is None and case.events.get().kind == "received"


def test_a_withdrawn_requests_number_is_never_reused(make_case):
    first = make_case(D(2025, 3, 3))
    WithdrawRequest(first, by_applicant=True, on=D(2025, 3, 4)).execute()
    second = make_case(D(2025, 3, 5))
    assert (first.serial, second.serial) == (1, 2)
    assert make_case(D(2026, 1, 5)).serial == 1


junk = st.one_of(st.text(max_size=30), st.sampled_from(["", "2025-02-30", "-1", "99999999", "2099-01-01", "0"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(step=st.sampled_from(sorted(STEPS)), values=st.lists(junk, min_size=12, max_size=12))
def test_garbage_on_any_step_never_gives_a_500(client, handler, make_case, step, values):
    case = DisclosureRequest.objects.first() or make_case(D(2025, 3, 3))
    client.force_login(handler)
    names = ["on", "note", "received_on", "description", "third_party", "consultation", "answer", "working_days",
             "approved_by", "method", "pages", "outcome"]
    data = {f"{step}-{name}": value.replace("\x00", "") for name, value in zip(names, values)}
    response = client.post(reverse("disclosure_requests:take_step", args=[case.pk, step]), data)
    assert response.status_code in (200, 302)


@pytest.mark.parametrize(
    "channel, rule",
    [
        ("in_person", "申请人当面提交申请之日"),
        ("registered_post", "本机关签收挂号信之日"),
    ],
)
def test_the_timeline_says_why_the_receipt_date_is_that_day(client, handler, office, channel, rule):
    client.force_login(handler)
    response = client.post(
        reverse("disclosure_requests:register"),
        {
            "organ": office.organ.pk, "channel": channel, "received_on": "2025-09-23",
            "applicant_kind": "natural_person", "applicant_name": "李四", "certificate_type": "resident_id",
            "certificate_number": "11010519491231002X", "description": "2025年采石场许可名单", "delivery_form": "paper_post",
        },
    )
    assert response.status_code == 302
    case = DisclosureRequest.objects.get()
    assert case.received_on == datetime.date(2025, 9, 23)
    page = client.get(reverse("disclosure_requests:case", args=[case.pk])).content.decode()
    assert f"收到日期 2025-09-23（{case.get_channel_display()}）：{rule}" in page
