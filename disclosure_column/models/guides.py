"""公开指南: each organ's disclosure guide, an editable page of structured blocks with its history
of revisions, prefilled from the organ's data."""
import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import RevisionMixin

from gongkai.disclosure_pages.models import Organ

from .. import conf
from ..guide_defaults import default_guide_blocks


class GuideSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=100)
    text = blocks.RichTextBlock(label=_("text"))


GUIDE_BLOCKS = [
    ("overview", GuideSectionBlock(label=_("Organ overview"))),
    ("proactive", GuideSectionBlock(label=_("Proactive disclosure: scope, means and time limits"))),
    ("on_request", GuideSectionBlock(label=_("Disclosure on request: office, means and procedure"))),
    ("fees", GuideSectionBlock(label=_("Fees"))),
    ("remedies", GuideSectionBlock(label=_("Supervision and remedies"))),
]


class DisclosureGuide(RevisionMixin, models.Model):
    organ = models.OneToOneField(Organ, verbose_name=_("organ"), on_delete=models.CASCADE, related_name="guide")
    body = StreamField(GUIDE_BLOCKS, verbose_name=_("guide"), blank=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    reviewed_on = models.DateField(
        _("last reviewed"), default=datetime.date.today, help_text=_("The date someone last checked the whole guide.")
    )

    panels = [FieldPanel("organ"), FieldPanel("reviewed_on"), FieldPanel("body")]

    class Meta:
        verbose_name = _("disclosure guide")
        verbose_name_plural = _("disclosure guides")

    def __str__(self):
        return str(self.organ)

    def save(self, *args, **kwargs):
        # An empty guide starts from the organ's own data, so nobody types the office details twice.
        if not self.body and self.organ_id:
            self.body = default_guide_blocks(self.organ)
        super().save(*args, **kwargs)

    @property
    def review_overdue(self):
        return self.reviewed_on < timezone.localdate() - datetime.timedelta(days=conf.get("GONGKAI_COLUMN_GUIDE_REVIEW_DAYS"))
