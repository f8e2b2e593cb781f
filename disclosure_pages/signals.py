"""Signals through which review_workflow and search plug into disclosure items without
disclosure_pages importing them."""
from django.dispatch import Signal

# Sent by setup_organ once an organ, its catalogue page and its groups exist.
# Arguments: organ, catalogue (DisclosureCatalogueIndexPage), groups (dict: role -> Group,
# one for each of constants.ROLES).
organ_set_up = Signal()

# Sent when a live item is taken down at once with a reason (撤稿).
# Arguments: page (the specific DisclosureItemPage), user, reason.
item_withdrawn = Signal()

# Sent by actions.import_rows once every row was imported or refused.
# Arguments: report (ImportReport), user (the author of the imported revisions, or None).
catalogue_imported = Signal()
