"""The demo's reports: 2025 frozen and published, 2026 carrying it; every table 三 cell recomputed
from the cases by hand-written queries."""
import datetime

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.http import QueryDict

from gongkai.annual_reports.cell_links import figure_tables
from gongkai.annual_reports.models import AnnualReportPage
from gongkai.disclosure_requests.choices import ApplicantKind
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.table_cells import cases_in_cell, cell_from_query

pytestmark = pytest.mark.django_db
D = datetime.date


def received_before(day):
    return Q(received_on__lt=day) | Q(received_on__isnull=True, submitted_at__date__lt=day)


def received_in(year):
    return Q(received_on__year=year) | Q(received_on__isnull=True, submitted_at__date__year=year)


def expected_cell(organ, year, row, kind):
    cases = DisclosureRequest.objects.filter(organ=organ)
    if kind != "total":
        cases = cases.filter(applicant_kind=kind)
    first, next_first = D(year, 1, 1), D(year + 1, 1, 1)
    open_at = lambda day: Q(closed_on__isnull=True) | Q(closed_on__gte=day)  # noqa: E731 - reads as the rule
    queries = {
        "new": received_in(year),
        "carried_over": received_before(first) & open_at(first),
        "results_total": Q(closed_on__year=year),
        "carried_forward": received_before(next_first) & open_at(next_first),
    }
    query = queries.get(row) or Q(closed_on__year=year, outcome=row)
    return cases.filter(query).count()


def test_every_table_three_cell_of_the_demo_reports_matches_the_cases():
    call_command("load_demo")
    call_command("load_demo")
    reports = {report.year: report for report in AnnualReportPage.objects.all()}
    assert sorted(reports) == [2025, 2026]
    assert reports[2025].live and reports[2025].frozen_figures is not None
    for year, report in reports.items():
        three = report.figures()["三"]
        for row in three:
            for kind in [*ApplicantKind.values, "total"]:
                assert three[row][kind] == expected_cell(report.organ, year, row, kind), (year, row, kind)
        assert report.failures(report.figures()) == []
    assert reports[2026].figures()["三"]["carried_over"] == reports[2025].frozen_figures["figures"]["三"]["carried_forward"]
    assert sum(reports[2025].frozen_figures["figures"]["三"]["carried_forward"].values()) > 0


def test_every_computed_cell_of_the_demo_links_to_exactly_the_cases_it_counts(admin_client):
    call_command("load_demo")
    report = AnnualReportPage.objects.get(year=2025)
    for table in figure_tables(report)[1:]:
        for row in table["rows"]:
            for value, url in row["cells"]:
                cell = cell_from_query(QueryDict(url.split("?", 1)[1]))
                assert cases_in_cell(DisclosureRequest.objects.all(), cell).count() == value, (row["label"], url)
    new_total_url = figure_tables(report)[1]["rows"][0]["cells"][-1][1]
    html = admin_client.get(new_total_url).content.decode()
    counted = DisclosureRequest.objects.filter(received_on__year=2025)
    assert counted.exists() and all(number in html for number in counted.values_list("number", flat=True))
    assert not any(number in html for number in DisclosureRequest.objects.filter(received_on__year=2026).values_list("number", flat=True))
