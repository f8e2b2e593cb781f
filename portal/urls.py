from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from . import feeds, views
from .sitemaps import PublicPagesSitemap

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
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicPagesSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
