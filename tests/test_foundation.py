"""The foundation: a real Elasticsearch node, Chinese-first settings, production hardening."""
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from elasticsearch_dsl import Document, Text

SITE_DIR = Path(settings.SITE_DIR)


def test_the_node_is_a_real_elasticsearch_8(elasticsearch):
    assert elasticsearch.info()["version"]["number"].startswith("8.")


def test_a_chinese_document_is_indexed_and_found_through_the_real_node(elasticsearch):
    index = f"{settings.GONGKAI_INDEX_PREFIX}-probe-{uuid.uuid4().hex[:8]}"

    class Probe(Document):
        title = Text()

        class Index:
            name = index

    Probe.init(using=elasticsearch)
    try:
        Probe(title="方山县政府信息公开指南").save(using=elasticsearch, refresh=True)
        Probe(title="关于做好防汛抗旱工作的通知").save(using=elasticsearch, refresh=True)
        hits = Probe.search(using=elasticsearch).query("match", title="防汛").execute()
        assert [hit.title for hit in hits] == ["关于做好防汛抗旱工作的通知"]
    finally:
        elasticsearch.indices.delete(index=index)


def test_the_site_speaks_simplified_chinese_in_shanghai_time():
    assert settings.LANGUAGE_CODE == "zh-hans"
    assert settings.TIME_ZONE == "Asia/Shanghai"


@pytest.mark.django_db
def test_the_admin_login_page_is_in_chinese(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "登录" in response.content.decode()


def run_manage(*args, **env):
    # A production process starts with none of the test run's development switches.
    unset = {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {key: value for key, value in os.environ.items() if key not in unset}
    environment.update(env)
    return subprocess.run(
        [sys.executable, str(SITE_DIR / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=SITE_DIR,
    )


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        GONGKAI_LEDGER_KEY="a-separate-long-random-ledger-key-" + "y" * 40,
        ALLOWED_HOSTS="xxgk.fangshan.gov.cn",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARNING" not in result.stderr + result.stdout


def test_the_deploy_check_warns_when_the_ledger_key_is_derived_from_the_secret_key():
    result = run_manage(
        "check",
        "--deploy",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        ALLOWED_HOSTS="xxgk.fangshan.gov.cn",
    )
    assert "review_workflow.W001" in result.stderr + result.stdout


def test_production_settings_require_a_secret_key():
    result = run_manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_hands_mail_to_smtp_and_links_e_mails_to_the_public_address():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.WAGTAILADMIN_BASE_URL)",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        GONGKAI_PUBLIC_BASE_URL="https://xxgk.fangshan.gov.cn",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "django.core.mail.backends.smtp.EmailBackend", "localhost", "25", "https://xxgk.fangshan.gov.cn"
    ]


def test_production_refuses_a_malformed_mail_url():
    result = run_manage("check", DEBUG="0", SECRET_KEY="s" * 50, EMAIL_URL="mail.example.gov.cn:25")
    assert result.returncode != 0
    assert "EMAIL_URL must start with smtp://" in result.stderr


def test_the_default_moderators_workflow_of_wagtail_is_retired(db):
    from wagtail.models import Page, Workflow

    assert Page.get_first_root_node().get_workflow() is None
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
