from django.urls import path

from . import views

app_name = "catalogue_search"

urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("api/search/", views.search_api, name="search_api"),
]
