"""The demo's requests (依申请公开): about two years of cases at 方山县人民政府办公室, in every state and with every outcome row of table 三, built through the
case actions so that every date and timeline is what handling them would have produced."""
import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from gongkai.disclosure_pages.models import Organ
from gongkai.disclosure_requests.actions.accept import AcceptRequest
from gongkai.disclosure_requests.actions.appeal import RecordAppeal
from gongkai.disclosure_requests.actions.consultation import ConsultThirdParty, RecordThirdPartyAnswer
from gongkai.disclosure_requests.actions.correction import CloseUncorrected, RecordCorrection, RequestCorrection
from gongkai.disclosure_requests.actions.extend import ExtendDeadline
from gongkai.disclosure_requests.actions.fees import CloseUnpaid, NotifyFee, RecordPayment
from gongkai.disclosure_requests.actions.register import RegisterRequest
from gongkai.disclosure_requests.actions.reply import ForwardRequest, ReplyToRequest
from gongkai.disclosure_requests.actions.suspend import SuspendCase
from gongkai.disclosure_requests.actions.withdraw import WithdrawRequest
from gongkai.disclosure_requests.choices import (
    AppealKind, AppealResult, ApplicantKind, Channel, ConsultationAnswer, DeliveryForm, FeeMethod, Outcome,
)
from gongkai.disclosure_requests.models import DisclosureRequest, RequestOffice
from gongkai.disclosure_requests.outcomes import usual_legal_basis

D = datetime.date
DAY = datetime.timedelta(days=1)
APPLICANTS = [
    (ApplicantKind.NATURAL_PERSON, "王建国", "resident_id", "14112819800101001X"),
    (ApplicantKind.COMMERCIAL, "方山县恒通建材有限公司", "credit_code", "91141128MA0K2B3C4D"),
    (ApplicantKind.RESEARCH, "山西省农业科学院", "credit_code", "12140000405612345K"),
    (ApplicantKind.PUBLIC_INTEREST, "方山县绿色家园环保协会", "credit_code", "51141128MJY123456P"),
    (ApplicantKind.LEGAL_SERVICES, "山西晋方律师事务所", "credit_code", "31140000E12345678X"),
    (ApplicantKind.OTHER, "青石镇石湾村村民委员会", "credit_code", "54141128C12345678A"),
]
WANTED = [
    "2024年方山县城区供热价格调整的成本监审报告",
    "青石镇农村低保对象认定的审批程序文件",
    "方山县2025年度政府投资项目计划",
    "县城污水处理厂2024年排放监测数据",
    "某地块征收补偿安置方案及批复",
]
# Closed cases: (received, outcome, days to the reply); one per table 三 row.
REPLIES = [(D(2025, 1, 6) + datetime.timedelta(days=23 * n), outcome) for n, outcome in enumerate(Outcome.values)]


def load_demo_requests(password, stdout=None):
    """Add the demo requests once (nothing is added when the office already has requests)."""
    organ = Organ.objects.filter(name="方山县人民政府办公室").first()
    office = RequestOffice.objects.filter(organ=organ).first()
    if office is None or DisclosureRequest.objects.filter(organ=organ).exists():
        return 0
    handler, leader = demo_staff(office, password)
    with transaction.atomic():
        for n, (received, outcome) in enumerate(REPLIES):
            close_with(register(office, received, n, handler), outcome, handler, leader)
        open_cases(office, handler, leader)
    count = DisclosureRequest.objects.filter(organ=organ).count()
    if stdout:
        stdout.write(f"Demo requests: {count}.")
    return count


def demo_staff(office, password):
    handler, created = get_user_model().objects.get_or_create(
        username="request_handler", defaults={"first_name": "周办理", "email": "request_handler@fangshan.gov.cn"}
    )
    if created:
        handler.set_password(password)
        handler.save()
    handler.groups.add(office.handlers)
    leader = get_user_model().objects.get(username="leader")
    return handler, leader


def register(office, received, n, handler, channel=Channel.REGISTERED_POST):
    kind, name, certificate_type, number = APPLICANTS[n % len(APPLICANTS)]
    case = DisclosureRequest(
        organ=office.organ, channel=channel, received_on=None if channel == Channel.ONLINE else received,
        applicant_kind=kind, applicant_name=name, certificate_type=certificate_type, certificate_number=number,
        phone="0358-60000%02d" % n, email=f"applicant{n}@example.cn", description=WANTED[n % len(WANTED)],
        delivery_form=DeliveryForm.ELECTRONIC_EMAIL,
    )
    case = RegisterRequest(case, user=None if channel == Channel.ONLINE else handler).execute()
    if channel != Channel.ONLINE:
        AcceptRequest(case, user=handler, on=received).execute()
    return case


