"""机构概况 (Art. 20 (2)): an organ's functions, structure, leaders and contacts, as structured data."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from gongkai.disclosure_pages.models import Organ


class UnitBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=100)
    duties = blocks.TextBlock(label=_("duties"), required=False)


class LeaderBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=40)
    post = blocks.CharBlock(label=_("post"), max_length=100)
    duties = blocks.TextBlock(label=_("duties"), required=False)


class OrganProfile(models.Model):
    organ = models.OneToOneField(Organ, verbose_name=_("organ"), on_delete=models.CASCADE, related_name="profile")
    functions = RichTextField(_("functions"), blank=True)
    units = StreamField([("unit", UnitBlock())], verbose_name=_("internal units"), blank=True)
    leaders = StreamField([("leader", LeaderBlock())], verbose_name=pgettext_lazy("organ profile", "leaders"), blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    fax = models.CharField(_("fax"), max_length=60, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("organ"),
        FieldPanel("functions"),
        FieldPanel("units"),
        FieldPanel("leaders"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("office_hours"), FieldPanel("phone"), FieldPanel("fax"), FieldPanel("website")],
            heading=_("Contacts"),
        ),
    ]

    class Meta:
        verbose_name = _("organ profile")
        verbose_name_plural = _("organ profiles")

    def __str__(self):
        return str(self.organ)
