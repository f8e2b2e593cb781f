"""`annual_report export --organ CODE --year YYYY --format json` prints a report's tables;
`annual_report check --year YYYY` checks every organ's report and exits non-zero naming each
failing cell;
`annual_report remind` e-mails the staff of every organ whose report of last year is due within
GONGKAI_ANNUAL_REPORT_WARNING_DAYS (or late), once a day at most (run it hourly from cron)."""
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.annual_reports.actions.remind import ReminderError, RemindOrgan
from gongkai.annual_reports.deadlines import due_reports
from gongkai.annual_reports.export import report_data
from gongkai.annual_reports.reports import organs_reporting, report_failures, report_for
from gongkai.disclosure_pages.models import Organ


class Command(BaseCommand):
    help = "Exports an organ's annual report as JSON, checks every organ's report of a year, or reminds organs of reports due."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="command", required=True)
        export = commands.add_parser("export", help="Print one report's tables.")
        export.add_argument("--organ", required=True, help="The organ's code.")
        export.add_argument("--year", required=True, type=int)
        export.add_argument("--format", default="json", choices=["json"])
        check = commands.add_parser("check", help="Check every organ's report of a year.")
        check.add_argument("--year", required=True, type=int)
        commands.add_parser("remind", help="E-mail the staff of organs whose report is due soon or late.")

    def handle(self, *args, **options):
        if options["command"] == "export":
            self.export(options["organ"], options["year"])
        elif options["command"] == "remind":
            self.remind()
        else:
            self.check_year(options["year"])

    def remind(self):
        today = timezone.localdate()
        for due in due_reports(organs_reporting(), today):
            try:
                addresses = RemindOrgan(due, today=today).execute()
            except ReminderError as error:
                self.stdout.write(str(error))
                continue
            self.stdout.write(_("%(organ)s: reminded %(count)d people.") % {"organ": due.organ.name, "count": len(addresses)})

    def export(self, code, year):
        organ = Organ.objects.filter(code=code).first()
        if organ is None:
            raise CommandError(_("No organ has the code %(code)s.") % {"code": code})
        data = report_data(report_for(organ, year))
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))

    def check_year(self, year):
        failing = 0
        for organ in organs_reporting():
            failures = report_failures(report_for(organ, year))
            for failure in failures:
                self.stderr.write(f"{organ.name}（{organ.code}）：{failure}")
            failing += bool(failures)
            if not failures:
                self.stdout.write(_("%(organ)s: every check passes.") % {"organ": organ.name})
        if failing:
            raise CommandError(_("%(count)d organs' reports fail their checks.") % {"count": failing})
