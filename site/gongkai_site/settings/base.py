"""The site itself: apps, middleware, templates, language, files, the plugin's settings."""
import os
from pathlib import Path

from gongkai import admin_locale

from .environment import DEBUG, LOCAL_DATA_DIR, REPO_DIR, env_bool, env_int, env_list

INSTALLED_APPS = [
    "gongkai.admin_locale",
    "gongkai_site",
    "gongkai_security",
    # The portal first: it overrides the disclosure app's plain page templates (checks.py there).
    "gongkai.portal",
    "gongkai.disclosure_pages",
    "gongkai.review_workflow",
    "gongkai.search",
    "gongkai.disclosure_column",
    "gongkai.disclosure_requests",
    "gongkai.annual_reports",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "gongkai_security.headers.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "gongkai_security.idle_sessions.IdleSessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "gongkai_site.transactions.AtomicWritesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "gongkai.review_workflow.admin_isolation.AdminIsolationMiddleware",
    "gongkai.portal.withdrawal.WithdrawnItemMiddleware",
    "gongkai.portal.page_cache.AnonymousPageCacheMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

if not DEBUG:
    # Serves collected static files in production; runserver serves them under DEBUG.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "gongkai_site.urls"
WSGI_APPLICATION = "gongkai_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [REPO_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
# The admin's missing Chinese, for Django's and Wagtail's JavaScript catalogues alike.
LOCALE_PATHS = [admin_locale.LOCALE_DIR]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", LOCAL_DATA_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", LOCAL_DATA_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "gongkai_site.static_storage.CollectedStaticFilesStorage"
        )
    },
}

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "方山县人民政府信息公开")
# Avatars are Wagtail's local default: no request to Gravatar leaves the office network.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "gongkai.admin_locale.forms.LoginForm"
# Secrecy review (review_workflow): whoever submitted or last edited an item may not review it;
# the approval steps of each organ's workflow, in order (the secrecy review is always one).
GONGKAI_SEPARATION_OF_DUTIES = env_bool("GONGKAI_SEPARATION_OF_DUTIES", True)
GONGKAI_REVIEW_STEPS = env_list("GONGKAI_REVIEW_STEPS", "section_heads,secrecy_reviewers,leaders")
# A policy interpretation approved before its policy is live waits and goes live with the policy.
WAGTAIL_FINISH_WORKFLOW_ACTION = "gongkai.disclosure_column.workflow_finish.publish_unless_awaiting_policy"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Attachments (附件): the accepted types, their content check and size (gongkai.disclosure_pages.attachments).
WAGTAILDOCS_EXTENSIONS = ["pdf", "ofd", "doc", "docx", "xls", "xlsx", "wps", "et", "txt", "zip", "jpg", "png"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "gongkai.disclosure_pages.document_forms.AttachmentDocumentForm"
GONGKAI_ATTACHMENT_MAX_BYTES = env_int("GONGKAI_ATTACHMENT_MAX_BYTES", 50 * 1024 * 1024)

# Wagtail's own tasks run at once, as on any Wagtail site; the plugin's index updates go to their
# own durable queue (GONGKAI_TASKS_BACKEND, "gongkai"), worked by `db_worker --backend gongkai`.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "gongkai": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# The portal's page cache for anonymous readers (gongkai.portal.page_cache). Off under DEBUG. With
# several server processes set PORTAL_CACHE_DIR, so that a publication empties it for all.
PORTAL_CACHE_ALIAS = "portal"
PORTAL_CACHE_SECONDS = int(os.environ.get("PORTAL_CACHE_SECONDS", "0" if DEBUG else "600"))
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "portal": (
        {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ["PORTAL_CACHE_DIR"],
        }
        if os.environ.get("PORTAL_CACHE_DIR")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}
    ),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "gongkai": {"handlers": ["console"], "level": os.environ.get("GONGKAI_LOG_LEVEL", "INFO")},
    },
}
