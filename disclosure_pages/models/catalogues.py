"""One organ's catalogue (公开目录): the root of the subtree holding its items."""
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .organs import Organ


class DisclosureCatalogueIndexPage(Page):
    """One organ's catalogue root (公开目录); its subtree holds that organ's items."""

    organ = models.OneToOneField(
        Organ, verbose_name=_("disclosing organ"), on_delete=models.PROTECT, related_name="catalogue"
    )
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("organ"), FieldPanel("intro")]
    subpage_types = ["disclosure_pages.DisclosureItemPage", "disclosure_pages.PolicyInterpretationPage"]

    class Meta:
        verbose_name = _("disclosure catalogue")
        verbose_name_plural = _("disclosure catalogues")

    def add_child(self, **kwargs):
        """Editors of one organ add items at the same moment: lock the catalogue row so
        treebeard reads the true last child and never hands out the same tree path twice."""
        with transaction.atomic():
            self.numchild = Page.objects.select_for_update().values_list("numchild", flat=True).get(pk=self.pk)
            return super().add_child(**kwargs)
