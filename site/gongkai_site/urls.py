"""URLs of the reference Gongkai site: the admin, the plugin's public views, then Wagtail pages."""
import re

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from gongkai.disclosure_pages.serving import serve_media

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Uploaded files only through "may this be public now?" (never MEDIA_ROOT as a directory).
    re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", serve_media, name="media"),
    path("", include("gongkai.search.urls")),
    path("", include("gongkai.portal.urls")),
    path("", include("gongkai.disclosure_requests.urls")),
    path("", include("gongkai.portal.crawler_urls")),
    path("", include(wagtail_urls)),
]
