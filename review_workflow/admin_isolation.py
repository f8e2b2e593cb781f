"""Admin isolation (谁的条目谁看): what one organ's staff may read of another organ's items.

The one rule: in the admin a user reads an item's title or content only if they hold a page
permission on its subtree (their own organ's catalogue), or the item is on the portal for
everyone already (live, 主动公开, 非密, with no unpublished draft). Superusers read everything.
The page chooser and explorer listings are filtered by Wagtail's hooks (wagtail_hooks); every
admin URL that names a page by id answers 404 for a hidden one (AdminIsolationMiddleware).
"""
from django.http import Http404
from wagtail.models import Page
from wagtail.permissions import policy_registry

from gongkai.disclosure_pages.choices import Classification, Disclosure
from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage, DisclosureItemPage

PAGE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}
# URL keyword arguments of Wagtail's admin views that name a page.
PAGE_ID_KWARGS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id")
# Admin views that name pages in the query string instead (the chooser's multiple choice).
PAGE_ID_PARAMETERS = {"wagtailadmin_choose_page_chosen_multiple": "id"}
# Wagtail's edit view (also behind revisions_revert) refuses anyone without a page permission on
# the page's subtree before it names the page, and no item is hidden from such a user: asking
# again would cost every edit of every page a query.
GUARDED_BY_WAGTAIL = {"wagtailadmin_pages:edit", "wagtailadmin_pages:revisions_revert"}


def own_pages(user):
    """The pages in the subtrees where `user` holds any page permission."""
    return policy_registry.get_by_type(Page).instances_user_has_any_permission_for(user, PAGE_ACTIONS)


def items_hidden_from(user):
    """The items `user` may not read in the admin: other organs' items not public as they stand."""
    if user.is_superuser:
        return DisclosureItemPage.objects.none()
    return DisclosureItemPage.objects.exclude(pk__in=own_pages(user).values("pk")).exclude(
        live=True,
        has_unpublished_changes=False,
        disclosure=Disclosure.PUBLIC,
        classification=Classification.NONE,
    )


def pages_visible_to(user, pages):
    """`pages` (a Page queryset) without the items hidden from `user`."""
    return pages.exclude(pk__in=items_hidden_from(user).values("pk"))


def organs_of(user):
    """The organs whose catalogue `user` holds a page permission on (all, for superusers)."""
    catalogues = DisclosureCatalogueIndexPage.objects.filter(pk__in=own_pages(user).values("pk"))
    return catalogues.values("organ_id")


def requested_page_ids(request, view_kwargs):
    ids = [view_kwargs[name] for name in PAGE_ID_KWARGS if name in view_kwargs]
    parameter = PAGE_ID_PARAMETERS.get(getattr(request.resolver_match, "view_name", None))
    if parameter:
        ids += request.GET.getlist(parameter)
    return [int(value) for value in ids if str(value).isdigit()]


def is_wagtail_admin_view(request):
    match = request.resolver_match
    return match is not None and match.view_name.startswith("wagtailadmin")


class AdminIsolationMiddleware:
    """Wagtail's admin views load pages by id before (or without) asking for a permission and
    name them in errors: a hidden item is answered with 404 before any of them runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_wagtail_admin_view(request) or not request.user.is_authenticated:
            return None
        if request.resolver_match.view_name in GUARDED_BY_WAGTAIL:
            return None
        page_ids = requested_page_ids(request, view_kwargs)
        if page_ids and items_hidden_from(request.user).filter(pk__in=page_ids).exists():
            raise Http404
        return None
