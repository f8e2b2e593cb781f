"""Public URLs of requests: the form, the receipt, the tracking page (include before Wagtail's)."""
from django.urls import path, re_path

from .public import case_notices, intake_views, release, tracking_views

# Not "disclosure_requests": that is the admin ViewSet's namespace.
app_name = "requests_public"

urlpatterns = [
    path("requests/apply/", intake_views.ApplyView.as_view(), name="apply"),
    path("requests/apply/receipt/", intake_views.receipt, name="receipt"),
    re_path(r"^requests/apply/receipt/notice\.(?P<extension>pdf|docx)$", intake_views.receipt_notice, name="receipt_notice"),
    path("requests/track/", tracking_views.lookup, name="track"),
    path("requests/track/case/", tracking_views.case_page, name="track_case"),
    path("requests/track/case/correct/", tracking_views.correct, name="track_correct"),
    path("requests/track/case/withdraw/", tracking_views.withdraw, name="track_withdraw"),
    path("requests/track/case/files/<str:token>/", release.download, name="track_file"),
    re_path(
        r"^requests/track/case/notices/(?P<token>[A-Za-z0-9_-]+)\.(?P<extension>pdf|docx)$",
        case_notices.download_notice,
        name="track_notice",
    ),
]
