"""Mail (password resets, workflow notices) from EMAIL_URL.

The console backend only under DEBUG; production without EMAIL_URL hands mail to the local MTA.
"""
import os

from gongkai_site.mail_url import parse_email_url

from .environment import DEBUG

globals().update(parse_email_url(os.environ.get("EMAIL_URL", "console://" if DEBUG else "smtp://localhost:25")))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "gongkai@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
