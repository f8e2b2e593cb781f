"""What a reminder of a report due says and to whom: the staff who can make the report (the
groups that may add pages to the organ's catalogue — its editors, section heads and leaders),
those with an e-mail address."""
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission

from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage

from .models import AnnualReportPage


def recipients(organ):
    """The e-mail addresses of the active users who may add the report to the organ's catalogue."""
    catalogue = DisclosureCatalogueIndexPage.objects.filter(organ=organ).first()
    if catalogue is None:
        return []
    groups = GroupPagePermission.objects.filter(page=catalogue, permission__codename="add_page").values("group")
    users = get_user_model().objects.filter(is_active=True, groups__in=groups).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def report_admin_url(organ, year):
    """The admin page of the organ's report of `year`, or where to create it."""
    report = AnnualReportPage.objects.filter(organ=organ, year=year).order_by("-pk").first()
    if report is not None:
        path = reverse("wagtailadmin_pages:edit", args=(report.pk,))
    else:
        catalogue = DisclosureCatalogueIndexPage.objects.get(organ=organ)
        path = reverse("wagtailadmin_pages:add", args=("annual_reports", "annualreportpage", catalogue.pk))
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/") + path


def subject(due):
    return _("%(organ)s: the %(year)s annual report is due on %(deadline)s") % {
        "organ": due.organ.name,
        "year": due.year,
        "deadline": due.deadline.isoformat(),
    }


def body(due):
    values = {"organ": due.organ.name, "year": due.year, "deadline": due.deadline.isoformat(), "days": abs(due.days_left)}
    if due.overdue:
        when = _("It is %(days)s days overdue.") % values
    else:
        when = _("%(days)s days are left.") % values
    lines = [
        _("The %(year)s government information disclosure annual report of %(organ)s must be published by %(deadline)s.")
        % values,
        when,
        _("Report: %(url)s") % {"url": report_admin_url(due.organ, due.year)},
    ]
    return "\n\n".join(lines)
