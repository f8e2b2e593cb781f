"""What an item's indexed form holds, from plain values (pages and generated data alike)."""
import html
import re

from gongkai.disclosure_pages.doc_numbers import DocNumber, parse_doc_number

from .citations import cited_doc_numbers, part_keys

# Text fields, indexed as CJK bigrams only: queries match a word as its adjacent bigrams.
# The 规范性文件 facet's two values (gongkai.search.engine labels them).
NORMATIVE, OTHER_DOCUMENT = "normative", "other"
TEXT_FIELDS = ("title", "abstract", "body", "attachments")
# Facet labels travel with the counts (`code<US>label`), so a search needs no database.
LABEL_SEPARATOR = "\x1f"
TAG = re.compile(r"<[^>]*>")


def compose_document(
    *,
    page_id,
    revision_id,
    index_number,
    title,
    abstract,
    body_text,
    attachments_text,
    organ,
    organ_path,
    topic,
    genre,
    doc_number,
    written_date,
    published_date,
    validity,
    url,
    normative=False,
    interpretations=(),
    interpreted_policies=(),
):
    """The indexed form of an item.

    organ: (code, name); organ_path: (code, name) of the organ and each ancestor;
    topic: (code, full name, [(code, name) of its first level and itself]); genre: (code, name);
    doc_number: its text, or a DocNumber already parsed (items store their parts).
    """
    parsed = doc_number if isinstance(doc_number, DocNumber) else parse_doc_number(doc_number)
    text = {"title": title, "abstract": abstract, "body": body_text, "attachments": attachments_text}
    cited = cited_doc_numbers("\n".join(value or "" for value in text.values()), parsed.text)
    document = {
        "page_id": page_id,
        "revision_id": revision_id,
        "index_number": index_number,
        "organ": organ[0],
        "organ_name": organ[1],
        "organ_path": [code for code, _ in organ_path],
        "organ_labels": [labelled(code, name) for code, name in organ_path],
        "topic": topic[0],
        "topic_name": topic[1],
        "topic_codes": [code for code, _ in topic[2]],
        "topic_labels": [labelled(code, name) for code, name in topic[2]],
        "genre": genre[0],
        "genre_name": genre[1],
        "genre_labels": labelled(*genre),
        "doc_number": parsed.text or None,
        "doc_number_agency": parsed.agency or None,
        "doc_number_year": parsed.year,
        "doc_number_serial": parsed.serial,
        "cited_doc_numbers": [number.text for number in cited],
        "cited_doc_number_parts": [key for number in cited for key in part_keys(number.agency, number.year, number.serial)],
        "written_date": written_date.isoformat(),
        "published_date": published_date.isoformat() if published_date else None,
        "year": written_date.year,
        "validity": validity,
        "normative": NORMATIVE if normative else OTHER_DOCUMENT,
        "url": url,
        "interpretations": [dict(title=t, url=u) for t, u in interpretations],
        "interpreted_policies": [dict(title=t, url=u) for t, u in interpreted_policies],
    }
    for field in TEXT_FIELDS:
        document[field] = text[field] or ""
    return document


def labelled(code, label):
    return f"{code}{LABEL_SEPARATOR}{label}"


def topic_levels(topic):
    """(code, label) of the first-level topic and of the topic itself."""
    if topic.parent_id is None:
        return [(topic.code, topic.name)]
    return [(topic.parent.code, topic.parent.name), (topic.code, str(topic))]


def plain_text(rich_text):
    """The text of stored rich text: tags become spaces, entities characters. Links and embeds
    carry no text of their own, so the stored form needs no expansion, and a pattern is safe
    because rich text escapes every `<` of its text (and ten times faster than strip_tags)."""
    return " ".join(html.unescape(TAG.sub(" ", rich_text or "")).split())
