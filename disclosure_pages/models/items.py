from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..admin_index import may_be_in_admin_index, without_state_secrets
from ..choices import Classification, Disclosure, Validity, WithholdingReason
from ..doc_numbers import parse_doc_number
from ..forms import DisclosureItemCopyForm, DisclosureItemForm
from ..publication import AliasRefused, GatedPublicationMixin, may_be_public_now
from ..reapproval import RequiresReapprovalOnEdit
from ..validation import validate_item
from ..validity_notices import validity_notice
from .. import working_days
from .item_panels import ITEM_CONTENT_PANELS, ITEM_PROMOTE_PANELS
from .organs import Organ
from .taxonomies import Genre, Topic


class DisclosureItemPage(GatedPublicationMixin, RequiresReapprovalOnEdit, Page):
    """A disclosure item (公开目录条目) with the attributes the disclosure rules require."""

    organ = models.ForeignKey(
        Organ,
        verbose_name=_("publishing organ"),
        on_delete=models.PROTECT,
        related_name="items",
        editable=False,
    )
    index_number = models.CharField(_("index number"), max_length=80, unique=True, editable=False)
    doc_number = models.CharField(_("document number"), max_length=80, blank=True)
    doc_number_agency = models.CharField(max_length=40, blank=True, editable=False)
    doc_number_year = models.PositiveIntegerField(null=True, blank=True, editable=False)
    doc_number_serial = models.PositiveIntegerField(null=True, blank=True, editable=False)
    co_issuers = models.CharField(_("co-issuing organs"), max_length=200, blank=True)
    written_date = models.DateField(_("written date"))
    published_date = models.DateField(_("published date"), null=True, blank=True, editable=False)
    disclosure_due_date = models.DateField(
        _("disclosure due date"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Proactively disclosed items: 20 working days after the written date."),
    )
    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.PROTECT, related_name="+")
    genre = models.ForeignKey(Genre, verbose_name=_("genre"), on_delete=models.PROTECT, related_name="+")
    disclosure = models.CharField(_("disclosure"), max_length=20, choices=Disclosure.choices)
    reason = models.CharField(
        _("reason for not disclosing"), max_length=30, choices=WithholdingReason.choices, blank=True
    )
    classification = models.CharField(
        _("classification"), max_length=20, choices=Classification.choices, default=Classification.NONE
    )
    secrecy_period = models.CharField(_("secrecy period"), max_length=40, blank=True)
    validity = models.CharField(_("validity"), max_length=20, choices=Validity.choices, default=Validity.VALID)
    validity_date = models.DateField(_("validity date"), null=True, blank=True)
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
    )
    normative = models.BooleanField(_("normative document"), default=False)
    # 三同步: a policy marked so is submitted only with an interpretation, or with the reason none is needed.
    needs_interpretation = models.BooleanField(_("needs a policy interpretation"), default=False)
    no_interpretation_reason = models.CharField(
        _("reason no interpretation is needed"), max_length=300, blank=True
    )
    abstract = models.TextField(_("abstract"), max_length=500, blank=True)
    body = RichTextField(_("body"), blank=True)
    external_id = models.CharField(
        _("legacy system id"), max_length=100, null=True, blank=True, unique=True
    )

    base_form_class = DisclosureItemForm
    copy_form_class = DisclosureItemCopyForm
    content_panels = ITEM_CONTENT_PANELS
    promote_panels = ITEM_PROMOTE_PANELS
    search_fields = Page.search_fields + [
        index.SearchField("index_number", boost=3),
        index.SearchField("doc_number", boost=3),
        index.SearchField("abstract"),
        index.SearchField("body"),
        index.FilterField("organ"),
        index.FilterField("disclosure"),
        index.FilterField("validity"),
    ]
    parent_page_types = ["disclosure_pages.DisclosureCatalogueIndexPage"]
    subpage_types = []
    exclude_fields_in_copy = ["index_number", "external_id", "published_date"]

    class Meta:
        verbose_name = _("disclosure item")
        verbose_name_plural = _("disclosure items")

    def __str__(self):
        return self.title

    @cached_property
    def catalogue(self):
        parent = self.get_parent()
        return parent.specific if parent else None


    def get_admin_display_title(self):
        return self.draft_title or self.title

    def normative_label(self):
        return gettext("Yes") if self.normative else gettext("No")

    def validity_notice(self):
        return validity_notice(self)

    @classmethod
    def get_indexed_objects(cls):
        """涉密信息不上网: state-secret records are in no search index, the admin's included."""
        return without_state_secrets(super().get_indexed_objects())

    def get_indexed_instance(self):
        instance = super().get_indexed_instance()
        if instance is None or not may_be_in_admin_index(instance):
            return None
        return instance

    def copy(self, *args, keep_live=True, **kwargs):
        """A copy is a new item: a draft with its own 索引号 that needs its own review."""
        return super().copy(*args, keep_live=False, **kwargs)

    def with_content_json(self, content):
        """Revisions never carry a different index number or first publication date."""
        obj = super().with_content_json(content)
        obj.index_number = self.index_number
        obj.published_date = self.published_date
        obj.organ_id = self.organ_id
        return obj

    def clean(self):
        super().clean()
        validate_item(self)

    def keep_first_publication_facts(self):
        """Once an item has been public, its 发布日期 and 索引号 never change, whatever
        in-memory copy of it is saved."""
        stored = DisclosureItemPage.objects.filter(pk=self.pk, published_date__isnull=False).values(
            "published_date", "index_number"
        ).first()
        if stored:
            self.published_date = stored["published_date"]
            self.index_number = stored["index_number"]

    def fill_derived_fields(self):
        """Organ, 文号 parts, due date and 索引号, which editors never type."""
        self.fill_derived_content()
        self.disclosure_due_date = (
            working_days.disclosure_due_date(self.written_date).date
            if self.disclosure == Disclosure.PUBLIC and self.written_date
            else None
        )

    def fill_derived_content(self):
        """The derived fields that are content (a secrecy review's fingerprint covers them): organ,
        文号 parts and 索引号. The due date is bookkeeping, and reads the calendar."""
        if not self.organ_id and self.catalogue is not None:
            self.organ = self.catalogue.organ
        parsed = parse_doc_number(self.doc_number)
        self.doc_number = parsed.text
        self.doc_number_agency = parsed.agency
        self.doc_number_year = parsed.year
        self.doc_number_serial = parsed.serial
        # Imported here: index_numbers reads the models package this module belongs to.
        from ..index_numbers import generate_index_number, index_number_slug

        if not self.index_number:
            self.index_number = generate_index_number(DisclosureItemPage, self.organ, self.written_date.year)
        if not self.slug:
            self.slug = index_number_slug(self.index_number)

    def save(self, *args, **kwargs):
        if self.alias_of_id:
            raise AliasRefused(
                gettext("A disclosure item cannot be aliased: copy it instead, as a new item with its own index number.")
            )
        return super().save(*args, **kwargs)

    def prepare_content(self):
        if not self._state.adding:
            self.keep_first_publication_facts()
        self.fill_derived_fields()

    def going_live(self):
        if self.published_date is None:
            self.published_date = timezone.localdate(self.first_published_at or timezone.now())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Linked items are listed only while they may be public now, like the item itself.
        context["interpretations"] = [
            link
            for link in self.interpretation_links.filter(interpretation__live=True).select_related("interpretation")
            if may_be_public_now(link.interpretation)
        ]
        policies = getattr(self, "interpreted_policies", None)
        context["public_policies"] = (
            [link.policy for link in policies.select_related("policy") if may_be_public_now(link.policy)]
            if policies is not None
            else []
        )
        return context
