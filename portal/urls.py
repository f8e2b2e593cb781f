"""The portal's public views: catalogue browsing, the fixed sections and the Atom feeds.

Paths are relative, so a site includes them under the prefix it chooses (README, "Adding the plugin to
an existing Wagtail site"); sitemap.xml and robots.txt are in crawler_urls.py.
"""
from django.urls import path

from . import feeds, views

app_name = "portal"

urlpatterns = [
    path("catalogue/", views.CatalogueView.as_view(), name="catalogue"),
    path("catalogue/organ/<int:organ_id>/", views.CatalogueView.as_view(), name="organ"),
    path("catalogue/topic/<str:topic_code>/", views.CatalogueView.as_view(), name="topic"),
    path("disclosure/<slug:section>/", views.SectionView.as_view(), name="section"),
    path(
        "disclosure/<slug:section>/<int:organ_id>/",
        views.SectionView.as_view(),
        name="organ_section",
    ),
    path("feeds/latest/", feeds.LatestItemsFeed(), name="latest_feed"),
    path("feeds/organ/<int:organ_id>/", feeds.OrganFeed(), name="organ_feed"),
    path("feeds/topic/<str:topic_code>/", feeds.TopicFeed(), name="topic_feed"),
    path("feeds/search/", feeds.SearchFeed(), name="search_feed"),
]
