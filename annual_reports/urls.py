from django.urls import path

from . import views

app_name = "annual_reports"

urlpatterns = [
    path("overview/", views.county_overview_view, name="overview"),
]
