"""sitemap.xml and robots.txt: what crawlers look for at the root of a host, so a site includes them
at "" (and only if it wants them), apart from the portal's own URLs under the prefix it chooses."""
from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from . import views
from .sitemaps import PublicPagesSitemap

app_name = "gongkai_crawlers"

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicPagesSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
