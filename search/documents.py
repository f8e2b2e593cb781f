"""The catalogue index's document: its explicit mapping (strict), its index settings, and how
each field is prepared from a CatalogueEntry (gongkai.search.composer) — the one place that
says what the index holds.

As in django-elasticsearch-dsl, each field takes the value of the document's
`prepare_<field>(entry)`; `_source` holds the fields in the order of those methods (the mapping
itself keeps no order).
"""
from functools import cache

from elasticsearch_dsl import Date, Document, InnerDoc, Integer, Keyword, Long, Object, Text

from . import conf
from .analysis import ANALYSIS_SETTINGS
from .citations import part_keys

PREPARE = "prepare_"
# Facet labels travel with the counts (`code<US>label`), so a search needs no database.
LABEL_SEPARATOR = "\x1f"
# The 规范性文件 facet's two values (gongkai.search.engine labels them).
NORMATIVE, OTHER_DOCUMENT = "normative", "other"
# The `standing` of a policy with interpretations, and of an interpretation.
INTERPRETED, INTERPRETATION = "interpreted", "interpretation"


def bigram_text():
    """Text is indexed as CJK bigrams: queries match a word as its adjacent bigrams."""
    return Text(analyzer="bigrams")


def searchable_text():
    """An item's text: bigrams, and its single characters (`.chars`) for the last resort of a
    query that shares no word with any item (gongkai.search.query_builder.characters_clause)."""
    return Text(analyzer="bigrams", fields={"chars": Text(analyzer="characters")})


class LinkedItem(InnerDoc):
    title = Keyword(index=False)
    url = Keyword(index=False)


