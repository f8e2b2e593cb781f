"""One transaction per write request: a request that fails leaves nothing half-saved.

Django's ATOMIC_REQUESTS would wrap reads too; on SQLite with IMMEDIATE transactions every
page view would then queue for the single write lock. Here only requests that may write
(anything but GET, HEAD, OPTIONS) run in a transaction, rolled back when the answer is a server
error, so reads keep running side by side under WAL. A write that found no turn at SQLite's
write lock in time has done nothing yet: it is told so (503, Chinese) instead of a server error.
"""
from django.db import transaction
from django.shortcuts import render

from .sqlite_backend.base import WriterTimeout

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
RETRY_AFTER_SECONDS = 30


class AtomicWritesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        try:
            with transaction.atomic():
                response = self.get_response(request)
                if response.status_code >= 500:
                    transaction.set_rollback(True)
                return response
        except WriterTimeout:
            return busy(request)


def busy(request):
    response = render(request, "gongkai_site/busy.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
