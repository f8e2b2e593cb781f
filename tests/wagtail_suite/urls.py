"""Wagtail's test URLs with the plugin's included before them, as the README shows."""
from django.urls import include, path
from wagtail.test.urls import urlpatterns as wagtail_urlpatterns

urlpatterns = [
    path("", include("gongkai.search.urls")),
    path("", include("gongkai.portal.urls")),
] + wagtail_urlpatterns
