"""The edit form of a disclosure item, tab by tab."""
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from ..forms import RevisionRowsInlinePanel
from ..panels import ComputedFieldPanel
from ..topic_chooser import TopicSelect

ITEM_CONTENT_PANELS = [
    FieldPanel("title"),
    FieldRowPanel([ComputedFieldPanel("index_number"), ComputedFieldPanel("disclosure_due_date")]),
    FieldRowPanel([FieldPanel("doc_number"), FieldPanel("written_date")]),
    FieldPanel("co_issuers"),
    FieldRowPanel([FieldPanel("topic", widget=TopicSelect), FieldPanel("genre")]),
    MultiFieldPanel(
        [
            FieldPanel("disclosure", required_on_save=True),
            FieldPanel("reason"),
            FieldRowPanel([FieldPanel("classification"), FieldPanel("secrecy_period")]),
        ],
        heading=_("Disclosure"),
    ),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("validity"), FieldPanel("validity_date")]),
            FieldPanel("replaced_by"),
            FieldPanel("normative"),
        ],
        heading=_("Validity"),
    ),
    MultiFieldPanel(
        [FieldPanel("needs_interpretation"), FieldPanel("no_interpretation_reason")],
        heading=_("Policy interpretation"),
    ),
    FieldPanel("abstract"),
    FieldPanel("body"),
    RevisionRowsInlinePanel("attachments", heading=_("Attachments"), label=_("attachment")),
]
# The slug comes from the 索引号 (see fill_derived_fields): nobody types it, so the tab keeps
# only what an editor may set for search engines, and the legacy system id of imports.
ITEM_PROMOTE_PANELS = [
    MultiFieldPanel(
        [FieldPanel("seo_title"), FieldPanel("search_description")], heading=_("For search engines")
    ),
    FieldPanel("external_id"),
]
