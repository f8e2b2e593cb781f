"""Wagtail's publish_scheduled, made safe for disclosure items.

A schedule is refused when it is set (publication.refuse_scheduled_publication), but an
item's conditions can change before its go-live time (another app's gate). Wagtail's command
would stop at the first refusal; here that revision's schedule is cancelled, the refusal
logged, and every other scheduled page is published as usual.
"""
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import PublicationRefused, ensure_may_go_live


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options["dryrun"]:
            self.cancel_refused_schedules()
        super().handle(*args, **options)

    def cancel_refused_schedules(self):
        item_models = [model for model in apps.get_models() if issubclass(model, DisclosureItemPage)]
        due = Revision.objects.filter(
            approved_go_live_at__lt=timezone.now(),
            content_type__in=ContentType.objects.get_for_models(*item_models).values(),
        )
        for revision in due:
            try:
                ensure_may_go_live(revision.as_object())
            except PublicationRefused as refusal:
                Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
                self.stderr.write(f"{revision.object_str}: {refusal}")
