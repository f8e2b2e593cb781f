"""A report's figures come from the records: table 二 from the catalogue's normative documents and
the office's entered figures, table 三 from the cases, table 四 from the appeals; for any history
over two years they pass every check, and last year's 四 is this year's 二."""
import datetime

from hypothesis import HealthCheck, given, settings, strategies as st

from gongkai.annual_reports.actions.freeze import FreezeReport
from gongkai.annual_reports.models import AnnualReportPage
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_requests.actions.appeal import RecordAppeal
from gongkai.disclosure_requests.actions.reply import ReplyToRequest
from gongkai.disclosure_requests.choices import AppealKind, ApplicantKind, Outcome, Status
from gongkai.disclosure_requests.models import Appeal, DisclosureRequest

D = datetime.date
START = D(2025, 1, 1)


def test_table_three_counts_cases_by_applicant_and_outcome(organ, make_case, handler):
    replied = make_case(D(2025, 3, 2), applicant_kind=ApplicantKind.RESEARCH, applicant_name="某研究院")
    ReplyToRequest(replied, user=handler, outcome=Outcome.WITHHELD_PROCESS, legal_basis="第十六条第二款", on=D(2025, 3, 20)).execute()
    make_case(D(2025, 12, 29))
    RecordAppeal(replied, user=handler, kind=AppealKind.RECONSIDERATION, on=D(2025, 5, 6)).execute()

    figures = AnnualReportPage(organ=organ, year=2025).live_figures()

    assert figures["三"]["new"] == {**{key: 0 for key in figures["三"]["new"]}, "research": 1, "natural_person": 1, "total": 2}
    assert figures["三"]["withheld_process"]["research"] == 1
    assert figures["三"]["carried_forward"]["natural_person"] == 1
    assert figures["四"]["appeals"]["reconsideration:pending"] == 1
    assert figures["四"]["appeals"]["reconsideration:total"] == 1


def test_table_two_counts_normative_documents_and_takes_the_entered_figures(organ, make_normative):
    make_normative(D(2025, 4, 1))
    make_normative(D(2024, 6, 1), validity="repealed", validity_date=D(2025, 8, 1))
    report = AnnualReportPage(organ=organ, year=2025, entered_figures={"licensing_decisions": 37, "fees_amount": 1.25})

    two = report.live_figures()["二"]

    assert two["normative"] == {"issued": 1, "repealed": 1, "in_force": 1}
    assert two["licensing"] == {"decisions": 37}
    assert two["fees"] == {"amount": 1.25}
    assert two["regulations"] == {"issued": 0, "repealed": 0, "in_force": 0}


histories = st.lists(
    st.tuples(
        st.sampled_from(ApplicantKind.values),
        st.integers(min_value=0, max_value=700),  # receipt, days after 1 January 2025
        st.one_of(st.none(), st.integers(min_value=0, max_value=300)),  # closed so many days later
        st.sampled_from(Outcome.values),
        st.lists(st.sampled_from([AppealKind.RECONSIDERATION, AppealKind.LITIGATION_DIRECT]), max_size=1),
    ),
    max_size=20,
)
catalogues = st.lists(
    st.tuples(st.integers(min_value=-400, max_value=700), st.one_of(st.none(), st.integers(min_value=0, max_value=500))),
    max_size=3,
)


def create_history(organ, history):
    for serial, (kind, received, closed_after, outcome, appeals) in enumerate(history, start=1):
        received_on = START + datetime.timedelta(days=received)
        closed_on = received_on + datetime.timedelta(days=closed_after) if closed_after is not None else None
        case = DisclosureRequest.objects.create(
            organ=organ, number=f"T-{serial}", year=received_on.year, serial=serial,
            applicant_kind=kind, applicant_name="申请人", certificate_type="other", certificate_number=str(serial),
            description="某信息", delivery_form="paper_post", channel="online", received_on=received_on,
            status=Status.CLOSED if closed_on else Status.IN_PROGRESS, closed_on=closed_on,
            outcome=outcome if closed_on else "",
        )
        for appeal_kind in appeals if closed_on else []:
            Appeal.objects.create(request=case, kind=appeal_kind, filed_on=closed_on + datetime.timedelta(days=30))


def create_catalogue(make_normative, documents):
    for written, repealed_after in documents:
        written_date = START + datetime.timedelta(days=written)
        fields = {}
        if repealed_after is not None:
            fields = {"validity": "repealed", "validity_date": written_date + datetime.timedelta(days=repealed_after)}
        make_normative(written_date, **fields)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories, documents=catalogues, licensing=st.integers(min_value=0, max_value=10**6))
def test_generated_reports_pass_every_check_and_carry_last_years_carried_forward(
    organ, make_normative, make_report, history, documents, licensing
):
    AnnualReportPage.objects.all().delete()
    DisclosureItemPage.objects.all().delete()
    DisclosureRequest.objects.all().delete()
    create_history(organ, history)
    create_catalogue(make_normative, documents)

    last_year = make_report(2025, entered_figures={"licensing_decisions": licensing})
    assert last_year.failures() == []
    FreezeReport(last_year).execute()
    last_year.save()
    this_year = AnnualReportPage(organ=organ, year=2026)
    figures = this_year.live_figures()

    assert this_year.failures(figures) == []
    assert figures["三"]["carried_over"] == last_year.frozen_figures["figures"]["三"]["carried_forward"]
    assert last_year.frozen_figures["figures"]["二"]["licensing"] == {"decisions": licensing}
