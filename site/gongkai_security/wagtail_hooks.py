from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .signal_handlers import LOGIN, LOGIN_FAILED, LOGOUT


@hooks.register("register_log_actions")
def register_login_actions(actions):
    actions.register_action(LOGIN, _("Sign in"), _("Signed in"))
    actions.register_action(LOGOUT, _("Sign out"), _("Signed out"))
    actions.register_action(LOGIN_FAILED, _("Failed sign-in"), _("Failed sign-in attempt"))
