"""`annual_report export --organ CODE --year YYYY --format json` prints a report's tables;
`annual_report check --year YYYY` checks every organ's report and exits non-zero naming each
failing cell."""
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from gongkai.annual_reports.export import report_data
from gongkai.annual_reports.reports import organs_reporting, report_failures, report_for
from gongkai.disclosure_pages.models import Organ


class Command(BaseCommand):
    help = "Exports an organ's annual report as JSON, or checks every organ's report of a year."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="command", required=True)
        export = commands.add_parser("export", help="Print one report's tables.")
        export.add_argument("--organ", required=True, help="The organ's code.")
        export.add_argument("--year", required=True, type=int)
        export.add_argument("--format", default="json", choices=["json"])
        check = commands.add_parser("check", help="Check every organ's report of a year.")
        check.add_argument("--year", required=True, type=int)

    def handle(self, *args, **options):
        if options["command"] == "export":
            self.export(options["organ"], options["year"])
        else:
            self.check_year(options["year"])

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
