"""政策解读: interpretation pages and their links to the policies they explain."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from ..forms import RevisionRowsInlinePanel
from .items import DisclosureItemPage


class PolicyInterpretationPage(DisclosureItemPage):
    """政策解读: explains one or more policies, linked both ways."""

    content_panels = DisclosureItemPage.content_panels + [
        RevisionRowsInlinePanel("interpreted_policies", heading=_("Interpreted policies"), label=_("policy"), min_num=1)
    ]
    parent_page_types = ["disclosure_pages.DisclosureCatalogueIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy interpretation")
        verbose_name_plural = _("policy interpretations")


class PolicyInterpretationLink(Orderable):
    interpretation = ParentalKey(
        PolicyInterpretationPage, on_delete=models.CASCADE, related_name="interpreted_policies"
    )
    policy = models.ForeignKey(
        DisclosureItemPage,
        verbose_name=_("policy"),
        on_delete=models.CASCADE,
        related_name="interpretation_links",
    )

    panels = [FieldPanel("policy")]

    class Meta(Orderable.Meta):
        verbose_name = _("interpreted policy")
