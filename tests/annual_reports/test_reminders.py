"""`manage.py annual_report remind`, run hourly by cron, e-mails the staff who can make an organ's
report (its catalogue's editors, section heads and leaders, those with an e-mail address) when
the report of last year is not live and its deadline is within the warning days — once a day."""
import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from freezegun import freeze_time

from gongkai.annual_reports.models import ReportReminder
from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction
from gongkai.disclosure_pages.constants import EDITORS, LEADERS, SECRECY_REVIEWERS

IN_WINDOW = "2027-01-20 09:00:00"  # 11 days before the departments' deadline, 31 January
OVERDUE = "2027-02-03 09:00:00"
OUTSIDE = "2026-12-20 09:00:00"


def staff(groups, username, role, email):
    user = get_user_model().objects.create_user(username, email=email, password="x-password-2026")
    user.groups.add(groups[role])
    return user


@pytest.fixture
def office_staff(organ_setup):
    groups = organ_setup.groups
    staff(groups, "editor", EDITORS, "editor@fangshan.gov.cn")
    staff(groups, "leader", LEADERS, "leader@fangshan.gov.cn")
    staff(groups, "editor-without-mail", EDITORS, "")
    staff(groups, "secrecy-reviewer", SECRECY_REVIEWERS, "reviewer@fangshan.gov.cn")


def remind(when):
    with freeze_time(when):
        out = io.StringIO()
        call_command("annual_report", "remind", stdout=out)
    return out.getvalue()


def test_within_the_warning_days_the_organs_staff_get_one_chinese_email(organ, catalogue, office_staff):
    remind(IN_WINDOW)

    [message] = mail.outbox
    assert sorted(message.to) == ["editor@fangshan.gov.cn", "leader@fangshan.gov.cn"]
    assert message.subject == "方山县人民政府办公室：2026年政府信息公开工作年度报告须于2027-01-31前发布"
    assert "距截止日期还有11天。" in message.body
    add_url = reverse("wagtailadmin_pages:add", args=("annual_reports", "annualreportpage", catalogue.pk))
    assert add_url in message.body


def test_an_overdue_report_says_how_late_and_links_the_draft(organ, office_staff, make_report):
    draft = make_report(2026, live=False)

    remind(OVERDUE)

    [message] = mail.outbox
    assert "已逾期3天。" in message.body
    assert reverse("wagtailadmin_pages:edit", args=(draft.pk,)) in message.body


def test_outside_the_warning_days_nobody_is_emailed(organ, office_staff):
    remind(OUTSIDE)

    assert mail.outbox == []


def test_a_published_report_ends_the_reminders(organ, office_staff, make_report, publish):
    publish(make_report(2026))

    remind(IN_WINDOW)

    assert mail.outbox == []


def test_an_hourly_cron_emails_once_a_day(organ, office_staff):
    remind(IN_WINDOW)
    output = remind("2027-01-20 10:00:00")

    assert len(mail.outbox) == 1
    assert "方山县人民政府办公室今天已提醒过。" in output
    remind("2027-01-21 09:00:00")
    assert len(mail.outbox) == 2
    assert ReportReminder.objects.filter(organ=organ).count() == 2


def test_another_organs_staff_are_not_emailed(organ, office_staff, home_page, make_report, publish):
    other = SetUpOrganAction(name="方山县生态环境局", code="11141199405631361N", parent_page=home_page, slug="ecology").execute()
    staff(other.groups, "ecology-editor", EDITORS, "editor@sthjj.fangshan.gov.cn")
    publish(make_report(2026))

    remind(IN_WINDOW)

    [message] = mail.outbox
    assert message.to == ["editor@sthjj.fangshan.gov.cn"]
    assert "方山县生态环境局" in message.subject
