"""EMAIL_URL: the mail backend in one variable, e.g. smtp://user:password@mail.example.gov.cn:587/?tls=1.

Schemes: smtp (STARTTLS with ?tls=1), smtps (implicit TLS), console (prints the message; for
development). User and password are percent-decoded, so they may hold any character.
"""
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
CONSOLE_BACKEND = "django.core.mail.backends.console.EmailBackend"
TRUE_WORDS = {"1", "true", "yes", "on"}


def parse_email_url(url):
    """The Django EMAIL_* settings that `url` describes."""
    parts = urlsplit(url)
    if parts.scheme == "console":
        return {"EMAIL_BACKEND": CONSOLE_BACKEND}
    if parts.scheme not in {"smtp", "smtps"}:
        raise ImproperlyConfigured(f"EMAIL_URL must start with smtp://, smtps:// or console://, not {url!r}.")
    if not parts.hostname:
        raise ImproperlyConfigured("EMAIL_URL names no mail server host.")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    use_ssl = parts.scheme == "smtps" or query.get("ssl", "").lower() in TRUE_WORDS
    use_tls = query.get("tls", "").lower() in TRUE_WORDS
    if use_ssl and use_tls:
        raise ImproperlyConfigured("EMAIL_URL asks for both STARTTLS (tls) and implicit TLS (ssl/smtps); pick one.")
    settings = {
        "EMAIL_BACKEND": SMTP_BACKEND,
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or (465 if use_ssl else 587 if use_tls else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }
    if "timeout" in query:
        settings["EMAIL_TIMEOUT"] = int(query["timeout"])
    return settings
