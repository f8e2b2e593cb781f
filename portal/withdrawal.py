"""A withdrawn item (撤稿) answers 410 Gone with its withdrawal notice instead of 404.

Wagtail routes only live pages, so the question is asked when routing has failed: is there
a not-live item at this path whose last publication event is a withdrawal? The withdrawal
action (gongkai.review_workflow.withdrawal) logs its action on the page with the reason in its data.
"""
from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.models import PageLogEntry, Site

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.review_workflow.constants import WITHDRAW_ACTION

PUBLICATION_ACTIONS = ("wagtail.publish", WITHDRAW_ACTION)


def withdrawn_item_at(request):
    """The withdrawn item served at request.path, with its withdrawal log entry, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    url_path = site.root_page.url_path + request.path.lstrip("/")
    if not url_path.endswith("/"):
        url_path += "/"
    item = DisclosureItemPage.objects.filter(url_path=url_path, live=False).first()
    if item is None:
        return None
    last_event = (
        PageLogEntry.objects.filter(page=item, action__in=PUBLICATION_ACTIONS)
        .order_by("-timestamp", "-pk")
        .first()
    )
    if last_event is None or last_event.action != WITHDRAW_ACTION:
        return None
    return item, last_event


class WithdrawnItemMiddleware:
    """Turns the 404 of a withdrawn item's address into a 410 with the notice."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Http404) or request.method not in ("GET", "HEAD"):
            return None
        found = withdrawn_item_at(request)
        if found is None:
            return None
        item, withdrawal = found
        response = TemplateResponse(
            request,
            "410.html",
            {
                "item": item,
                "withdrawn_at": withdrawal.timestamp,
                "reason": (withdrawal.data or {}).get("reason", ""),
            },
            status=410,
        )
        return response.render()
