"""The address a request came from, as the login throttle counts it."""
from django.conf import settings


def client_ip_address(request):
    """REMOTE_ADDR, or behind N trusted proxies the address the outermost of them saw.

    Each proxy appends the address it received the request from to X-Forwarded-For, so the
    N-th entry from the right is the first one no client could forge.
    """
    proxies = settings.GONGKAI_TRUSTED_PROXIES
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
