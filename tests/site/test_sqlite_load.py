"""SQLite as the embedded default under one office's load, against the production server.

gunicorn (2 processes × 4 threads) serves a fresh demo site on a file database while the task
worker runs and a catalogue import writes; 20 submit/approve/edit requests arrive at once.
None may answer a server error, and no page may be left without its revision.
"""
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection
from wagtail.test.utils.form_data import querydict_from_html

from gongkai_site.demo import DEMO_PASSWORD

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="the embedded SQLite default only",
)

REPO_DIR = Path(settings.REPO_DIR)
CATALOGUE_ITEM_ADD = "/admin/pages/add/disclosure_pages/disclosureitempage/{parent}/"
BURST_CREATES, BURST_EDITS, BURST_APPROVALS = 8, 6, 6


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Site:
    """A demo site of its own: a file database, an index prefix, a production server, a worker."""

    def __init__(self, directory):
        self.directory = directory
        self.database = directory / "db.sqlite3"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{self.database}",
            "GONGKAI_INDEX_PREFIX": f"test-load-{uuid.uuid4().hex[:8]}",
            "MEDIA_ROOT": str(directory / "media"),
            "PYTHONPATH": str(REPO_DIR / "site"),
        }
        self.processes = []

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, str(REPO_DIR / "site" / "manage.py"), *args],
            env=self.env, capture_output=True, text=True, timeout=600,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    def start(self, name, *command):
        log = (self.directory / f"{name}.log").open("w")
        process = subprocess.Popen(command, env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO_DIR)
        self.processes.append(process)
        return process

    def serve(self):
        self.start(
            "gunicorn", sys.executable, "-m", "gunicorn", "gongkai_site.wsgi",
            "--bind", f"127.0.0.1:{self.port}", "--workers", "2", "--threads", "4", "--timeout", "120",
        )
        self.start("worker", sys.executable, str(REPO_DIR / "site" / "manage.py"), "db_worker",
                   "--backend", "gongkai", "--queue-name", "*", "--no-reload", "--interval", "0.2")
        for _ in range(120):
            try:
                requests.get(self.url + "/admin/login/", timeout=30)
                return
            except requests.RequestException:
                time.sleep(0.5)
        raise AssertionError((self.directory / "gunicorn.log").read_text())

    def stop(self):
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()

    def log(self, name):
        return (self.directory / f"{name}.log").read_text()

    def query(self, sql, *params):
        with sqlite3.connect(self.database, timeout=60) as connection:
            return connection.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("load"))
    site.manage("migrate", "--no-input", "--verbosity", "0")
    site.manage("load_demo")
    try:
        site.serve()
        yield site
    finally:
        site.stop()


