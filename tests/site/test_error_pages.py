"""Production without collectstatic still answers its 404 and 500 pages (never a bare crash)."""
import pytest
from django.test import RequestFactory, override_settings
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db


@pytest.fixture
def uncollected(tmp_path):
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "gongkai_site.static_storage.CollectedStaticFilesStorage"},
    }
    with override_settings(DEBUG=False, STATIC_ROOT=tmp_path / "static", STORAGES=storages):
        yield


def test_the_500_page_renders_before_collectstatic(uncollected):
    response = server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert "服务器错误" in response.content.decode()
    assert 'href="/static/portal/css/portal.css"' in response.content.decode()


def test_the_404_page_renders_before_collectstatic(uncollected, client, home_page):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "/static/portal/css/portal.css" in response.content.decode()
