"""The database: PostgreSQL from DATABASE_URL, else SQLite as a real embedded default.

SQLite serves one office when configured for concurrent writers: WAL lets readers go on while
one request writes; IMMEDIATE transactions take the write lock when they begin, so a transaction
never fails half-way upgrading a read lock ("database is locked" is not subject to the busy
timeout then); a writer waits its turn, up to SQLITE_BUSY_TIMEOUT seconds, instead of failing,
and the backend (gongkai_site.sqlite_backend) gives every waiting writer the same chance.
Write requests run in one transaction each (gongkai_site.transactions), on every database.
"""
import os

import dj_database_url

from .environment import LOCAL_DATA_DIR, env_int

if "DATABASE_URL" not in os.environ:
    LOCAL_DATA_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{LOCAL_DATA_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["ENGINE"] = "gongkai_site.sqlite_backend"
    DATABASES["default"]["WRITER_WAIT"] = env_int("SQLITE_BUSY_TIMEOUT", 60)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": env_int("SQLITE_BUSY_TIMEOUT", 60),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
