from django.urls import path

from . import views
from .normative_cells import normative_cell_view

app_name = "annual_reports"

urlpatterns = [
    path("overview/", views.county_overview_view, name="overview"),
    path("normative/<int:organ_id>/<int:year>/<str:measure>/", normative_cell_view, name="normative_cell"),
]
