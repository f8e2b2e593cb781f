"""The dashboard warns of reports due: departments by 31 January, governments by 31 March (set
per organ), within GONGKAI_ANNUAL_REPORT_WARNING_DAYS of the deadline, until the report is live."""
import datetime

from django.urls import reverse
from freezegun import freeze_time

from gongkai.annual_reports.deadlines import due_reports

D = datetime.date


def test_a_department_is_warned_within_the_warning_days_before_31_january(organ):
    assert due_reports([organ], D(2026, 12, 20)) == []
    [due] = due_reports([organ], D(2027, 1, 20))
    assert (due.year, due.deadline, due.days_left, due.overdue) == (2026, D(2027, 1, 31), 11, False)
    assert due_reports([organ], D(2027, 2, 2))[0].overdue


def test_a_government_has_its_own_deadline(organ, settings):
    settings.GONGKAI_ANNUAL_REPORT_ORGAN_DEADLINES = {organ.code: "03-31"}
    assert due_reports([organ], D(2027, 1, 20)) == []
    assert due_reports([organ], D(2027, 3, 10))[0].deadline == D(2027, 3, 31)


def test_a_published_report_ends_the_warning(organ, make_report, publish):
    publish(make_report(2026))
    assert due_reports([organ], D(2027, 1, 20)) == []


def test_the_dashboard_shows_the_warning_in_chinese(client, organ, django_user_model):
    with freeze_time("2027-01-20 09:00:00"):
        client.force_login(django_user_model.objects.create_superuser("admin", password="x-password-2026"))
        html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "方山县人民政府办公室2026年度报告应于2027-01-31前发布，还有11天。" in html
