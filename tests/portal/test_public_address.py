"""The sitemap and the feeds link to the site's public address, whatever host was asked."""
import pytest
from django.test import override_settings
from gongkai_site.public_site import align_default_site
from wagtail.models import Site

pytestmark = pytest.mark.django_db
PUBLIC = "https://xxgk.fangshan.gov.cn"


@pytest.fixture
def public_site(home_page):
    with override_settings(GONGKAI_PUBLIC_BASE_URL=PUBLIC):
        align_default_site()
    yield Site.objects.get(is_default_site=True)
    Site.clear_site_root_paths_cache()


def test_the_site_record_takes_the_public_address(public_site):
    assert (public_site.hostname, public_site.port, public_site.root_url) == ("xxgk.fangshan.gov.cn", 443, PUBLIC)


def test_the_sitemap_links_to_the_public_address(client, public_site, make_item, publish):
    item = publish(make_item())

    xml = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1").content.decode()

    assert f"<loc>{PUBLIC}{item.url}</loc>" in xml
    assert "localhost" not in xml and "127.0.0.1" not in xml


@pytest.mark.parametrize("feed", ["/feeds/latest/", "organ"])
def test_the_feeds_link_to_the_public_address(client, public_site, make_item, publish, feed):
    item = publish(make_item())
    url = f"/feeds/organ/{item.organ_id}/" if feed == "organ" else feed

    xml = client.get(url, HTTP_HOST="127.0.0.1").content.decode()

    assert f'href="{PUBLIC}{item.url}"' in xml
    assert f'href="{PUBLIC}{url}"' in xml and f'href="{PUBLIC}/catalogue/' in xml
    assert "localhost" not in xml and "127.0.0.1" not in xml
