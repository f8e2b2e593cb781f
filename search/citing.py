"""Citations between catalogue items, read from the public index: the items whose text cites a
文号, and the items that cited 文号 of a text are the 文号 of. Only public items are in the index,
so nothing here can show an item the public may not see. When Elasticsearch cannot answer, an
item page shows no citations rather than failing.
"""
import logging
import re

from django.utils.html import escape

from gongkai.disclosure_pages.constants import SEARCH_LOGGER
from gongkai.disclosure_pages.doc_numbers import normalize_doc_number
from gongkai.disclosure_pages.file_text import html_text

from .citations import CITED_DOC_NUMBER, cited_doc_numbers
from .connection import client
from .index_names import alias_name

logger = logging.getLogger(SEARCH_LOGGER)

MAX_CITING_ITEMS = 50
TAG_OR_TEXT = re.compile(r"(<[^>]*>)")


def _search(**body):
    try:
        return client().search(index=alias_name(), **body)["hits"]["hits"]
    except Exception as error:
        logger.warning("Citation look-up failed: %s", error)
        return []


def items_citing(doc_number, page_id=None):
    """(title, url, 文号) of the public items whose text cites `doc_number`, newest first."""
    number = normalize_doc_number(doc_number)
    if not number:
        return []
    hits = _search(
        query={"bool": {"filter": [{"term": {"cited_doc_numbers": number}}], "must_not": [{"term": {"page_id": page_id or 0}}]}},
        sort=[{"written_date": "desc"}],
        size=MAX_CITING_ITEMS,
        source=["title", "url", "doc_number"],
    )
    return [(hit["_source"]["title"], hit["_source"]["url"], hit["_source"].get("doc_number") or "") for hit in hits]


def urls_of_doc_numbers(numbers):
    """{normalised 文号: URL} of the public items that carry these 文号."""
    if not numbers:
        return {}
    hits = _search(query={"terms": {"doc_number": list(numbers)}}, size=len(numbers), source=["doc_number", "url"])
    return {hit["_source"]["doc_number"]: hit["_source"]["url"] for hit in hits}


def link_cited_doc_numbers(html, own_doc_number=""):
    """Rendered rich text with each cited 文号 that is a public item's own linked to that item
    (text inside an existing link is left as it is)."""
    urls = urls_of_doc_numbers({number.text for number in cited_doc_numbers(html_text(html), own_doc_number)})
    if not urls:
        return html
    parts, inside_link = [], False
    for part in TAG_OR_TEXT.split(html):
        if part.startswith("<"):
            inside_link = part.lower().startswith("<a") or (inside_link and not part.lower().startswith("</a"))
            parts.append(part)
        else:
            parts.append(part if inside_link else CITED_DOC_NUMBER.sub(lambda match: _linked(match, urls), part))
    return "".join(parts)


def _linked(match, urls):
    for number in cited_doc_numbers(match.group(0)):
        if number.text in urls:
            text = match.group(0)
            start = text.rindex(number.agency)
            return f'{text[:start]}<a href="{escape(urls[number.text])}">{text[start:]}</a>'
    return match.group(0)
