"""The catalogue index: its names, its settings and what goes into it (mapping: gongkai.search.mapping).

"What is in the public index?" is answered once, by `belongs_in_public_index()`: live items for
which disclosure_pages' `may_be_public` is true.
"""
import datetime
from dataclasses import dataclass, fields

from django.utils import timezone

from gongkai.disclosure_pages.doc_numbers import DocNumber
from gongkai.disclosure_pages.models import (
    DisclosureAttachment,
    DisclosureItemPage,
    Genre,
    Organ,
    PolicyInterpretationLink,
    Topic,
)
from gongkai.disclosure_pages.visibility import may_be_public

from . import conf
from .analysis import ANALYSIS_SETTINGS
from .attachment_text import attachment_text
from .document_content import compose_document, plain_text, topic_levels
from .item_urls import ItemUrls
from .mapping import CatalogueDocument


def alias_name():
    """The alias searches read: `{prefix}-catalogue`."""
    return f"{conf.get('GONGKAI_INDEX_PREFIX')}-catalogue"


def versioned_index_pattern():
    return f"{alias_name()}-v*"


def new_index_name():
    return f"{alias_name()}-v{timezone.now():%Y%m%d%H%M%S%f}"


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


def live_items():
    """Candidates of the public index, each then asked `belongs_in_public_index`."""
    return DisclosureItemPage.objects.live()


def belongs_in_public_index(item):
    """What is in the public index: a live item that may be public (and so is no state secret)."""
    return item is not None and item.live and may_be_public(item)


@dataclass(frozen=True, slots=True)
class ItemRow:
    """An item as its document is made of it: the columns it needs, and those
    `belongs_in_public_index` reads. A rebuild reads rows, not pages: a page instance costs
    more to create (Wagtail's and modelcluster's set-up) than the rest of its indexing."""

    pk: int
    live: bool
    live_revision_id: int | None
    title: str
    url_path: str
    index_number: str
    abstract: str
    body: str
    organ_id: int
    topic_id: int
    genre_id: int
    doc_number: str
    doc_number_agency: str
    doc_number_year: int | None
    doc_number_serial: int | None
    written_date: datetime.date
    published_date: datetime.date | None
    validity: str
    disclosure: str
    classification: str


def item_rows(items):
    """Rows of a queryset of items, in its order."""
    columns = [field.name for field in fields(ItemRow)]
    return [ItemRow(*values) for values in items.values_list(*columns)]


def documents_for(items):
    """The indexed forms of items (already known to belong in the public index), with organs
    and topics read together with them (a rebuild keeps one CatalogueDocuments instead)."""
    return CatalogueDocuments().documents_for(items)


def _by_pk_with_parents(objects):
    """Organs or topics by primary key, each parent set from the same reading (no query per item)."""
    by_pk = {obj.pk: obj for obj in objects}
    for obj in by_pk.values():
        obj.parent = by_pk.get(obj.parent_id)
    return by_pk


class CatalogueDocuments:
    """Builds the indexed forms of batches of items in a few queries per batch: organs, topics
    and genres (a few hundred rows) are read once per instance, and each one's indexed fields
    worked out once; attachments and linked items are read once per batch, and URLs computed
    without a lookup per page."""

    def __init__(self):
        self.organs = _by_pk_with_parents(Organ.objects.all())
        self.topics = _by_pk_with_parents(Topic.objects.all())
        self.genres = {genre.pk: genre for genre in Genre.objects.all()}
        self.urls = ItemUrls()
        self.taxonomy_values = {}

    def documents_for(self, items, pk_range=None):
        """`pk_range` (first, last), when the items are every item of that key range (a
        rebuild's chunk), reads related rows by range: cheaper than a list of 500 keys."""
        page_ids = [item.pk for item in items]
        attachments = _grouped(
            _of_items(DisclosureAttachment.objects.select_related("document"), "item_id", page_ids, pk_range),
            "item_id",
            lambda attachment: attachment_text(attachment.document),
        )
        links = PolicyInterpretationLink.objects
        interpretations = _grouped(
            _of_items(links.filter(interpretation__live=True).select_related("interpretation"), "policy_id", page_ids, pk_range),
            "policy_id",
            lambda link: self.linked(link.interpretation),
        )
        interpreted_policies = _grouped(
            _of_items(links.filter(policy__live=True).select_related("policy"), "interpretation_id", page_ids, pk_range),
            "interpretation_id",
            lambda link: self.linked(link.policy),
        )
        return [
            self.document_for(
                item,
                attachments_text="\n".join(attachments.get(item.pk, ())),
                interpretations=interpretations.get(item.pk, ()),
                interpreted_policies=interpreted_policies.get(item.pk, ()),
            )
            for item in items
        ]

    def linked(self, page):
        return (page.title, self.urls.url_of(page))

    def taxonomy(self, item):
        """compose_document's organ, organ_path, topic and genre arguments, made once per
        combination of organ, topic and genre."""
        key = (item.organ_id, item.topic_id, item.genre_id)
        if key not in self.taxonomy_values:
            organ, topic, genre = self.organs[item.organ_id], self.topics[item.topic_id], self.genres[item.genre_id]
            self.taxonomy_values[key] = {
                "organ": (organ.code, organ.name),
                "organ_path": [(each.code, each.name) for each in organ.ancestors_and_self()],
                "topic": (topic.code, str(topic), topic_levels(topic)),
                "genre": (genre.code, genre.name),
            }
        return self.taxonomy_values[key]

    def document_for(self, item, attachments_text, interpretations, interpreted_policies):
        return compose_document(
            page_id=item.pk,
            revision_id=item.live_revision_id,
            index_number=item.index_number,
            title=item.title,
            abstract=item.abstract,
            body_text=plain_text(item.body),
            attachments_text=attachments_text,
            **self.taxonomy(item),
            doc_number=DocNumber(
                item.doc_number, item.doc_number_agency, item.doc_number_year, item.doc_number_serial
            ),
            written_date=item.written_date,
            published_date=item.published_date,
            validity=item.validity,
            url=self.urls.url_of(item),
            interpretations=interpretations,
            interpreted_policies=interpreted_policies,
        )


def _of_items(rows, key, page_ids, pk_range):
    if pk_range is None:
        return rows.filter(**{f"{key}__in": page_ids})
    wanted = set(page_ids)
    first, last = pk_range
    return (row for row in rows.filter(**{f"{key}__gte": first, f"{key}__lte": last}) if getattr(row, key) in wanted)


def _grouped(rows, key, value):
    groups = {}
    for row in rows:
        groups.setdefault(getattr(row, key), []).append(value(row))
    return groups
