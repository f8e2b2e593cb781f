"""The sign-in throttle as an authentication backend (django-axes)."""
from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """Axes' check for every sign-in over HTTP; a credential check in code (a management command,
    a test's `authenticate()`) has no request and no address to throttle, and is left to the
    next backend instead of failing."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
