"""Settings of the reference Gongkai site, read once from the environment, one module per concern.

Local use needs nothing set: SQLite, a local Elasticsearch node and DEBUG from `make run`.
Production sets SECRET_KEY, ALLOWED_HOSTS, GONGKAI_PUBLIC_BASE_URL, DATABASE_URL,
ELASTICSEARCH_URL and EMAIL_URL (docs/deploy.md lists every variable).
"""
from .environment import *  # noqa: F403
from .base import *  # noqa: F403
from .database import *  # noqa: F403
from .search import *  # noqa: F403
from .mail import *  # noqa: F403
from .security import *  # noqa: F403
