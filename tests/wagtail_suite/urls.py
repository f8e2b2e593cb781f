"""Wagtail's test URLs with the plugin's included before them, as the README shows."""
from django.urls import include, path
from wagtail.test.urls import urlpatterns as wagtail_urlpatterns

urlpatterns = [
    path("xxgk/", include("gongkai.search.urls")),
    path("xxgk/", include("gongkai.portal.urls")),
    path("xxgk/", include("gongkai.disclosure_requests.urls")),
    path("", include("gongkai.portal.crawler_urls")),
] + wagtail_urlpatterns
