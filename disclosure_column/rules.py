"""公开制度: an organ's own disclosure rules (保密审查制度, 发布协调, 责任追究 …) are items of one genre."""
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import may_be_public_now

from . import conf


def organ_rules(organ):
    """The organ's public items of the rules genre, newest first."""
    items = (
        DisclosureItemPage.objects.live()
        .filter(organ=organ, genre__code=conf.get("GONGKAI_COLUMN_RULES_GENRE"))
        .order_by("-written_date", "-pk")
    )
    return [item for item in items if may_be_public_now(item)]
