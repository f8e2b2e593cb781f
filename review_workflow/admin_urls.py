from django.urls import path

from . import determination_views, views

urlpatterns = [
    path("withdraw/<int:page_id>/", views.withdraw, name="withdraw"),
    path(
        "determination/<int:page_id>/",
        determination_views.record_determination,
        name="record_determination",
    ),
    path(
        "determination-letter/<int:record_id>/",
        determination_views.determination_letter,
        name="determination_letter",
    ),
    path("ledger/", views.ReviewLedgerView.as_view(), name="ledger"),
    path("ledger/results/", views.ReviewLedgerView.as_view(results_only=True), name="ledger_results"),
]
