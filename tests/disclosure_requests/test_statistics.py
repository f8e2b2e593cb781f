"""Table 三's statistics: the printed check 一 + 二 = 三总计 + 四 holds per applicant column over any
history, and last year's 四 is this year's 二."""
import datetime

from hypothesis import HealthCheck, given, settings, strategies as st

from gongkai.disclosure_requests.actions.reply import ReplyToRequest
from gongkai.disclosure_requests.actions.withdraw import WithdrawRequest
from gongkai.disclosure_requests.choices import ApplicantKind, Outcome, Status
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.statistics import COLUMNS, TOTAL, table_three

D = datetime.date
START = D(2024, 1, 1)


def test_a_year_counts_received_replied_and_carried_cases(make_case, handler):
    replied = make_case(D(2025, 12, 1))
    ReplyToRequest(replied, user=handler, outcome=Outcome.WITHHELD_PROCESS, legal_basis="第十六条第二款", on=D(2026, 1, 5)).execute()
    make_case(D(2025, 12, 20), applicant_kind=ApplicantKind.LEGAL_SERVICES, applicant_name="某律师事务所")
    withdrawn = make_case(D(2025, 3, 3))
    WithdrawRequest(withdrawn, by_applicant=True, on=D(2025, 3, 10)).execute()

    table_2025 = table_three(replied.organ, 2025)
    assert table_2025.new[ApplicantKind.NATURAL_PERSON] == 2
    assert table_2025.new[ApplicantKind.LEGAL_SERVICES] == 1
    assert table_2025.outcomes[Outcome.OTHER][TOTAL] == 1
    assert table_2025.carried_forward[TOTAL] == 2
    table_2026 = table_three(replied.organ, 2026)
    assert table_2026.carried_over == table_2025.carried_forward
    assert table_2026.outcomes[Outcome.WITHHELD_PROCESS][ApplicantKind.NATURAL_PERSON] == 1
    assert table_2026.carried_forward[ApplicantKind.LEGAL_SERVICES] == 1


histories = st.lists(
    st.tuples(
        st.sampled_from(ApplicantKind.values),
        st.integers(min_value=0, max_value=1000),  # receipt, days after 1 January 2024
        st.one_of(st.none(), st.integers(min_value=0, max_value=400)),  # closed so many days later
        st.sampled_from(Outcome.values),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories)
def test_received_plus_carried_over_equals_results_plus_carried_forward(office, history):
    DisclosureRequest.objects.all().delete()
    for serial, (kind, received, closed_after, outcome) in enumerate(history, start=1):
        received_on = START + datetime.timedelta(days=received)
        closed = closed_after is not None
        DisclosureRequest.objects.create(
            organ=office.organ, number=f"T-{serial}", year=received_on.year, serial=serial,
            applicant_kind=kind, applicant_name="申请人", certificate_type="other", certificate_number=str(serial),
            description="某信息", delivery_form="paper_post", channel="online", received_on=received_on,
            status=Status.CLOSED if closed else Status.IN_PROGRESS,
            closed_on=received_on + datetime.timedelta(days=closed_after) if closed else None,
            outcome=outcome if closed else "",
        )
    previous = None
    for year in (2023, 2024, 2025, 2026, 2027):
        table = table_three(office.organ, year)
        for column in COLUMNS:
            assert table.new[column] + table.carried_over[column] == (
                table.results_total[column] + table.carried_forward[column]
            )
            assert table.results_total[column] == sum(row[column] for row in table.outcomes.values())
        assert table.new[TOTAL] == sum(table.new[kind] for kind in ApplicantKind.values)
        if previous is not None:
            assert +table.carried_over == +previous.carried_forward
        previous = table


def test_the_result_groups_sum_their_rows(make_case, handler):
    from gongkai.disclosure_requests.choices import OutcomeGroup

    for outcome in (Outcome.WITHHELD_PROCESS, Outcome.WITHHELD_INTERNAL, Outcome.NOT_PROCESSED_REPEATED):
        case = make_case(D(2025, 3, 3))
        ReplyToRequest(case, user=handler, outcome=outcome, legal_basis="依据", on=D(2025, 3, 10)).execute()
    table = table_three(case.organ, 2025)
    assert table.group_total(OutcomeGroup.WITHHELD) == 2
    assert table.group_total(OutcomeGroup.NOT_PROCESSED, ApplicantKind.NATURAL_PERSON) == 1
    assert table.group_total(OutcomeGroup.PUBLIC) == 0
