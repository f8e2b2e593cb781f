"""规范性文件库: an organ's normative documents as the public sees them, their earlier published
texts (规章历史文本), and the yearly counts the annual report prints (table 二)."""
import datetime
from dataclasses import dataclass

from wagtail.models import PageLogEntry

from gongkai.disclosure_pages.choices import Validity
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import may_be_public_now

# A document no longer in force for the annual report: repealed or expired (an amended one is still in force).
ENDED = (Validity.REPEALED, Validity.EXPIRED)
# The cells of table 二 counted from the catalogue, as NormativeCounts names them.
MEASURES = ("issued", "repealed", "in_force")


@dataclass
class NormativeEntry:
    item: DisclosureItemPage
    replacement: DisclosureItemPage | None
    history: list


@dataclass
class NormativeLibrary:
    in_force: list
    changed: list


@dataclass(frozen=True)
class NormativeCounts:
    issued: int
    repealed: int
    in_force: int


def earlier_texts(item):
    """The item's earlier published revisions, oldest first: what was public before its current text."""
    entries = (
        PageLogEntry.objects.filter(page_id=item.pk, action="wagtail.publish", revision__isnull=False)
        .exclude(revision_id=item.live_revision_id)
        .select_related("revision")
        .order_by("timestamp")
    )
    seen, texts = set(), []
    for entry in entries:
        if entry.revision_id not in seen:
            seen.add(entry.revision_id)
            texts.append((entry.timestamp, entry.revision.as_object()))
    return texts


def public_replacement(item):
    replacement = item.replaced_by
    return replacement if replacement is not None and may_be_public_now(replacement) else None


def normative_library(organ):
    """The organ's public normative documents: those in force, and those changed or ended with
    what replaces them; each with its earlier texts."""
    items = [
        item
        for item in DisclosureItemPage.objects.live()
        .filter(organ=organ, normative=True)
        .select_related("replaced_by", "genre")
        .order_by("-written_date", "-pk")
        if may_be_public_now(item)
    ]
    library = NormativeLibrary(in_force=[], changed=[])
    for item in items:
        entry = NormativeEntry(item=item, replacement=public_replacement(item), history=earlier_texts(item))
        (library.in_force if item.validity == Validity.VALID else library.changed).append(entry)
    return library


def normative_documents(organ, year, measure):
    """The documents one cell of table 二 counts for 行政规范性文件 (`measure` one of MEASURES):
    issued in `year` (by 成文日期), repealed in `year`, or in force at its end. Every document
    that has been published counts."""
    documents = DisclosureItemPage.objects.filter(organ=organ, normative=True, published_date__isnull=False)
    year_end = datetime.date(year, 12, 31)
    if measure == "issued":
        return documents.filter(written_date__year=year)
    if measure == "repealed":
        return documents.filter(validity__in=ENDED, validity_date__year=year)
    if measure == "in_force":
        return documents.filter(written_date__lte=year_end).exclude(validity__in=ENDED, validity_date__lte=year_end)
    raise ValueError(f"Unknown table 二 measure {measure!r}.")


def normative_counts(organ, year):
    """Table 二 of the annual report for 行政规范性文件, one count per measure."""
    return NormativeCounts(**{measure: normative_documents(organ, year, measure).count() for measure in MEASURES})