def close_with(case, outcome, handler, leader):
    received = case.received_on
    if outcome == Outcome.OTHER_NO_CORRECTION:
        RequestCorrection(case, user=handler, on=received + 2 * DAY, note="请写明所需信息的文号或名称").execute()
        case.refresh_from_db()
        CloseUncorrected(case, user=handler, on=case.correction_due + DAY).execute()
    elif outcome == Outcome.OTHER_UNPAID:
        NotifyFee(case, user=handler, method=FeeMethod.BY_PAGES, pages=160, on=received + 3 * DAY).execute()
        case.refresh_from_db()
        CloseUnpaid(case, user=handler, on=case.payment_due + DAY).execute()
    elif outcome == Outcome.OTHER:
        WithdrawRequest(case, by_applicant=True, on=received + 4 * DAY, note="申请人撤回").execute()
    elif outcome == Outcome.UNABLE_NOT_HELD:
        ForwardRequest(case, user=handler, competent_organ="方山县自然资源局（0358-6012345）", on=received + 8 * DAY).execute()
    else:
        if outcome == Outcome.WITHHELD_THIRD_PARTY:
            ConsultThirdParty(case, user=handler, on=received + DAY, third_party="方山县恒通建材有限公司").execute()
            RecordThirdPartyAnswer(case.consultations.get(), answer=ConsultationAnswer.OBJECTS, user=handler, on=received + 9 * DAY).execute()
        if outcome == Outcome.PARTIAL:
            ExtendDeadline(case, user=handler, working_days=15, approved_by=leader, on=received + 20 * DAY, note="涉及多个部门").execute()
        ReplyToRequest(case, user=handler, outcome=outcome, legal_basis=usual_legal_basis(outcome) or "依据《中华人民共和国政府信息公开条例》有关规定", reply_text="经审查，现答复如下。", on=received + 25 * DAY).execute()
    if outcome in (Outcome.WITHHELD_PROCESS, Outcome.UNABLE_NEEDS_CREATION):
        case.refresh_from_db()
        RecordAppeal(case, user=handler, kind=AppealKind.RECONSIDERATION, result=AppealResult.UPHELD,
                     decided_on=case.closed_on + 55 * DAY, on=case.closed_on + 60 * DAY).execute()


def open_cases(office, handler, leader):
    """One case in each open state, received in the last weeks of the demo's second year."""
    start = D(2026, 10, 26)
    register(office, start, 30, handler, channel=Channel.ONLINE)
    register(office, start + DAY, 31, handler)
    correcting = register(office, start + 2 * DAY, 32, handler, channel=Channel.EMAIL)
    RequestCorrection(correcting, user=handler, on=start + 3 * DAY, note="请说明所需信息的时间范围").execute()
    corrected = register(office, start + 2 * DAY, 33, handler, channel=Channel.IN_PERSON)
    RequestCorrection(corrected, user=handler, on=start + 3 * DAY, note="请提供文号").execute()
    RecordCorrection(corrected, by_applicant=True, on=start + 9 * DAY, description="方政办发〔2026〕18号").execute()
    consulting = register(office, start + 3 * DAY, 34, handler)
    ConsultThirdParty(consulting, user=handler, on=start + 10 * DAY, third_party="山西晋方律师事务所").execute()
    paying = register(office, start + 4 * DAY, 35, handler)
    NotifyFee(paying, user=handler, method=FeeMethod.BY_PAGES, pages=45, on=start + 5 * DAY).execute()
    paid = register(office, start + 4 * DAY, 36, handler, channel=Channel.FAX)
    NotifyFee(paid, user=handler, method=FeeMethod.BY_PAGES, pages=35, on=start + 5 * DAY).execute()
    RecordPayment(paid, user=handler, on=start + 8 * DAY).execute()
    suspended = register(office, start + 5 * DAY, 37, handler, channel=Channel.ORDINARY_POST)
    SuspendCase(suspended, user=handler, on=start + 7 * DAY, note="申请人申请中止办理").execute()
    extended = register(office, start + 6 * DAY, 38, handler)
    ExtendDeadline(extended, user=handler, working_days=20, approved_by=leader, on=start + 20 * DAY, note="需调取档案").execute()
