"""Content-Security-Policy and Permissions-Policy on every portal page, and a portal that works
under them: no inline script, handler or style for the policy to block."""
import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def portal_pages(catalogue, make_item, publish):
    item = publish(make_item())
    return {
        "home": "/",
        "organ home": catalogue.url,
        "catalogue": "/catalogue/",
        "organ catalogue": f"/catalogue/organ/{catalogue.organ.pk}/",
        "item": item.url,
        "guide": f"/disclosure/guide/{catalogue.organ.pk}/",
        "search": "/search/?q=通知",
        "not found": "/no-such-page/",
    }


def test_every_portal_page_carries_a_content_security_policy_of_its_own_origin(client, portal_pages):
    for name, url in portal_pages.items():
        policy = client.get(url).headers.get("Content-Security-Policy", "")
        assert "default-src 'self'" in policy, name
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy, name
        assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy, name


def test_every_portal_page_denies_camera_microphone_and_location(client, portal_pages):
    for name, url in portal_pages.items():
        policy = client.get(url).headers.get("Permissions-Policy", "")
        assert {"camera=()", "microphone=()", "geolocation=()"} <= set(policy.split(", ")), name


def test_no_portal_page_needs_what_the_policy_blocks(client, portal_pages):
    for name, url in portal_pages.items():
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", html), name
        assert not re.search(r"\son[a-z]+=", html), name
        assert not re.search(r"<style|\sstyle=", html), name


def test_the_admin_keeps_wagtails_own_scripts(admin_client):
    assert "Content-Security-Policy" not in admin_client.get("/admin/").headers
