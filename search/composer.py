"""What an item's indexed form is made of: a CatalogueEntry of plain values, composed from an
item (a page or an ItemRow) and what its batch read with it. gongkai.search.documents says
how each field of the index is prepared from it.
"""
import datetime
from dataclasses import dataclass

from gongkai.disclosure_pages.doc_numbers import DocNumber
from gongkai.disclosure_pages.file_text import html_text

from .citations import cited_doc_numbers


@dataclass(frozen=True, slots=True)
class Term:
    """An organ, topic or genre as the index names it."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Link:
    """A linked item (an interpretation, or the policy it explains), shown with a result."""

    title: str
    url: str | None


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an item sits in the catalogue: its organ and the organ's ancestors, its topic
    (its full name) with the first-level topic, and its genre."""

    organ: Term
    organ_path: tuple[Term, ...]
    topic: Term
    topic_levels: tuple[Term, ...]
    genre: Term


def placement_of(organ, topic, genre):
    """The Placement of an item of this organ, topic and genre (parents already set)."""
    return Placement(
        organ=Term(organ.code, organ.name),
        organ_path=tuple(Term(each.code, each.name) for each in organ.ancestors_and_self()),
        topic=Term(topic.code, str(topic)),
        topic_levels=topic_levels(topic),
        genre=Term(genre.code, genre.name),
    )


def topic_levels(topic):
    """The first-level topic and the topic itself (once, when it is a first-level topic)."""
    if topic.parent_id is None:
        return (Term(topic.code, topic.name),)
    return (Term(topic.parent.code, topic.parent.name), Term(topic.code, str(topic)))


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """An item as the index holds it; `body` and `attachments` are plain text, `cited` the 文号
    its text cites (other than its own)."""

    page_id: int
    revision_id: int | None
    index_number: str
    title: str
    abstract: str
    body: str
    attachments: str
    placement: Placement
    doc_number: DocNumber
    cited: tuple[DocNumber, ...]
    written_date: datetime.date
    published_date: datetime.date | None
    validity: str
    normative: bool
    url: str | None
    interpretations: tuple[Link, ...] = ()
    interpreted_policies: tuple[Link, ...] = ()


def compose_entry(item, *, placement, url, attachments_text="", interpretations=(), interpreted_policies=()):
    """The CatalogueEntry of an item: a row or page with its 文号 stored in parts."""
    doc_number = DocNumber(item.doc_number, item.doc_number_agency, item.doc_number_year, item.doc_number_serial)
    text = (item.title or "", item.abstract or "", plain_text(item.body), attachments_text or "")
    return CatalogueEntry(
        page_id=item.pk,
        revision_id=item.live_revision_id,
        index_number=item.index_number,
        title=text[0],
        abstract=text[1],
        body=text[2],
        attachments=text[3],
        placement=placement,
        doc_number=doc_number,
        cited=tuple(cited_doc_numbers("\n".join(text), doc_number.text)),
        written_date=item.written_date,
        published_date=item.published_date,
        validity=item.validity,
        normative=item.normative,
        url=url,
        interpretations=tuple(interpretations),
        interpreted_policies=tuple(interpreted_policies),
    )


def plain_text(rich_text):
    """Stored rich text as one line of text, as the index holds it."""
    return " ".join(html_text(rich_text or "").split())
