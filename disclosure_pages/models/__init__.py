from .calendar import WorkingDayOverride
from .index_numbers import IndexNumberCounter
from .items import (
    DisclosureAttachment,
    DisclosureCatalogueIndexPage,
    DisclosureItemPage,
    PolicyInterpretationLink,
    PolicyInterpretationPage,
)
from .organs import Organ
from .taxonomies import Genre, Topic

__all__ = [
    "DisclosureAttachment",
    "DisclosureCatalogueIndexPage",
    "DisclosureItemPage",
    "Genre",
    "IndexNumberCounter",
    "Organ",
    "PolicyInterpretationLink",
    "PolicyInterpretationPage",
    "Topic",
    "WorkingDayOverride",
]
