"""Citations on an item page: `{{ page.body|richtext|link_cited_doc_numbers:page.doc_number }}`
and `{% citing_documents page %}` (the items whose text cites this one's 文号)."""
from django import template
from django.utils.safestring import mark_safe

from .. import citing

register = template.Library()


@register.filter
def link_cited_doc_numbers(html, own_doc_number=""):
    return mark_safe(citing.link_cited_doc_numbers(str(html), own_doc_number or ""))


@register.inclusion_tag("catalogue_search/citing_documents.html")
def citing_documents(page):
    return {"citing": citing.items_citing(page.doc_number, page.pk) if page.doc_number else []}
