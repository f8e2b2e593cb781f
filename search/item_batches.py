"""Indexed forms of items in batches, in a few queries per batch: a rebuild's chunks and a
sync's pages. Items are read as rows (ItemRow), composed (gongkai.search.composer) and
prepared as the catalogue document says (gongkai.search.documents).
"""
import datetime
from dataclasses import dataclass, fields

from gongkai.disclosure_pages.models import DisclosureAttachment, Genre, Organ, PolicyInterpretationLink, Topic

from .attachment_text import attachment_text
from .composer import Link, compose_entry, placement_of
from .documents import CatalogueDocument
from .item_urls import ItemUrls


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
    normative: bool
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


class CatalogueDocuments:
    """Builds the indexed forms of batches of items in a few queries per batch: organs, topics
    and genres (a few hundred rows) are read once per instance, and each combination's
    Placement worked out once; attachments and linked items are read once per batch, and URLs
    computed without a lookup per page."""

    def __init__(self):
        self.organs = _by_pk_with_parents(Organ.objects.all())
        self.topics = _by_pk_with_parents(Topic.objects.all())
        self.genres = {genre.pk: genre for genre in Genre.objects.all()}
        self.urls = ItemUrls()
        self.placements = {}

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
        entries = (
            compose_entry(
                item,
                placement=self.placement(item),
                url=self.urls.url_of(item),
                attachments_text="\n".join(attachments.get(item.pk, ())),
                interpretations=interpretations.get(item.pk, ()),
                interpreted_policies=interpreted_policies.get(item.pk, ()),
            )
            for item in items
        )
        return [CatalogueDocument.source_of(entry) for entry in entries]

    def linked(self, page):
        return Link(page.title, self.urls.url_of(page))

    def placement(self, item):
        """The item's Placement, made once per combination of organ, topic and genre."""
        key = (item.organ_id, item.topic_id, item.genre_id)
        if key not in self.placements:
            self.placements[key] = placement_of(
                self.organs[item.organ_id], self.topics[item.topic_id], self.genres[item.genre_id]
            )
        return self.placements[key]


def _by_pk_with_parents(objects):
    """Organs or topics by primary key, each parent set from the same reading (no query per item)."""
    by_pk = {obj.pk: obj for obj in objects}
    for obj in by_pk.values():
        obj.parent = by_pk.get(obj.parent_id)
    return by_pk


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
