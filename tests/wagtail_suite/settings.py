"""Wagtail's own test settings with the plugin added the way the README tells a site to
(`make test-wagtail`): Wagtail's tests of pages, workflows, revisions, scheduling and documents
must pass unchanged, proving the plugin changes nothing for pages that are not disclosure items.

Left as Wagtail's tests need them: LANGUAGE_CODE and TIME_ZONE (a site's own choice; Wagtail's
tests read English text) and WAGTAILSEARCH_BACKENDS (a site may keep its own backend). TASKS is
the README's: Wagtail's own tasks stay immediate on "default", the plugin's go to "gongkai".
"""
from pathlib import Path

from wagtail.test.settings import *  # noqa: F403
from wagtail.test.settings import INSTALLED_APPS, MIDDLEWARE, TEMPLATES

from gongkai import admin_locale

# Wagtail's Jinja2 engine needs jinja2, which neither the plugin nor these test modules use.
TEMPLATES = [engine for engine in TEMPLATES if engine["BACKEND"].endswith("DjangoTemplates")]
# Wagtail's settings write uploads into the installed package; keep them out of the virtualenv.
DATA_DIR = Path(__file__).resolve().parents[2] / ".data"
MEDIA_ROOT = str(DATA_DIR / "wagtail-suite-media")

# The README's block, "Adding the plugin to an existing Wagtail site".
PLUGIN_APPS = [
    "gongkai.admin_locale",
    "gongkai.portal",
    "gongkai.disclosure_pages",
    "gongkai.review_workflow",
    "gongkai.search",
    "gongkai.disclosure_column",
    "gongkai.disclosure_requests",
    "gongkai.annual_reports",
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
WAGTAIL_FINISH_WORKFLOW_ACTION = "gongkai.disclosure_column.workflow_finish.publish_unless_awaiting_policy"
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "gongkai": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Elasticsearch unreachable: nothing listens on port 9 (discard) of this host.
ELASTICSEARCH_URL = "http://127.0.0.1:9"
ELASTICSEARCH_OPTIONS = {}
GONGKAI_INDEX_PREFIX = "wagtail-suite"
GONGKAI_REQUESTS_PRIVATE_ROOT = str(DATA_DIR / "wagtail-suite-private")

ROOT_URLCONF = "tests.wagtail_suite.urls"
