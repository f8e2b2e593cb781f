"""Settings of the reference Gongkai site, read once from the environment.

Local use needs nothing set: SQLite, a local Elasticsearch node and DEBUG from `make run`.
Production sets SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and ELASTICSEARCH_URL.
"""
import os
from pathlib import Path

import dj_database_url
import gongkai_admin_locale
from django.core.exceptions import ImproperlyConfigured

SITE_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = SITE_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "local-development-only-not-a-secret"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "gongkai_admin_locale",
    "gongkai_site",
    "disclosure_pages",
    "review_workflow",
    "search",
    "portal",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "portal.withdrawal.WithdrawnItemMiddleware",
    "portal.page_cache.AnonymousPageCacheMiddleware",
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
                "portal.context_processors.portal",
            ],
        },
    },
]

LOCAL_DATA_DIR = REPO_DIR / ".data"
if "DATABASE_URL" not in os.environ:
    LOCAL_DATA_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{LOCAL_DATA_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Editors save concurrently; wait for the write lock instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
# The admin's missing Chinese, for Django's and Wagtail's JavaScript catalogues alike.
LOCALE_PATHS = [gongkai_admin_locale.LOCALE_DIR]
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
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "方山县人民政府信息公开")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Avatars are Wagtail's local default: no request to Gravatar leaves the office network.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "gongkai_admin_locale.forms.LoginForm"
# Secrecy review (review_workflow): whoever submitted or last edited an item may not review it;
# the approval steps of each organ's workflow, in order (the secrecy review is always one).
GONGKAI_SEPARATION_OF_DUTIES = env_bool("GONGKAI_SEPARATION_OF_DUTIES", True)
GONGKAI_REVIEW_STEPS = env_list("GONGKAI_REVIEW_STEPS", "section_heads,secrecy_reviewers,leaders")
# Workflow e-mails (submitted, approved, rejected): printed to the console unless SMTP is set.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "gongkai@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Attachments (附件): the accepted types, their content check and size (disclosure_pages.attachments).
WAGTAILDOCS_EXTENSIONS = ["pdf", "ofd", "doc", "docx", "xls", "xlsx", "wps", "et", "txt", "zip", "jpg", "png"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "disclosure_pages.document_forms.AttachmentDocumentForm"
GONGKAI_ATTACHMENT_MAX_BYTES = int(os.environ.get("GONGKAI_ATTACHMENT_MAX_BYTES", 50 * 1024 * 1024))

# Elasticsearch: a local node from `make run`/`make test`, or an existing cluster.
ELASTICSEARCH_URL = os.environ.get(
    "ELASTICSEARCH_URL", f"http://127.0.0.1:{os.environ.get('ES_PORT', '9200')}"
)
ELASTICSEARCH_OPTIONS = {
    key: value
    for key, value in {
        "api_key": os.environ.get("ELASTICSEARCH_API_KEY"),
        "ca_certs": os.environ.get("ELASTICSEARCH_CA_CERTS"),
    }.items()
    if value
}
GONGKAI_INDEX_PREFIX = os.environ.get("GONGKAI_INDEX_PREFIX", "gongkai")

WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [ELASTICSEARCH_URL],
        "INDEX_PREFIX": f"{GONGKAI_INDEX_PREFIX}-wagtail-",
        "TIMEOUT": 10,
        "OPTIONS": ELASTICSEARCH_OPTIONS,
        # The admin search's Chinese analysis: CJK bigrams (the measured best analysis that runs
        # inside Elasticsearch alone; docs/search-analysis.md), as the index's default analyzer.
        "INDEX_SETTINGS": {
            "settings": {
                "analysis": {
                    "analyzer": {
                        "default": {
                            "type": "custom",
                            "tokenizer": "standard",
                            "filter": ["cjk_width", "lowercase", "cjk_bigram"],
                        }
                    }
                }
            }
        },
    }
}
# The public catalogue index (search app): deepest result page, request timeout (seconds),
# first retry delay of the sync queue while Elasticsearch is down (seconds, doubling).
GONGKAI_SEARCH_MAX_PAGE = int(os.environ.get("GONGKAI_SEARCH_MAX_PAGE", "50"))
GONGKAI_SEARCH_TIMEOUT = float(os.environ.get("GONGKAI_SEARCH_TIMEOUT", "5"))
GONGKAI_SEARCH_RETRY_DELAY = float(os.environ.get("GONGKAI_SEARCH_RETRY_DELAY", "5"))

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The portal's page cache for anonymous readers (portal.page_cache). Off under DEBUG. With
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

# Production hardening; behind a TLS-terminating proxy set TRUST_X_FORWARDED_PROTO=1.
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env_bool("TRUST_X_FORWARDED_PROTO"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
