"""The plugin's own templates: a layout of its own that a site overrides, the disclosure app's pages
renderable without the portal, nothing needed from the site's context processors, and the portal's
URLs under any prefix with sitemap.xml and robots.txt left to the site."""
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.template import Engine, RequestContext
from django.test import RequestFactory, override_settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from gongkai.portal.checks import check_portal_presents_disclosure_pages

pytestmark = pytest.mark.django_db

DOMAIN_TEMPLATES = Path(apps.get_app_config("disclosure_pages").path) / "templates"
# A site that puts the plugin under xxgk/ and keeps sitemap.xml and robots.txt for itself.
class PrefixedSite:
    urlpatterns = [
        path("admin/", include(wagtailadmin_urls)),
        path("xxgk/", include("gongkai.search.urls")),
        path("xxgk/", include("gongkai.portal.urls")),
        path("", include(wagtail_urls)),
    ]


BARE_CONTEXT_PROCESSORS = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": []},
    }
]


def test_an_item_page_names_the_site_with_no_context_processor_of_the_plugin(client, make_item, publish):
    item = publish(make_item(title="关于开展安全生产大检查的通知"))

    with override_settings(TEMPLATES=BARE_CONTEXT_PROCESSORS):
        html = client.get(item.url).content.decode()

    assert "<title>关于开展安全生产大检查的通知 - 方山县人民政府信息公开</title>" in html
    assert '<a class="skip-link" href="#main">跳到主要内容</a>' in html
    assert '<nav class="site-nav" aria-label="主导航">' in html


def test_the_reference_site_overrides_the_plugin_layout_with_its_emblem(client, make_item, publish):
    item = publish(make_item(title="关于开展安全生产大检查的通知"))

    html = client.get(item.url).content.decode()

    assert '<link rel="icon" href="/static/portal/icons/emblem.svg"' in html
    assert '<img src="/static/portal/icons/emblem.svg" alt="">方山县人民政府信息公开</a>' in html
    assert 'data-reading-mode="large-text"' in html  # the plugin's layout is still underneath


def test_the_disclosure_app_alone_renders_an_item_with_its_own_plain_templates(make_item, publish):
    """Only the disclosure app's template folder: no portal template, tag or URL is reachable."""
    item = publish(make_item(title="关于开展安全生产大检查的通知", doc_number="方政办〔2025〕3号"))
    engine = Engine(
        dirs=[DOMAIN_TEMPLATES],
        libraries={
            "i18n": "django.templatetags.i18n",
            "wagtailcore_tags": "wagtail.templatetags.wagtailcore_tags",
            "wagtailuserbar": "wagtail.admin.templatetags.wagtailuserbar",
            "public_pages": "gongkai.disclosure_pages.templatetags.public_pages",
        },
    )
    request = RequestFactory().get(item.url)
    request.user = AnonymousUser()

    html = engine.get_template("disclosure_pages/disclosure_item_page.html").render(
        RequestContext(request, item.get_context(request))
    )

    assert '<html lang="zh-Hans">' in html
    assert "<h1>关于开展安全生产大检查的通知</h1>" in html
    assert "方政办〔2025〕3号" in html and item.index_number in html
    assert "site-nav" not in html and 'href="/catalogue/' not in html  # nothing of the portal


def test_the_portal_check_finds_the_disclosure_apps_plain_templates_winning():
    assert check_portal_presents_disclosure_pages(None) == []

    with override_settings(TEMPLATES=[{**BARE_CONTEXT_PROCESSORS[0], "DIRS": [DOMAIN_TEMPLATES]}]):
        errors = check_portal_presents_disclosure_pages(None)

    assert [error.id for error in errors] == ["gongkai_portal.E001"] * 3
    assert 'List "gongkai.portal" before "gongkai.disclosure_pages"' in errors[0].hint


@override_settings(ROOT_URLCONF=PrefixedSite)
def test_the_portal_serves_under_a_prefix_and_leaves_sitemap_and_robots_to_the_site(client, make_item, publish):
    item = publish(make_item(title="关于开展安全生产大检查的通知"))

    html = client.get(item.url).content.decode()

    assert 'href="/xxgk/catalogue/"' in html and 'href="/xxgk/search/"' in html
    assert 'href="/xxgk/feeds/latest/"' in html
    assert "sitemap.xml" not in html  # no link to a sitemap the site does not serve
    assert client.get("/xxgk/catalogue/").status_code == 200
    assert client.get("/xxgk/feeds/latest/").status_code == 200
    assert client.get("/catalogue/").status_code == 404
    assert client.get("/sitemap.xml").status_code == 404
