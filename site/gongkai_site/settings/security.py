"""Security (等保 2.0 basics): logins, sessions, passwords, response headers, HTTPS.

Every value has a safe default and an environment variable to tune it (docs/deploy.md).
"""
import datetime

from csp.constants import NONE, SELF

from .environment import DEBUG, env_bool, env_int

# Login throttling (django-axes): after GONGKAI_LOGIN_FAILURE_LIMIT failed attempts the account
# and the address are each locked for GONGKAI_LOGIN_LOCKOUT_MINUTES; a success resets the count.
AUTHENTICATION_BACKENDS = [
    "gongkai_security.backends.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("GONGKAI_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("GONGKAI_LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "gongkai_security.lockout.lockout_response"
# Behind GONGKAI_TRUSTED_PROXIES reverse proxies the client address is read from X-Forwarded-For,
# or every login would seem to come from the proxy and one lockout would lock everybody out.
GONGKAI_TRUSTED_PROXIES = env_int("GONGKAI_TRUSTED_PROXIES", 0)
AXES_CLIENT_IP_CALLABLE = "gongkai_security.client_address.client_ip_address"

# Sessions end after GONGKAI_SESSION_IDLE_MINUTES without a request, and with the browser.
SESSION_COOKIE_AGE = env_int("GONGKAI_SESSION_IDLE_MINUTES", 30) * 60
# gongkai_security.idle_sessions pushes the deadline back at most once a minute.
GONGKAI_SESSION_REFRESH_SECONDS = env_int("GONGKAI_SESSION_REFRESH_SECONDS", 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "gongkai_security.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("GONGKAI_PASSWORD_MIN_LENGTH", 10)},
    },
    {
        "NAME": "gongkai_security.passwords.CharacterClassValidator",
        "OPTIONS": {"min_classes": env_int("GONGKAI_PASSWORD_MIN_CLASSES", 3)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Content-Security-Policy on the portal: its own scripts, styles and images only. The admin is
# left to Wagtail, whose editor needs inline styles and scripts.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
GONGKAI_PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()"
)

# Production hardening; behind a TLS-terminating proxy set TRUST_X_FORWARDED_PROTO=1.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env_bool("TRUST_X_FORWARDED_PROTO"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
