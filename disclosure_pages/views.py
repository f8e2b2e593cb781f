"""Admin reports: the catalogue listing (目录管理) and the disclosure deadlines (公开时限)."""
import django_filters
from django.contrib import messages
from django.db.models import F, Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .choices import Disclosure, Validity
from .models import DisclosureItemPage, Organ, Topic
from .report_columns import CalendarDateColumn, DeadlineStateColumn, ValueColumn
from .spreadsheet_export import FormulaSafeExportMixin
from .working_days import add_working_days, is_announced_year

DUE_SOON_WORKING_DAYS = 5


def overdue_condition(today):
    """Not published and past due, or published after the due date."""
    return Q(published_date__isnull=True, disclosure_due_date__lt=today) | Q(
        published_date__gt=F("disclosure_due_date")
    )


def items_visible_to(user):
    """The items of the subtrees where `user` may add, change or publish pages."""
    pages = policy_registry.get_by_type(Page).instances_user_has_any_permission_for(
        user, ["add", "change", "publish"]
    )
    return DisclosureItemPage.objects.filter(pk__in=pages.values("pk"))


class CatalogueFilterSet(WagtailFilterSet):
    organ = django_filters.ModelChoiceFilter(label=gettext_lazy("Publishing organ"), queryset=Organ.objects.all())
    disclosure = django_filters.ChoiceFilter(label=gettext_lazy("Disclosure"), choices=Disclosure.choices)
    topic = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Topic"), queryset=Topic.objects.select_related("parent"), method="filter_topic"
    )
    validity = django_filters.ChoiceFilter(label=gettext_lazy("Validity"), choices=Validity.choices)
    live = django_filters.BooleanFilter(label=gettext_lazy("Published"))
    overdue = django_filters.BooleanFilter(label=gettext_lazy("Overdue"), method="filter_overdue")

    class Meta:
        model = DisclosureItemPage
        fields = ["organ", "disclosure", "topic", "validity", "live", "overdue"]

    def filter_topic(self, queryset, name, topic):
        """A first-level topic also finds the items filed under its second-level topics."""
        return queryset.filter(Q(topic=topic) | Q(topic__parent=topic)) if topic else queryset

    def filter_overdue(self, queryset, name, overdue):
        if overdue is None:
            return queryset
        condition = overdue_condition(timezone.localdate())
        return queryset.filter(condition) if overdue else queryset.exclude(condition)


def field_label(name):
    return capfirst(DisclosureItemPage._meta.get_field(name).verbose_name)


def edit_url(item):
    return reverse("wagtailadmin_pages:edit", args=[item.pk])


class ItemReportView(FormulaSafeExportMixin, ReportView):
    model = DisclosureItemPage
    any_permission_required = ["add", "change", "publish"]
    columns = [
        ValueColumn("index_number", label=field_label("index_number")),
        TitleColumn("title", label=field_label("title"), get_url=edit_url),
        ValueColumn("organ", label=field_label("organ")),
        ValueColumn("doc_number", label=field_label("doc_number")),
        CalendarDateColumn("written_date", label=field_label("written_date")),
        CalendarDateColumn("published_date", label=field_label("published_date")),
        Column("get_disclosure_display", label=field_label("disclosure")),
        Column("get_validity_display", label=field_label("validity")),
        PageStatusColumn("status", label=gettext_lazy("Status")),
        CalendarDateColumn("disclosure_due_date", label=field_label("disclosure_due_date")),
    ]
    list_export = [
        "index_number",
        "title",
        "organ",
        "doc_number",
        "written_date",
        "published_date",
        "get_disclosure_display",
        "get_validity_display",
        "normative_label",
        "status_string",
        "disclosure_due_date",
    ]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    @cached_property
    def export_headings(self):
        headings = {column.name: column.label for column in self.columns}
        headings["status_string"] = _("Status")
        headings["normative_label"] = field_label("normative")
        return headings

    def get_base_queryset(self):
        return items_visible_to(self.request.user).select_related("organ", "topic")


class CatalogueReportView(ItemReportView):
    page_title = gettext_lazy("Disclosure catalogue")
    header_icon = "folder-open-inverse"
    filterset_class = CatalogueFilterSet
    index_url_name = "disclosure_pages:catalogue"
    index_results_url_name = "disclosure_pages:catalogue_results"

    def get_base_queryset(self):
        return super().get_base_queryset().order_by("organ__name", "-written_date", "index_number")


class DeadlineFilterSet(WagtailFilterSet):
    organ = django_filters.ModelChoiceFilter(label=gettext_lazy("Publishing organ"), queryset=Organ.objects.all())

    class Meta:
        model = DisclosureItemPage
        fields = ["organ"]


class DeadlineReportView(ItemReportView):
    """Overdue and due-soon proactive disclosures, per organ."""

    page_title = gettext_lazy("Disclosure deadlines")
    header_icon = "time"
    filterset_class = DeadlineFilterSet
    index_url_name = "disclosure_pages:deadlines"
    index_results_url_name = "disclosure_pages:deadlines_results"
    columns = ItemReportView.columns + [DeadlineStateColumn("deadline_state", label=gettext_lazy("Deadline"))]

    def get_base_queryset(self):
        today = timezone.localdate()
        due_soon_until = add_working_days(today, DUE_SOON_WORKING_DAYS).date
        due_soon = Q(published_date__isnull=True, disclosure_due_date__range=(today, due_soon_until))
        return (
            super()
            .get_base_queryset()
            .filter(disclosure_due_date__isnull=False)
            .filter(overdue_condition(today) | due_soon)
            .order_by("organ__name", "disclosure_due_date")
        )

    def get(self, request, *args, **kwargs):
        self.warn_about_unannounced_years(request)
        return super().get(request, *args, **kwargs)

    def warn_about_unannounced_years(self, request):
        this_year = timezone.localdate().year
        for year in (this_year, this_year + 1):
            if not is_announced_year(year):
                messages.warning(
                    request,
                    _(
                        "The holiday arrangements for %(year)d are not known yet: due dates in %(year)d "
                        "are estimated from plain weekdays. Enter the State Council notice as "
                        "working-day overrides."
                    )
                    % {"year": year},
                )


urlpatterns = [
    path("catalogue/", CatalogueReportView.as_view(), name="catalogue"),
    path("catalogue/results/", CatalogueReportView.as_view(results_only=True), name="catalogue_results"),
    path("deadlines/", DeadlineReportView.as_view(), name="deadlines"),
    path("deadlines/results/", DeadlineReportView.as_view(results_only=True), name="deadlines_results"),
]