def signed_in(site, username):
    session = requests.Session()
    page = session.get(site.url + "/admin/login/", timeout=60).text
    token = querydict_from_html(page, form_index=0, exclude_csrf=False)["csrfmiddlewaretoken"]
    response = session.post(
        site.url + "/admin/login/",
        {"username": username, "password": DEMO_PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": site.url + "/admin/login/"}, timeout=60,
    )
    assert response.status_code == 200 and "/admin/login/" not in response.url, response.text[:500]
    return session


def page_form(session, url, **changes):
    form = querydict_from_html(session.get(url, timeout=60).text, form_id="page-edit-form", exclude_csrf=False)
    data = dict(form.lists())
    for name, value in changes.items():
        data[name] = [value]
    return data


def new_item(session, site, parent, title, **extra):
    url = site.url + CATALOGUE_ITEM_ADD.format(parent=parent)
    topic, genre = site.query(
        "SELECT t.id, g.id FROM disclosure_pages_topic t, disclosure_pages_genre g "
        "WHERE t.parent_id IS NOT NULL ORDER BY t.id, g.id LIMIT 1"
    )[0]
    fields = {"title": title, "written_date": "2025-03-18", "topic": str(topic),
              "genre": str(genre), "disclosure": "public", "doc_number": "方政办〔2025〕7号", **extra}
    return url, page_form(session, url, **fields)


def post(session, site, url, data):
    return session.post(url, data, headers={"Referer": url}, timeout=300, allow_redirects=False)


def import_file(site):
    path = site.directory / "import.jsonl"
    with path.open("w", encoding="utf-8") as lines:
        for n in range(1, 41):
            lines.write(json.dumps({
                "title": f"并发导入的第{n}号通告", "body": "导入正文。", "organ": "方山县人民政府办公室",
                "doc_number": f"方政办〔2023〕{n}号", "written_date": "2023-05-06", "topic": "综合政务/信息公开",
                "genre": "通告", "disclosure": "主动公开", "external_id": f"LOAD-{n}",
            }, ensure_ascii=False) + "\n")
    return path


def test_twenty_concurrent_writes_with_a_worker_and_an_import_answer_no_500_and_leave_no_half_saved_page(site):
    (parent,) = site.query(
        "SELECT p.page_ptr_id FROM disclosure_pages_disclosurecatalogueindexpage p "
        "JOIN disclosure_pages_organ o ON o.id = p.organ_id WHERE o.name = '方山县人民政府办公室'"
    )[0]
    editor, section_head = signed_in(site, "editor"), signed_in(site, "section_head")

    # Before the burst: drafts to edit, and submitted items waiting for 科室审核.
    drafts, submitted = [], []
    for n in range(BURST_EDITS):
        url, data = new_item(editor, site, parent, f"待修改的草稿{n}")
        assert post(editor, site, url, data).status_code == 302
        drafts.append(site.query("SELECT id FROM wagtailcore_page WHERE title = ?", f"待修改的草稿{n}")[0][0])
    for n in range(BURST_APPROVALS):
        url, data = new_item(editor, site, parent, f"待审核的条目{n}", **{"action-submit": "1"})
        assert post(editor, site, url, data).status_code == 302
        submitted.append(site.query("SELECT id FROM wagtailcore_page WHERE title = ?", f"待审核的条目{n}")[0][0])

    requests_to_send = []
    for n in range(BURST_CREATES):
        url, data = new_item(editor, site, parent, f"并发新建并提交{n}", **{"action-submit": "1"})
        requests_to_send.append((editor, url, data))
    for page_id in drafts:
        url = f"{site.url}/admin/pages/{page_id}/edit/"
        requests_to_send.append((editor, url, page_form(editor, url, title=f"已修改的草稿{page_id}")))
    for page_id in submitted:
        (task_state,) = site.query(
            "SELECT ts.id FROM wagtailcore_taskstate ts JOIN wagtailcore_workflowstate ws "
            "ON ws.id = ts.workflow_state_id WHERE ws.object_id = ? AND ts.status = 'in_progress'", str(page_id)
        )[0]
        url = f"{site.url}/admin/pages/workflow/action/{page_id}/approve/{task_state}/"
        token = section_head.cookies["csrftoken"]
        requests_to_send.append((section_head, url, {"csrfmiddlewaretoken": token, "comment": ""}))
    assert len(requests_to_send) == 20

    importer = subprocess.Popen(
        [sys.executable, str(REPO_DIR / "site" / "manage.py"), "import_catalogue", str(import_file(site))],
        env=site.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    start = threading.Barrier(len(requests_to_send))

    def send(job):
        session, url, data = job
        start.wait()
        return url, post(session, site, url, data).status_code

    with ThreadPoolExecutor(len(requests_to_send)) as pool:
        answers = list(pool.map(send, requests_to_send))
    out, err = importer.communicate(timeout=600)

    assert [answer for answer in answers if answer[1] >= 500] == [], site.log("gunicorn")[-6000:]
    assert {status for _, status in answers} <= {200, 302}, answers
    assert importer.returncode == 0, err
    assert "40 created" in out, out + err
    assert site.query("SELECT COUNT(*) FROM wagtailcore_page WHERE title LIKE '并发新建并提交%'")[0][0] == BURST_CREATES
    assert site.query("SELECT COUNT(*) FROM wagtailcore_page WHERE draft_title LIKE '已修改的草稿%'")[0][0] == BURST_EDITS
    approved = site.query(
        "SELECT COUNT(*) FROM wagtailcore_taskstate WHERE status = 'approved' AND workflow_state_id IN "
        f"(SELECT id FROM wagtailcore_workflowstate WHERE object_id IN ({','.join('?' * len(submitted))}))",
        *map(str, submitted),
    )[0][0]
    assert approved == BURST_APPROVALS
    half_saved = site.query(
        "SELECT id, title FROM wagtailcore_page WHERE depth > 2 AND latest_revision_id IS NULL"
    )
    assert half_saved == []
    for name in ("gunicorn", "worker"):
        assert "database is locked" not in site.log(name)
    time.sleep(2)
    failed = site.query("SELECT task_path, exception_class_path FROM django_tasks_database_dbtaskresult WHERE status = 'FAILED'")
    assert failed == []
