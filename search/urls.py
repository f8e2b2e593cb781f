"""The public search and its JSON API; relative paths, so a site includes them under the prefix it
chooses (README, "Adding the plugin to an existing Wagtail site")."""
from django.urls import path

from . import views

app_name = "catalogue_search"

urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("api/search/", views.search_api, name="search_api"),
]
