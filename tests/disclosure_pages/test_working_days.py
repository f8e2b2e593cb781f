"""Working days follow the State Council holiday notice (调休 included), an admin-editable
override table, and for unknown years plain weekdays flagged as an estimate."""
import datetime

import pytest
from django.urls import reverse

from gongkai.disclosure_pages.models import WorkingDayOverride
from gongkai.disclosure_pages.working_days import add_working_days, disclosure_due_date, is_announced_year

pytestmark = pytest.mark.django_db
D = datetime.date


def test_the_national_day_holiday_is_skipped_and_its_make_up_saturday_counts():
    # 2025: 1–8 October off; Sunday 28 September and Saturday 11 October are worked (调休).
    assert add_working_days(D(2025, 9, 26), 1).date == D(2025, 9, 28)
    assert add_working_days(D(2025, 9, 30), 1).date == D(2025, 10, 9)
    assert add_working_days(D(2025, 10, 10), 1).date == D(2025, 10, 11)


def test_a_proactive_item_is_due_20_working_days_after_its_written_date(make_item):
    # From Friday 26 September 2025: the 28th, 29th and 30th, then from 9 October on,
    # Saturday 11 October included: the 20th working day is 30 October (plain weekdays: 24th).
    due = disclosure_due_date(D(2025, 9, 26))
    assert due.date == D(2025, 10, 30) and not due.estimated
    assert make_item(written_date=D(2025, 9, 26)).disclosure_due_date == D(2025, 10, 30)


def test_items_not_proactively_disclosed_have_no_due_date(make_item):
    assert make_item(disclosure="on_request", reason="process_information").disclosure_due_date is None


def test_an_unknown_year_counts_weekdays_and_says_it_is_an_estimate():
    assert not is_announced_year(2031)
    due = add_working_days(D(2031, 1, 3), 1)  # a Friday
    assert due.date == D(2031, 1, 6) and due.estimated


def test_overrides_entered_by_an_admin_announce_a_year_and_win(admin_client):
    WorkingDayOverride.objects.create(date=D(2031, 1, 6), is_working_day=False, note="元旦调休")
    assert is_announced_year(2031)
    due = add_working_days(D(2031, 1, 3), 1)
    assert due.date == D(2031, 1, 7) and not due.estimated


def test_an_override_corrects_an_announced_year():
    WorkingDayOverride.objects.create(date=D(2025, 9, 29), is_working_day=False, note="临时调整")
    assert add_working_days(D(2025, 9, 28), 1).date == D(2025, 9, 30)


def test_the_deadline_report_warns_when_next_year_is_unknown(admin_client, settings, monkeypatch):
    monkeypatch.setattr("gongkai.disclosure_pages.views.is_announced_year", lambda year: year < 2026)
    response = admin_client.get(reverse("disclosure_pages:deadlines"), follow=True)
    messages = [str(message) for message in response.context["messages"]]
    assert any(message.startswith("2026 年的节假日安排尚未录入") for message in messages)


def test_working_day_overrides_are_a_snippet_in_the_admin(admin_client):
    WorkingDayOverride.objects.create(date=D(2031, 10, 11), is_working_day=True, note="国庆调休上班")
    response = admin_client.get(reverse("wagtailsnippets_disclosure_pages_workingdayoverride:list"))
    assert response.status_code == 200
    assert "国庆调休上班" in response.content.decode()


def test_an_override_entered_later_moves_the_stored_due_dates_it_affects(make_item):
    item = make_item(written_date=D(2025, 9, 26))
    WorkingDayOverride.objects.create(date=D(2025, 10, 13), is_working_day=False, note="临时放假")
    item.refresh_from_db()
    assert item.disclosure_due_date == D(2025, 10, 31)


def test_the_edit_form_shows_the_due_date(admin_client, make_item):
    item = make_item(written_date=D(2025, 9, 26))
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[item.pk])).content.decode()
    assert "公开期限" in html and "2025年10月30日" in html
