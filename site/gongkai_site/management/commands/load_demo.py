from django.core.management.base import BaseCommand

from gongkai_site.demo import load_demo_catalogue


class Command(BaseCommand):
    help = "Load the 方山县 demo catalogue: organs, accounts and items (idempotent)."

    def handle(self, *args, **options):
        load_demo_catalogue(stdout=self.stdout)
