from .calendar import WorkingDayOverride
from .index_numbers import IndexNumberCounter
from .attachments import DisclosureAttachment
from .catalogues import DisclosureCatalogueIndexPage
from .interpretations import PolicyInterpretationLink, PolicyInterpretationPage
from .items import DisclosureItemPage
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
