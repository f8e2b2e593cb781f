"""The catalogue index's explicit mapping: one Document, strict."""
from elasticsearch_dsl import Date, Document, InnerDoc, Integer, Keyword, Long, Object, Text


def bigram_text():
    return Text(analyzer="bigrams")


class LinkedItem(InnerDoc):
    title = Keyword(index=False)
    url = Keyword(index=False)


class CatalogueDocument(Document):
    """One public disclosure item (公开目录条目) as the public search sees it."""

    page_id = Long()
    revision_id = Long()
    index_number = Keyword(normalizer="identifier")
    title = bigram_text()
    abstract = bigram_text()
    body = bigram_text()
    attachments = bigram_text()
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
    url = Keyword(index=False)
    interpretations = Object(LinkedItem, enabled=False)
    interpreted_policies = Object(LinkedItem, enabled=False)

    class Meta:
        dynamic = "strict"
