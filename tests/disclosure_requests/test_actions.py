"""Case-handling actions: who may take them, what each refuses, the timeline each leaves."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from gongkai.disclosure_requests.actions.appeal import AppealError, RecordAppeal
from gongkai.disclosure_requests.actions.base import CasePermissionError
from gongkai.disclosure_requests.actions.correction import (
    CloseUncorrected,
    CorrectionError,
    RecordCorrection,
    RequestCorrection,
)
from gongkai.disclosure_requests.actions.fees import CloseUnpaid, FeeError, NotifyFee, RecordPayment
from gongkai.disclosure_requests.actions.reply import ForwardRequest, ReplyError, ReplyToRequest
from gongkai.disclosure_requests.actions.suspend import ResumeCase, SuspendCase
from gongkai.disclosure_requests.actions.withdraw import WithdrawRequest
from gongkai.disclosure_requests.choices import AppealKind, AppealResult, EventKind, FeeMethod, Outcome, Status
from gongkai.disclosure_requests.models import CaseEvent, ReleasedFile

D = datetime.date


def test_another_organs_handler_may_not_touch_the_case(make_case, other_office, django_user_model):
    stranger = django_user_model.objects.create_user("stranger")
    stranger.groups.add(other_office.handlers)
    case = make_case(D(2025, 3, 3))
    with pytest.raises(CasePermissionError, match="无权"):
        ReplyToRequest(case, user=stranger, outcome=Outcome.PUBLIC, on=D(2025, 3, 5)).execute()


def test_the_applicant_may_correct_and_withdraw_but_not_reply(make_case):
    case = make_case(D(2025, 3, 3))
    with pytest.raises(CasePermissionError):
        ReplyToRequest(case, by_applicant=True, outcome=Outcome.PUBLIC, on=D(2025, 3, 5)).execute()
    WithdrawRequest(case, by_applicant=True, on=D(2025, 3, 5)).execute()
    case.refresh_from_db()
    assert (case.status, case.outcome, case.closed_on) == (Status.CLOSED, Outcome.OTHER, D(2025, 3, 5))


def test_a_refusal_states_its_legal_basis_and_every_reply_names_the_remedies(make_case, handler):
    case = make_case(D(2025, 3, 3))
    with pytest.raises(ReplyError, match="法律依据"):
        ReplyToRequest(case, user=handler, outcome=Outcome.WITHHELD_INTERNAL, on=D(2025, 3, 20)).execute()
    ReplyToRequest(
        case, user=handler, outcome=Outcome.WITHHELD_INTERNAL, legal_basis="第十六条第一款", reply_text="经审查……", on=D(2025, 3, 20)
    ).execute()
    case.refresh_from_db()
    assert "60日内" in case.reply_text and "6个月内" in case.reply_text
    assert case.events.last().kind == EventKind.REPLIED


def test_files_that_did_not_pass_review_as_they_are_block_a_disclosing_reply(make_case, handler):
    case = make_case(D(2025, 3, 3))
    ReleasedFile.objects.create(request=case, token="t1", title="补助名单", file="x", original_name="a.pdf", sha256="b" * 64, reviewed_sha256="a" * 64)
    with pytest.raises(ReplyError, match="补助名单"):
        ReplyToRequest(case, user=handler, outcome=Outcome.PARTIAL, legal_basis="第三十七条", on=D(2025, 3, 20)).execute()


def test_a_correction_notice_after_seven_working_days_is_refused(make_case, handler):
    case = make_case(D(2025, 3, 3))
    with pytest.raises(CorrectionError, match="2025-03-12"):
        RequestCorrection(case, user=handler, on=D(2025, 3, 13), note="请明确").execute()


def test_no_correction_in_time_closes_the_case_as_not_corrected(make_case, handler):
    case = make_case(D(2025, 3, 3))
    RequestCorrection(case, user=handler, on=D(2025, 3, 4), note="请明确所需信息").execute()
    case.refresh_from_db()
    with pytest.raises(CorrectionError, match="届满"):
        CloseUncorrected(case, user=handler, on=case.correction_due).execute()
    with pytest.raises(CorrectionError, match="届满"):
        RecordCorrection(case, by_applicant=True, on=case.correction_due + datetime.timedelta(days=1)).execute()
    CloseUncorrected(case, user=handler, on=case.correction_due + datetime.timedelta(days=1)).execute()
    case.refresh_from_db()
    assert case.outcome == Outcome.OTHER_NO_CORRECTION


def test_a_fee_pauses_the_clock_until_paid_and_unpaid_closes_the_case(make_case, handler):
    case = make_case(D(2025, 3, 3))
    with pytest.raises(FeeError, match="免费"):
        NotifyFee(case, user=handler, method=FeeMethod.BY_PAGES, pages=30, on=D(2025, 3, 5)).execute()
    NotifyFee(case, user=handler, method=FeeMethod.BY_PAGES, pages=31, on=D(2025, 3, 5)).execute()
    case.refresh_from_db()
    assert case.fees.get().amount == Decimal(10)
    assert case.status == Status.AWAITING_PAYMENT
    RecordPayment(case, user=handler, on=D(2025, 3, 7)).execute()
    case.refresh_from_db()
    assert case.paused_working_days == 2
    other = make_case(D(2025, 3, 3))
    NotifyFee(other, user=handler, method=FeeMethod.BY_PAGES, pages=101, on=D(2025, 3, 5)).execute()
    other.refresh_from_db()
    CloseUnpaid(other, user=handler, on=other.payment_due + datetime.timedelta(days=1)).execute()
    other.refresh_from_db()
    assert other.outcome == Outcome.OTHER_UNPAID


def test_suspension_pauses_and_resumption_restarts_the_clock(make_case, handler):
    case = make_case(D(2025, 3, 3))
    SuspendCase(case, user=handler, on=D(2025, 3, 7), note="申请人申请中止").execute()
    ResumeCase(case, user=handler, on=D(2025, 3, 14)).execute()
    case.refresh_from_db()
    assert case.paused_working_days == 5
    assert [event.kind for event in case.events.all()][-2:] == [EventKind.SUSPENDED, EventKind.RESUMED]


def test_forwarding_names_the_competent_organ_and_counts_as_not_held(make_case, handler):
    case = make_case(D(2025, 3, 3))
    ForwardRequest(case, user=handler, competent_organ="方山县自然资源局", on=D(2025, 3, 10)).execute()
    case.refresh_from_db()
    assert case.outcome == Outcome.UNABLE_NOT_HELD
    assert "方山县自然资源局" in case.reply_text


def test_forwarding_to_an_organ_on_the_platform_opens_a_linked_case_there_with_the_same_code(
    make_case, handler, other_office
):
    case = make_case(D(2025, 3, 3))
    ForwardRequest(case, user=handler, organ_on_platform=other_office.organ, on=D(2025, 3, 10)).execute()
    case.refresh_from_db()
    forwarded = case.forwarded_case
    assert forwarded.organ == other_office.organ and forwarded.forwarded_from == case
    assert forwarded.received_on == D(2025, 3, 10) and forwarded.status == Status.RECEIVED
    assert forwarded.applicant_name == case.applicant_name and forwarded.description == case.description
    assert forwarded.tracking_code_hash == case.tracking_code_hash
    assert case.outcome == Outcome.UNABLE_NOT_HELD and forwarded.number in case.reply_text
    assert "方山县生态环境局" in case.reply_text and forwarded.events.get().kind == EventKind.RECEIVED


def test_a_forwarded_case_says_it_was_received_the_day_it_was_forwarded(make_case, handler, other_office):
    case = make_case(D(2025, 3, 3))
    ForwardRequest(case, user=handler, organ_on_platform=other_office.organ, on=D(2025, 3, 10)).execute()
    case.refresh_from_db()
    note = case.forwarded_case.events.get().note
    assert note == f"收到日期 2025-03-10：{case.organ.name}于当日转来其申请 {case.number}"


def test_a_request_is_not_forwarded_to_its_own_organ(make_case, handler, office):
    case = make_case(D(2025, 3, 3))
    with pytest.raises(ReplyError, match="不能转至本机关"):
        ForwardRequest(case, user=handler, organ_on_platform=office.organ, on=D(2025, 3, 10)).execute()


def test_litigation_after_reconsideration_needs_the_reconsideration(make_case, handler):
    case = make_case(D(2025, 3, 3))
    ReplyToRequest(case, user=handler, outcome=Outcome.PUBLIC, on=D(2025, 3, 10)).execute()
    case.refresh_from_db()
    with pytest.raises(AppealError, match="行政复议"):
        RecordAppeal(case, user=handler, kind=AppealKind.LITIGATION_AFTER, on=D(2025, 4, 1)).execute()
    RecordAppeal(case, user=handler, kind=AppealKind.RECONSIDERATION, on=D(2025, 4, 1)).execute()
    appeal = case.appeals.get()
    RecordAppeal(case, user=handler, appeal=appeal, result=AppealResult.UPHELD, decided_on=D(2025, 5, 20), on=D(2025, 5, 21)).execute()
    appeal.refresh_from_db()
    assert appeal.result == AppealResult.UPHELD


def test_the_timeline_is_append_only(make_case):
    case = make_case(D(2025, 3, 3))
    event = case.events.first()
    event.note = "改写"
    with pytest.raises(PermissionDenied):
        event.save()
    with pytest.raises(PermissionDenied):
        event.delete()
    with pytest.raises(PermissionDenied):
        CaseEvent.objects.filter(request=case).update(note="改写")
    with pytest.raises(PermissionDenied):
        CaseEvent.objects.filter(request=case).delete()
