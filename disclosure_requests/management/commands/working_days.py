"""`manage.py working_days add DATE N`: the ISO date N working days after DATE (DATE not counted)."""
import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from gongkai.disclosure_pages.working_days import add_working_days


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(_("Not a date (YYYY-MM-DD): %(value)s") % {"value": value}) from error


def working_day_count(value):
    try:
        count = int(value)
    except ValueError as error:
        raise CommandError(_("Not a whole number: %(value)s") % {"value": value}) from error
    if not 0 <= count <= 1000:
        raise CommandError(_("Count 0 to 1000 working days."))
    return count


class Command(BaseCommand):
    help = "Counts working days on the site's calendar (chinesecalendar plus the admin's overrides)."

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(dest="subcommand", required=True)
        add = subcommands.add_parser("add", help="the date N working days after DATE")
        add.add_argument("date")
        add.add_argument("count")

    def handle(self, *args, subcommand, date, count, **options):
        counted = add_working_days(iso_date(date), working_day_count(count))
        if counted.estimated:
            self.stderr.write(_("Warning: a year on the way has no announced holiday notice; weekdays were counted."))
        self.stdout.write(counted.date.isoformat())
