"""Browser tests: Playwright driving Debian's Chromium, launched by path, against the
live test server. Screenshots go to the git-ignored .artifacts/screenshots/."""
import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(settings.REPO_DIR) / ".artifacts" / "screenshots"
# Without these, Chromium keeps trying to reach Google's services on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            # The live server reads committed data; each test's flush must leave the
            # migrations' data (root page, site, shipped taxonomies) to the next one.
            if item.get_closest_marker("django_db") is None:
                item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="session")
def chromium():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session", autouse=True)
def serialized_contents_in_every_context(django_db_setup):
    """Make `serialized_rollback` work for live-server tests.

    Playwright's sync API runs the tests in another context, where Django hands out other
    connection objects, lacking the migrations' data Django serialized at database setup.
    Shared on the connection class, every connection object finds it."""
    for alias in connections:
        wrapper = connections[alias]
        if hasattr(wrapper, "_test_serialized_contents"):
            type(wrapper)._test_serialized_contents = wrapper._test_serialized_contents


@pytest.fixture
def browser_page(chromium, live_server):
    """A page in a fresh browser context (no cookies), its base URL the live server."""
    context = chromium.new_context(base_url=live_server.url, locale="zh-CN")
    yield context.new_page()
    context.close()


@pytest.fixture
def signed_in(chromium, live_server):
    """Opens the admin in a fresh browser context per user, signed in as `username`."""
    contexts = []

    def open_as(username, password):
        context = chromium.new_context(base_url=live_server.url, locale="zh-CN")
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"/admin/$"))
        return page

    yield open_as
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under .artifacts/screenshots/NAME.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.wait_for_load_state("load")
        try:
            page.screenshot(path=str(path), full_page=True)
        except PlaywrightError:
            # Headless Chromium now and then fails to capture a full page under load; the
            # visible viewport is still worth keeping, and the screenshot is no assertion.
            page.screenshot(path=str(path))
        return path

    return take
