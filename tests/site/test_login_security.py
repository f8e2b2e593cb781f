"""等保 2.0 at the door: login lockout, the login audit, idle sessions, password rules."""
import datetime

import pytest
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from gongkai_security.signal_handlers import LOGIN

pytestmark = pytest.mark.django_db

PASSWORD = "Fangshan-2026-pass"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", password=PASSWORD, is_superuser=True)


def sign_in(client, username, password, address="10.0.0.1"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def is_signed_in(client):
    return client.get("/admin/").status_code == 200


def test_after_fifty_wrong_passwords_the_right_one_does_not_sign_in(client, editor):
    for attempt in range(50):
        sign_in(client, "editor", f"wrong-{attempt}")

    response = sign_in(client, "editor", PASSWORD)

    assert response.status_code == 429
    assert "连续 5 次登录失败，登录已被锁定。" in response.content.decode()
    assert "请在 30 分钟后重试" in response.content.decode()
    assert not is_signed_in(client)


def test_four_wrong_passwords_still_let_the_right_one_in(client, editor):
    for attempt in range(4):
        sign_in(client, "editor", f"wrong-{attempt}")

    sign_in(client, "editor", PASSWORD)

    assert is_signed_in(client)


def test_a_locked_account_stays_locked_from_another_address(client, editor):
    for attempt in range(5):
        sign_in(client, "editor", f"wrong-{attempt}", address="10.0.0.1")

    sign_in(client, "editor", PASSWORD, address="10.0.0.99")

    assert not is_signed_in(client)


def test_guessing_many_accounts_from_one_address_locks_the_address(client, editor):
    for attempt in range(5):
        sign_in(client, f"nobody-{attempt}", "guess", address="10.0.0.7")

    sign_in(client, "editor", PASSWORD, address="10.0.0.7")
    assert not is_signed_in(client)
    sign_in(client, "editor", PASSWORD, address="10.0.0.8")
    assert is_signed_in(client)


def test_the_lock_lifts_after_the_lockout_period(client, editor):
    from axes.models import AccessAttempt

    for attempt in range(5):
        sign_in(client, "editor", f"wrong-{attempt}")
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=31))

    sign_in(client, "editor", PASSWORD)

    assert is_signed_in(client)


def audit_actions(user):
    return list(ModelLogEntry.objects.for_instance(user).order_by("timestamp").values_list("action", flat=True))


def test_sign_in_failed_sign_in_and_sign_out_are_in_wagtails_log(client, editor):
    sign_in(client, "editor", "wrong")
    sign_in(client, "editor", PASSWORD)
    client.post("/admin/logout/")

    assert audit_actions(editor) == [
        "gongkai_security.login_failed",
        "gongkai_security.login",
        "gongkai_security.logout",
    ]
    entry = ModelLogEntry.objects.get(action=LOGIN)
    assert entry.user == editor and entry.data["ip_address"] == "10.0.0.1"


def test_the_site_history_report_shows_the_logins_in_chinese(client, editor):
    sign_in(client, "editor", "wrong")
    sign_in(client, "editor", PASSWORD)

    html = client.get("/admin/reports/site-history/").content.decode()

    assert "登录系统" in html
    assert "登录失败" in html


def test_a_session_ends_after_thirty_idle_minutes(client, editor):
    sign_in(client, "editor", PASSWORD)
    assert is_signed_in(client)
    session = Session.objects.get()
    assert session.expire_date == pytest.approx(timezone.now() + datetime.timedelta(minutes=30), abs=datetime.timedelta(seconds=30))

    # Thirty-one minutes without a request.
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(minutes=1))

    assert not is_signed_in(client)


def test_a_request_after_a_quiet_minute_pushes_the_idle_deadline_back(client, editor, settings):
    sign_in(client, "editor", PASSWORD)
    settings.GONGKAI_SESSION_REFRESH_SECONDS = 0
    Session.objects.update(expire_date=timezone.now() + datetime.timedelta(minutes=2))

    assert is_signed_in(client)

    assert Session.objects.get().expire_date > timezone.now() + datetime.timedelta(minutes=29)


def test_requests_within_a_minute_do_not_write_the_session(client, editor):
    sign_in(client, "editor", PASSWORD)
    client.get("/admin/")
    Session.objects.update(expire_date=timezone.now() + datetime.timedelta(minutes=20))

    assert is_signed_in(client)

    assert Session.objects.get().expire_date < timezone.now() + datetime.timedelta(minutes=21)


def test_the_session_cookie_ends_with_the_browser(client, editor):
    response = sign_in(client, "editor", PASSWORD)

    cookie = response.cookies["sessionid"]
    assert cookie["expires"] == "" and cookie["max-age"] == ""


def password_errors(password, user=None):
    try:
        with translation.override("zh-hans"):
            validate_password(password, user)
    except ValidationError as error:
        return error.messages
    return []


def test_a_short_password_is_refused_in_chinese():
    assert "密码太短：至少须有 10 个字符。" in password_errors("Fs-2026!")


def test_a_password_of_one_or_two_kinds_of_character_is_refused_in_chinese():
    message = "密码须包含大写字母、小写字母、数字、符号中的至少 3 类字符。"
    assert message in password_errors("fangshanxianzhengfu")
    assert message in password_errors("fangshan20261")


def test_a_common_password_is_refused_even_with_three_kinds_of_character():
    assert "这个密码太常见了。" in password_errors("Password123")


def test_a_password_like_the_account_name_is_refused(editor):
    editor.first_name = "Zhangsanfeng"
    assert any("太相似" in message for message in password_errors("Zhangsanfeng1", editor))


def test_a_long_password_of_three_kinds_of_character_is_accepted(editor):
    assert password_errors("Qingshi-town-2026", editor) == []
