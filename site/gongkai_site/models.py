from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage


class HomePage(Page):
    """The portal's home page (政府信息公开 home)."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["disclosure_pages.DisclosureCatalogueIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["catalogues"] = (
            DisclosureCatalogueIndexPage.objects.child_of(self).live().select_related("organ").order_by("title")
        )
        return context
