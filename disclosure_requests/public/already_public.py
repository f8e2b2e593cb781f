"""Is the wanted information already public? Art. 36(1): the organ then tells the applicant
where to find it. Looked up by 文号 or 索引号 in the catalogue, through may_be_public_now."""
from django.db.models import Q

from gongkai.disclosure_pages.doc_numbers import normalize_doc_number
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import may_be_public_now

MAX_MATCHES = 5


def public_items_matching(document_number="", index_number=""):
    """The public items with this 文号 or this 索引号 (at most a few)."""
    query = Q()
    if (document_number or "").strip():
        query |= Q(doc_number=normalize_doc_number(document_number))
    if (index_number or "").strip():
        query |= Q(index_number=index_number.strip())
    if not query:
        return []
    candidates = DisclosureItemPage.objects.live().filter(query).specific()[: MAX_MATCHES * 2]
    return [item for item in candidates if may_be_public_now(item)][:MAX_MATCHES]
