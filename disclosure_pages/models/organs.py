from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from ..organ_codes import validate_organ_code


class Organ(index.Indexed, models.Model):
    """公开主体: a department or township that publishes its own catalogue."""

    name = models.CharField(_("full name"), max_length=100, unique=True)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    code = models.CharField(
        _("organ code"),
        max_length=18,
        unique=True,
        validators=[validate_organ_code],
        help_text=_("An 18-character unified social credit code or a 9-character organization code."),
    )
    index_prefix = models.CharField(
        _("index number prefix"),
        max_length=40,
        blank=True,
        help_text=_("Leave empty to use the organ code."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organ"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    office_address = models.CharField(_("disclosure office address"), max_length=200, blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    office_phone = models.CharField(_("enquiry phone"), max_length=60, blank=True)
    office_email = models.EmailField(_("email"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("code"), FieldPanel("parent")],
            heading=_("Organ"),
        ),
        FieldPanel("index_prefix"),
        MultiFieldPanel(
            [
                FieldPanel("office_address"),
                FieldPanel("office_hours"),
                FieldPanel("office_phone"),
                FieldPanel("office_email"),
            ],
            heading=_("Disclosure guide"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("disclosing organ")
        verbose_name_plural = _("disclosing organs")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.code = self.code.strip().upper()
        super().save(*args, **kwargs)

    @property
    def index_number_code(self):
        return self.index_prefix or self.code

    def ancestors_and_self(self):
        """This organ and every organ above it, nearest first."""
        organ, chain = self, []
        while organ is not None and organ not in chain:
            chain.append(organ)
            organ = organ.parent
        return chain
