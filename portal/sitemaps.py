"""sitemap.xml: the site's live public pages, disclosure content (items, reports) only while it may be public now."""
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap

from gongkai.disclosure_pages.publication import GatedPublicationMixin, may_be_public_now


class PublicPagesSitemap(Sitemap):
    def items(self):
        return [
            page
            for page in super().items()
            if not isinstance(page, GatedPublicationMixin) or may_be_public_now(page)
        ]

    def _urls(self, page, protocol, domain):
        # Wagtail's version iterates a queryset; ours is a checked list.
        urls = []
        for item in self.paginator.page(page).object_list:
            urls.extend(item.get_sitemap_urls(self.request))
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
