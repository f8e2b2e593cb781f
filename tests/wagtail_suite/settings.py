"""Wagtail's own test settings with the plugin added the way the README tells a site to
(`make test-wagtail`): Wagtail's tests of pages, workflows, revisions, scheduling and documents
must pass unchanged, proving the plugin changes nothing for pages that are not disclosure items.

Left as Wagtail's tests need them: LANGUAGE_CODE and TIME_ZONE (a site's own choice; Wagtail's
tests read English text), WAGTAILSEARCH_BACKENDS (a site may keep its own backend) and TASKS.
"""
from pathlib import Path

from wagtail.test.settings import *  # noqa: F403
from wagtail.test.settings import INSTALLED_APPS, MIDDLEWARE, TEMPLATES

from gongkai import admin_locale

# Wagtail's Jinja2 engine needs jinja2, which neither the plugin nor these test modules use.
TEMPLATES = [engine for engine in TEMPLATES if engine["BACKEND"].endswith("DjangoTemplates")]
# Wagtail's settings write uploads into the installed package; keep them out of the virtualenv.
MEDIA_ROOT = str(Path(__file__).resolve().parents[2] / ".data" / "wagtail-suite-media")

# The README's block, "Adding the plugin to an existing Wagtail site".
PLUGIN_APPS = [
    "gongkai.admin_locale",
    "gongkai.portal",
    "gongkai.disclosure_pages",
    "gongkai.review_workflow",
    "gongkai.search",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.settings",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]
INSTALLED_APPS = PLUGIN_APPS + [app for app in INSTALLED_APPS if app not in PLUGIN_APPS]
MIDDLEWARE = list(MIDDLEWARE)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "gongkai.review_workflow.admin_isolation.AdminIsolationMiddleware",
)
MIDDLEWARE.append("gongkai.portal.withdrawal.WithdrawnItemMiddleware")
LOCALE_PATHS = [admin_locale.LOCALE_DIR]
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "gongkai.admin_locale.forms.LoginForm"
# TASKS stays unset: the README's database queue defers Wagtail's own tasks too (the reference
# index update, which Wagtail's tests read back at once) until a worker runs them.

# Elasticsearch unreachable: nothing listens on port 9 (discard) of this host.
ELASTICSEARCH_URL = "http://127.0.0.1:9"
ELASTICSEARCH_OPTIONS = {}
GONGKAI_INDEX_PREFIX = "wagtail-suite"

ROOT_URLCONF = "tests.wagtail_suite.urls"
