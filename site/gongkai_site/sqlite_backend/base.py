"""SQLite where every waiting writer gets its turn, however long the queue.

SQLite's busy handler sleeps between tries with a growing back-off, up to 100 ms. A writer that
has waited long therefore polls rarely, while a newcomer (an import's next row, the task
worker's next claim) polls every millisecond and takes the lock first: under a burst an early
request can starve past any timeout and answer "database is locked" although the total work
was short. Here a transaction's BEGIN is retried with short busy waits until the writer's own
deadline, so every waiter polls alike; statements inside a transaction keep the normal timeout.
"""
import random
import time

from django.db import OperationalError
from django.db.backends.sqlite3 import base

# A try waits at most this long in SQLite's handler (its first back-off steps: 1, 2, 5 ms).
BEGIN_POLL_MS = 10


class WriterTimeout(OperationalError):
    """No turn at the write lock within the writer's deadline (WRITER_WAIT seconds)."""


class DatabaseWrapper(base.DatabaseWrapper):
    def _start_transaction_under_autocommit(self):
        give_up = time.monotonic() + self.settings_dict.get("WRITER_WAIT", 60)
        begin = "BEGIN" if self.transaction_mode is None else f"BEGIN {self.transaction_mode}"
        busy_ms = self.connection.execute("PRAGMA busy_timeout").fetchone()[0]
        self.connection.execute(f"PRAGMA busy_timeout = {BEGIN_POLL_MS}")
        try:
            while not self._began(begin):
                if time.monotonic() > give_up:
                    raise WriterTimeout("database is locked: no turn at the write lock in time")
                time.sleep(random.uniform(0, BEGIN_POLL_MS / 1000))
        finally:
            self.connection.execute(f"PRAGMA busy_timeout = {busy_ms}")

    def _began(self, begin):
        try:
            self.cursor().execute(begin)
        except OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                return False
            raise
        return True
