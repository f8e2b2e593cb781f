"""The login audit (等保 2.0 安全审计): sign-ins, sign-outs and failed attempts in Wagtail's log.

The entries are logged against the account, so they show in the admin's site history and in
the user's own history. A failed attempt on a name no account has is left to django-axes'
attempt records: there is no account to log it against.
"""
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from wagtail.log_actions import log

from .client_address import client_ip_address

LOGIN = "gongkai_security.login"
LOGOUT = "gongkai_security.logout"
LOGIN_FAILED = "gongkai_security.login_failed"


def request_details(request):
    if request is None:
        return {}
    return {"ip_address": client_ip_address(request), "user_agent": request.META.get("HTTP_USER_AGENT", "")[:255]}


@receiver(user_logged_in, dispatch_uid="gongkai_security_login")
def log_login(sender, request, user, **kwargs):
    log(instance=user, action=LOGIN, user=user, data=request_details(request))


@receiver(user_logged_out, dispatch_uid="gongkai_security_logout")
def log_logout(sender, request, user, **kwargs):
    if user is not None:
        log(instance=user, action=LOGOUT, user=user, data=request_details(request))


@receiver(user_login_failed, dispatch_uid="gongkai_security_login_failed")
def log_failed_login(sender, credentials, request=None, **kwargs):
    username = credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username")
    user = get_user_model()._default_manager.filter(**{get_user_model().USERNAME_FIELD: username}).first()
    if user is not None:
        log(instance=user, action=LOGIN_FAILED, user=None, data=request_details(request))