class CatalogueDocument(Document):
    """One public disclosure item (公开目录条目) as the public search sees it."""

    page_id = Long()
    revision_id = Long()
    index_number = Keyword(normalizer="identifier")
    organ = Keyword()
    organ_name = Keyword(index=False)
    organ_path = Keyword()
    organ_labels = Keyword()
    topic = Keyword()
    topic_name = Keyword(index=False)
    topic_codes = Keyword()
    topic_labels = Keyword()
    genre = Keyword()
    genre_name = Keyword(index=False)
    genre_labels = Keyword()
    doc_number = Keyword(normalizer="identifier", fields={"text": bigram_text()})
    doc_number_agency = Keyword()
    doc_number_year = Integer()
    doc_number_serial = Integer()
    # 文号 the text cites, and their parts as `agency|year|serial` keys (gongkai.search.citations).
    cited_doc_numbers = Keyword(normalizer="identifier")
    cited_doc_number_parts = Keyword()
    written_date = Date(format="date")
    published_date = Date(format="date")
    year = Integer()
    validity = Keyword()
    normative = Keyword()
    # A policy that has interpretations, or an interpretation (gongkai.search.query_builder ranks by it).
    standing = Keyword()
    url = Keyword(index=False)
    interpretations = Object(LinkedItem, enabled=False)
    interpreted_policies = Object(LinkedItem, enabled=False)
    title = searchable_text()
    abstract = searchable_text()
    body = searchable_text()
    attachments = bigram_text()

    class Meta:
        dynamic = "strict"

    @classmethod
    def source_of(cls, entry):
        """The indexed form (`_source`) of a CatalogueEntry."""
        return {name: prepare(entry) for name, prepare in _preparers(cls)}

    @staticmethod
    def prepare_page_id(entry):
        return entry.page_id

    @staticmethod
    def prepare_revision_id(entry):
        return entry.revision_id

    @staticmethod
    def prepare_index_number(entry):
        return entry.index_number

    @staticmethod
    def prepare_organ(entry):
        return entry.placement.organ.code

    @staticmethod
    def prepare_organ_name(entry):
        return entry.placement.organ.name

    @staticmethod
    def prepare_organ_path(entry):
        return [term.code for term in entry.placement.organ_path]

    @staticmethod
    def prepare_organ_labels(entry):
        return [labelled(term) for term in entry.placement.organ_path]

    @staticmethod
    def prepare_topic(entry):
        return entry.placement.topic.code

    @staticmethod
    def prepare_topic_name(entry):
        return entry.placement.topic.name

    @staticmethod
    def prepare_topic_codes(entry):
        return [term.code for term in entry.placement.topic_levels]

    @staticmethod
    def prepare_topic_labels(entry):
        return [labelled(term) for term in entry.placement.topic_levels]

    @staticmethod
    def prepare_genre(entry):
        return entry.placement.genre.code

    @staticmethod
    def prepare_genre_name(entry):
        return entry.placement.genre.name

    @staticmethod
    def prepare_genre_labels(entry):
        return labelled(entry.placement.genre)

    @staticmethod
    def prepare_doc_number(entry):
        return entry.doc_number.text or None

    @staticmethod
    def prepare_doc_number_agency(entry):
        return entry.doc_number.agency or None

    @staticmethod
    def prepare_doc_number_year(entry):
        return entry.doc_number.year

    @staticmethod
    def prepare_doc_number_serial(entry):
        return entry.doc_number.serial

    @staticmethod
    def prepare_cited_doc_numbers(entry):
        return [number.text for number in entry.cited]

    @staticmethod
    def prepare_cited_doc_number_parts(entry):
        return [key for number in entry.cited for key in part_keys(number.agency, number.year, number.serial)]

    @staticmethod
    def prepare_written_date(entry):
        return entry.written_date.isoformat()

    @staticmethod
    def prepare_published_date(entry):
        return entry.published_date.isoformat() if entry.published_date else None

    @staticmethod
    def prepare_year(entry):
        return entry.written_date.year

    @staticmethod
    def prepare_validity(entry):
        return entry.validity

    @staticmethod
    def prepare_normative(entry):
        return NORMATIVE if entry.normative else OTHER_DOCUMENT

    @staticmethod
    def prepare_standing(entry):
        if entry.interpretations:
            return INTERPRETED
        return INTERPRETATION if entry.interpreted_policies else None

    @staticmethod
    def prepare_url(entry):
        return entry.url

    @staticmethod
    def prepare_interpretations(entry):
        return [{"title": link.title, "url": link.url} for link in entry.interpretations]

    @staticmethod
    def prepare_interpreted_policies(entry):
        return [{"title": link.title, "url": link.url} for link in entry.interpreted_policies]

    @staticmethod
    def prepare_title(entry):
        return entry.title

    @staticmethod
    def prepare_abstract(entry):
        return entry.abstract

    @staticmethod
    def prepare_body(entry):
        return entry.body

    @staticmethod
    def prepare_attachments(entry):
        return entry.attachments


@cache
def _preparers(document_class):
    """(field, its prepare method), in the order the methods are defined: worked out once, not
    per item. A field without a method, or a method without a field, is a programming error."""
    names = [name.removeprefix(PREPARE) for name in vars(document_class) if name.startswith(PREPARE)]
    mapped = set(document_class._doc_type.mapping)
    if set(names) != mapped:
        raise TypeError(f"{document_class.__name__}: fields without {PREPARE}*: {sorted(mapped - set(names))}, "
                        f"{PREPARE}* without a field: {sorted(set(names) - mapped)}")
    return tuple((name, getattr(document_class, PREPARE + name)) for name in names)


def labelled(term):
    return f"{term.code}{LABEL_SEPARATOR}{term.name}"


def index_body():
    """Settings and mapping of a new catalogue index."""
    return {
        "settings": {
            "number_of_shards": 1,
            "number_of_replicas": conf.get("GONGKAI_SEARCH_REPLICAS"),
            "analysis": ANALYSIS_SETTINGS,
        },
        "mappings": CatalogueDocument._doc_type.mapping.to_dict(),
    }
