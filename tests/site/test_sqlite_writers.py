"""SQLite writers take the write lock in turn, and a writer that gets no turn is told so."""
import sqlite3
import threading
import time
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import RequestFactory

from gongkai_site import transactions
from gongkai_site.sqlite_backend.base import DatabaseWrapper, WriterTimeout

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="the embedded SQLite default only")


def writer(path, wait):
    settings_dict = {
        **connection.settings_dict, "NAME": str(path), "WRITER_WAIT": wait,
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": wait, "init_command": "PRAGMA journal_mode=WAL;"},
    }
    return DatabaseWrapper(settings_dict, alias="writer-under-test")


def database(tmp_path):
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute("CREATE TABLE entries (who TEXT)")
    return path


def greedy_writer(path, stop):
    """An import that takes the lock again the moment it lets go, as fast as SQLite allows."""
    hog = sqlite3.connect(path, timeout=60, isolation_level=None)
    while not stop.is_set():
        hog.execute("BEGIN IMMEDIATE")
        hog.execute("INSERT INTO entries VALUES ('import')")
        time.sleep(0.02)
        hog.execute("COMMIT")
    hog.close()


def test_a_waiting_writer_gets_its_turn_between_the_rows_of_a_greedy_import(tmp_path, django_db_blocker):
    path = database(tmp_path)
    stop = threading.Event()
    importer = threading.Thread(target=greedy_writer, args=(path, stop))
    importer.start()
    try:
        time.sleep(0.2)
        with django_db_blocker.unblock():
            request = writer(path, wait=20)
            request.ensure_connection()
            request._start_transaction_under_autocommit()
            request.cursor().execute("INSERT INTO entries VALUES ('request')")
            request.cursor().execute("COMMIT")
            request.close()
        assert importer.is_alive(), "the request got its turn only after the import ended"
    finally:
        stop.set()
        importer.join()
    with sqlite3.connect(path) as check:
        assert check.execute("SELECT COUNT(*) FROM entries WHERE who = 'request'").fetchone() == (1,)


def test_a_writer_that_gets_no_turn_in_time_gives_up_with_a_named_error(tmp_path, django_db_blocker):
    path = database(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    request = writer(path, wait=1)
    try:
        with django_db_blocker.unblock(), pytest.raises(WriterTimeout):
            request.ensure_connection()
            request._start_transaction_under_autocommit()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        request.close()


@pytest.mark.django_db
def test_a_write_request_without_a_turn_is_answered_busy_in_chinese_not_with_a_server_error(monkeypatch):
    @contextmanager
    def no_turn():
        raise WriterTimeout("database is locked")
        yield

    monkeypatch.setattr(transactions.transaction, "atomic", no_turn)
    middleware = transactions.AtomicWritesMiddleware(lambda request: pytest.fail("the view ran"))
    response = middleware(RequestFactory().post("/admin/pages/1/edit/"))

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "系统繁忙" in response.content.decode()
    assert "没有保存" in response.content.decode()
