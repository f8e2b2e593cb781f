"""The page a locked-out sign-in gets (django-axes' AXES_LOCKOUT_CALLABLE), in the admin's look."""
from django.conf import settings
from django.shortcuts import render


def lockout_response(request, original_response=None, credentials=None):
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "lockout_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "gongkai_security/locked_out.html", context, status=429)
