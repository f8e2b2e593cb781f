"""The demo's requests: every open state and every table 三 row, over two years, loaded once."""
import pytest
from django.core.management import call_command

from gongkai.disclosure_requests.choices import Outcome, Status
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.statistics import COLUMNS, table_three

pytestmark = pytest.mark.django_db


def test_the_demo_holds_requests_in_every_state_and_outcome_over_two_years():
    call_command("load_demo")
    call_command("load_demo")
    cases = DisclosureRequest.objects.all()
    assert 20 <= cases.count() <= 40
    assert set(cases.values_list("status", flat=True)) == set(Status.values)
    assert set(cases.exclude(outcome="").values_list("outcome", flat=True)) == set(Outcome.values)
    assert set(cases.values_list("year", flat=True)) == {2025, 2026}
    organ = cases.first().organ
    for year in (2025, 2026):
        table = table_three(organ, year)
        for column in COLUMNS:
            assert table.new[column] + table.carried_over[column] == table.results_total[column] + table.carried_forward[column]
