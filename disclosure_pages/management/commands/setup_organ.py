from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from gongkai.disclosure_pages.models import Organ
from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction


class Command(BaseCommand):
    help = "Create or complete a disclosing organ: its catalogue page, collection and groups."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Full name, e.g. 方山县生态环境局")
        parser.add_argument("code", help="18-character unified social credit code or 9-character organization code")
        parser.add_argument("--short-name", dest="short_name")
        parser.add_argument("--prefix", dest="index_prefix", help="Index number prefix (default: the code)")
        parser.add_argument("--parent-organ", help="Code of the parent organ")
        parser.add_argument("--parent-page", type=int, help="Id of the page to put the catalogue under (default: site root)")
        parser.add_argument("--slug", help="Slug of the catalogue page (default: the code)")
        parser.add_argument("--office-address", dest="office_address")
        parser.add_argument("--office-hours", dest="office_hours")
        parser.add_argument("--office-phone", dest="office_phone")
        parser.add_argument("--office-email", dest="office_email")

    def handle(self, *args, **options):
        extra = {field: options[field] for field in (
            "short_name", "index_prefix", "office_address", "office_hours", "office_phone", "office_email"
        )}
        try:
            if options["parent_organ"]:
                extra["parent"] = Organ.objects.get(code=options["parent_organ"].upper())
            parent_page = Page.objects.get(pk=options["parent_page"]).specific if options["parent_page"] else None
            setup = SetUpOrganAction(
                name=options["name"], code=options["code"], parent_page=parent_page, slug=options["slug"], **extra
            ).execute()
        except (Organ.DoesNotExist, Page.DoesNotExist) as error:
            raise CommandError(str(error))
        except ValidationError as error:
            raise CommandError("; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()))
        verb = "Created" if setup.created else "Updated"
        self.stdout.write(f"{verb} {setup.organ} (catalogue page {setup.catalogue.pk}); groups: "
                          + ", ".join(group.name for group in setup.groups.values()))
