from django.urls import path

from . import views

urlpatterns = [
    path("withdraw/<int:page_id>/", views.withdraw, name="withdraw"),
    path("ledger/", views.ReviewLedgerView.as_view(), name="ledger"),
    path("ledger/results/", views.ReviewLedgerView.as_view(results_only=True), name="ledger_results"),
]
