"""Reply deadlines counted by hand on the State Council holiday notices of 2024–2026."""
import datetime

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings, strategies as st

from gongkai.disclosure_pages.models import WorkingDayOverride
from gongkai.disclosure_pages.working_days import WorkingDayCalendar, add_working_days
from gongkai.disclosure_requests.actions.confirm_dates import ConfirmRecountedDates
from gongkai.disclosure_requests.actions.consultation import ConsultThirdParty, RecordThirdPartyAnswer
from gongkai.disclosure_requests.actions.correction import RecordCorrection, RequestCorrection
from gongkai.disclosure_requests.actions.extend import ExtendDeadline, ExtendError
from gongkai.disclosure_requests.choices import ConsultationAnswer, EventKind
from gongkai.disclosure_requests.deadlines import working_days_between

D = datetime.date


def test_a_request_received_before_spring_festival_2025_is_due_on_27_february(make_case):
    # Fri 24 Jan; Sun 26 Jan and Sat 8 Feb are worked (调休); 28 Jan–4 Feb are the holiday.
    assert make_case(D(2025, 1, 24)).due_date == D(2025, 2, 27)


def test_a_request_received_before_national_day_2024_is_due_on_24_october(make_case):
    # Mon 23 Sep; Sun 29 Sep and Sat 12 Oct are worked; 1–7 Oct are the holiday.
    case = make_case(D(2024, 9, 23))
    assert case.due_date == D(2024, 10, 24)
    assert "2024-09-23" in case.events.last().due_reason


def test_a_correction_restarts_the_period_across_spring_festival_2026(make_case, handler):
    case = make_case(D(2026, 2, 9))
    # The 补正 notice is due within 7 working days: Sat 14 Feb is worked, 16–23 Feb are off.
    assert case.correction_notice_due == D(2026, 2, 25)
    RequestCorrection(case, user=handler, on=D(2026, 2, 12), note="请写明文件名称").execute()
    case.refresh_from_db()
    assert case.correction_due == D(2026, 3, 11)  # 15 working days; Sat 28 Feb is worked
    assert case.due_date is None
    RecordCorrection(case, by_applicant=True, on=D(2026, 3, 3), description="方政办〔2025〕12号").execute()
    case.refresh_from_db()
    assert (case.clock_started_on, case.due_date) == (D(2026, 3, 3), D(2026, 3, 31))
    assert case.description == "方政办〔2025〕12号"


def test_a_consultation_across_national_day_2025_pauses_the_clock(make_case, handler):
    case = make_case(D(2025, 9, 15))
    ConsultThirdParty(case, user=handler, on=D(2025, 9, 19), third_party="方山县某建材有限公司").execute()
    consultation = case.consultations.get()
    assert consultation.answer_due == D(2025, 10, 16)  # 15 working days; Sun 28 Sep, Sat 11 Oct worked
    RecordThirdPartyAnswer(consultation, answer=ConsultationAnswer.OBJECTS, user=handler, on=D(2025, 10, 13)).execute()
    case.refresh_from_db()
    # 4 working days used before the letter, 12 paused; the other 16 run from 14 Oct.
    assert case.paused_working_days == 12
    assert case.due_date == D(2025, 11, 4)
    assert "12" in case.events.last().due_reason


def test_silence_ends_the_pause_when_the_answer_period_ends(make_case, handler):
    case = make_case(D(2025, 9, 15))
    ConsultThirdParty(case, user=handler, on=D(2025, 9, 19), third_party="李四").execute()
    consultation = case.consultations.get()
    RecordThirdPartyAnswer(consultation, answer=ConsultationAnswer.NO_ANSWER, user=handler, on=D(2025, 10, 20)).execute()
    case.refresh_from_db()
    assert case.paused_working_days == working_days_between(D(2025, 9, 19), D(2025, 10, 16)) == 15


def test_an_extension_across_spring_festival_2024_adds_twenty_working_days(make_case, handler, leader):
    case = make_case(D(2024, 1, 2))
    assert case.due_date == D(2024, 1, 30)
    ExtendDeadline(case, user=handler, on=D(2024, 1, 29), working_days=20, approved_by=leader).execute()
    case.refresh_from_db()
    # Sun 4 Feb and Sun 18 Feb are worked; 10–17 Feb are the holiday.
    assert case.due_date == D(2024, 3, 1)
    assert case.events.last().kind == EventKind.EXTENDED


def test_an_extension_needs_a_leader_and_happens_once(make_case, handler, leader):
    case = make_case(D(2024, 1, 2))
    with pytest.raises(ExtendError, match="领导"):
        ExtendDeadline(case, user=handler, working_days=20, approved_by=handler, on=D(2024, 1, 10)).execute()
    with pytest.raises(ExtendError, match="20"):
        ExtendDeadline(case, user=handler, working_days=21, approved_by=leader, on=D(2024, 1, 10)).execute()
    ExtendDeadline(case, user=handler, working_days=5, approved_by=leader, on=D(2024, 1, 10)).execute()
    with pytest.raises(ExtendError, match="一次"):
        ExtendDeadline(case, user=handler, working_days=5, approved_by=leader, on=D(2024, 1, 11)).execute()


def test_a_district_answers_in_15_working_days_and_extends_by_up_to_30(make_case, office, handler, leader):
    office.reply_working_days, office.extension_working_days = 15, 30
    office.save()
    case = make_case(D(2026, 9, 21))
    assert case.due_date == D(2026, 10, 19)  # Sun 20 Sep and Sat 10 Oct worked; 25 Sep, 1–7 Oct off
    ExtendDeadline(case, user=handler, working_days=30, approved_by=leader, on=D(2026, 10, 12)).execute()
    case.refresh_from_db()
    assert case.due_date == add_working_days(D(2026, 9, 21), 45).date


def test_a_calendar_correction_flags_the_case_instead_of_moving_its_due_date(make_case, handler):
    case = make_case(D(2024, 9, 23))
    WorkingDayOverride.objects.create(date=D(2024, 10, 15), is_working_day=False, note="临时放假")
    case.refresh_from_db()
    assert case.due_date == D(2024, 10, 24)
    assert case.calendar_changed
    assert case.events.last().kind == EventKind.CALENDAR_CHANGED
    ConfirmRecountedDates(case, user=handler).execute()
    case.refresh_from_db()
    assert (case.due_date, case.calendar_changed) == (D(2024, 10, 25), False)


def test_the_command_prints_the_date_n_working_days_after(capsys, db):
    call_command("working_days", "add", "2025-01-24", "20")
    assert capsys.readouterr().out.strip() == "2025-02-27"


def test_the_command_warns_for_a_year_without_a_holiday_notice(capsys, db):
    call_command("working_days", "add", "2031-06-01", "3")
    captured = capsys.readouterr()
    assert captured.out.strip() == "2031-06-04"
    assert "节假日安排" in captured.err


DAYS = st.dates(min_value=D(2024, 1, 1), max_value=D(2026, 10, 31))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=DAYS, count=st.integers(min_value=1, max_value=60))
def test_the_due_date_is_the_nth_working_day_after_the_start(db, start, count):
    due = add_working_days(start, count).date
    calendar = WorkingDayCalendar(start, due)
    assert calendar.is_working_day(due)
    assert working_days_between(start, due) == count
    assert working_days_between(start, due - datetime.timedelta(days=1)) == count - 1


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=DAYS, first=st.integers(min_value=0, max_value=30), second=st.integers(min_value=0, max_value=30))
def test_counting_in_two_steps_reaches_the_same_day(db, start, first, second):
    middle = add_working_days(start, first).date
    assert add_working_days(middle, second).date == add_working_days(start, first + second).date
