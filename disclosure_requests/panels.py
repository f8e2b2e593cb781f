"""The dashboard panel of the organ's secrecy reviewers: released files awaiting their review."""
from wagtail.admin.ui.components import Component

from .admin_views.released_files import pending_for


class ReleasedFilesToReviewPanel(Component):
    name = "released_files_to_review"
    template_name = "disclosure_requests/admin/release_reviews_panel.html"
    order = 95

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {"pending": list(pending_for(self.user)[:20])}
