"""The applicant hears of receipt, 补正, extension, consultation and reply by e-mail and SMS."""
import datetime

import pytest

from gongkai.disclosure_requests.actions.correction import RequestCorrection
from gongkai.disclosure_requests.actions.reply import ReplyToRequest
from gongkai.disclosure_requests.actions.suspend import SuspendCase
from gongkai.disclosure_requests.choices import Outcome
from gongkai.disclosure_requests.sms import SmsBackend

D = datetime.date
SENT = []


class RecordingSmsBackend(SmsBackend):
    def send(self, phone, message):
        SENT.append((phone, message))


@pytest.fixture
def recording_sms(settings):
    settings.GONGKAI_REQUESTS_SMS_BACKEND = f"{__name__}.RecordingSmsBackend"
    SENT.clear()
    return SENT


def test_a_correction_notice_is_mailed_with_what_to_correct_and_the_date(make_case, handler, mailoutbox, recording_sms, django_capture_on_commit_callbacks):
    case = make_case(D(2025, 3, 3))
    with django_capture_on_commit_callbacks(execute=True):
        RequestCorrection(case, user=handler, on=D(2025, 3, 4), note="请写明文件的文号").execute()
    mail = mailoutbox[-1]
    assert mail.to == ["zhangsan@example.cn"]
    assert case.number in mail.subject and "告知补正" in mail.subject
    assert "请写明文件的文号" in mail.body and "2025-03-25" in mail.body
    assert recording_sms[-1][0] == "13800000000"


def test_the_reply_is_mailed_with_its_outcome_and_remedies(make_case, handler, mailoutbox, recording_sms, django_capture_on_commit_callbacks):
    case = make_case(D(2025, 3, 3))
    with django_capture_on_commit_callbacks(execute=True):
        ReplyToRequest(case, user=handler, outcome=Outcome.UNABLE_NEEDS_CREATION, legal_basis="第三十八条", on=D(2025, 3, 20)).execute()
    assert "没有现成信息需要另行制作" in mailoutbox[-1].body and "行政复议" in mailoutbox[-1].body


def test_internal_steps_send_nothing(make_case, handler, mailoutbox, recording_sms, django_capture_on_commit_callbacks):
    case = make_case(D(2025, 3, 3))
    with django_capture_on_commit_callbacks(execute=True):
        SuspendCase(case, user=handler, on=D(2025, 3, 5), note="内部").execute()
    assert mailoutbox == [] and recording_sms == []
