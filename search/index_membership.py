"""What is in the public index: live items for which disclosure_pages' `may_be_public` is true
(and so no state secret). Every writer of the index asks `belongs_in_public_index`."""
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.visibility import may_be_public


def live_items():
    """Candidates of the public index, each then asked `belongs_in_public_index`."""
    return DisclosureItemPage.objects.live()


def belongs_in_public_index(item):
    """A live item that may be public (a page, or a row with `live`, `disclosure` and `classification`)."""
    return item is not None and item.live and may_be_public(item)
