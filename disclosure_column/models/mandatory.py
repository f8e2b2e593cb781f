"""法定主动公开内容: the categories of Art. 20 and 21 (and local ones), each mapped to topics,
genres or explicit items, with the interval within which it should be updated."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from gongkai.disclosure_pages.models import DisclosureItemPage, Genre, Topic


class Basis(models.TextChoices):
    ARTICLE_20 = "art20", _("Article 20")
    ARTICLE_21 = "art21", _("Article 21")
    LOCAL = "local", _("Local category")


class MandatoryCategory(models.Model):
    # The shipped categories of Art. 20 and 21 carry the code of their clause, so a later load
    # recognises them however the office renamed or remapped them; local categories have none.
    code = models.CharField(_("clause code"), max_length=20, null=True, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=100)
    basis = models.CharField(_("legal basis"), max_length=10, choices=Basis.choices, default=Basis.ARTICLE_20)
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")
    genres = models.ManyToManyField(Genre, verbose_name=_("genres"), blank=True, related_name="+")
    normative = models.BooleanField(
        _("normative documents"), default=False,
        help_text=_("The organ's normative documents belong to this category."),
    )
    items = models.ManyToManyField(DisclosureItemPage, verbose_name=pgettext_lazy("mandatory category", "items"), blank=True, related_name="+")
    update_interval_days = models.PositiveIntegerField(
        _("update interval (days)"), null=True, blank=True,
        help_text=_("Flag the category as stale when nothing new appeared for this many days; empty for no interval."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("basis"), FieldPanel("sort_order")]),
        FieldPanel("topics"),
        FieldPanel("genres"),
        FieldPanel("normative"),
        FieldPanel("items"),
        FieldPanel("update_interval_days"),
    ]

    class Meta:
        verbose_name = _("statutory disclosure category")
        verbose_name_plural = _("statutory disclosure categories")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name
