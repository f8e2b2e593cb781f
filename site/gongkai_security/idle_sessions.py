"""Idle sessions end after SESSION_COOKIE_AGE without a request.

Saving the session on every request (SESSION_SAVE_EVERY_REQUEST) would make every page view a
database write; on the embedded SQLite default that serialises all readers behind the write
lock. The deadline is therefore pushed back at most once per GONGKAI_SESSION_REFRESH_SECONDS,
so a session ends between SESSION_COOKIE_AGE minus that interval and SESSION_COOKIE_AGE after
the last request.
"""
import time

from django.conf import settings

REFRESHED_AT = "gongkai_refreshed_at"


class IdleSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.session_key:
            now = int(time.time())
            if now - session.get(REFRESHED_AT, 0) >= settings.GONGKAI_SESSION_REFRESH_SECONDS:
                session[REFRESHED_AT] = now
        return self.get_response(request)
