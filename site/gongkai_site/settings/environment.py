"""How the settings read the environment, and the switches every other settings module needs."""
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

SITE_DIR = Path(__file__).resolve().parent.parent.parent
REPO_DIR = SITE_DIR.parent
LOCAL_DATA_DIR = REPO_DIR / ".data"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


def env_int(name, default):
    return int(os.environ.get(name, default))


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "local-development-only-not-a-secret"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The one public address of the site: the Wagtail site record (so page URLs and the sitemap),
# the feeds and the workflow e-mails all link to it, whatever host a request came in on.
GONGKAI_PUBLIC_BASE_URL = os.environ.get(
    "GONGKAI_PUBLIC_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
).rstrip("/")
WAGTAILADMIN_BASE_URL = GONGKAI_PUBLIC_BASE_URL
