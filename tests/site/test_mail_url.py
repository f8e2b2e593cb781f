"""EMAIL_URL: the whole mail configuration in one variable."""
import pytest
from django.core.exceptions import ImproperlyConfigured
from gongkai_site.mail_url import parse_email_url


def test_smtp_with_starttls_and_credentials():
    assert parse_email_url("smtp://xxgk%40fangshan.gov.cn:p%40ss%3Aword@mail.fangshan.gov.cn:587/?tls=1") == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.fangshan.gov.cn",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "xxgk@fangshan.gov.cn",
        "EMAIL_HOST_PASSWORD": "p@ss:word",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
    }


def test_smtps_means_implicit_tls_on_port_465():
    settings = parse_email_url("smtps://mail.fangshan.gov.cn/?timeout=10")
    assert (settings["EMAIL_PORT"], settings["EMAIL_USE_SSL"], settings["EMAIL_TIMEOUT"]) == (465, True, 10)


def test_plain_smtp_to_the_local_relay():
    settings = parse_email_url("smtp://localhost")
    assert (settings["EMAIL_HOST"], settings["EMAIL_PORT"], settings["EMAIL_HOST_USER"]) == ("localhost", 25, "")


def test_console_prints_the_messages():
    assert parse_email_url("console://") == {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}


@pytest.mark.parametrize("url", ["mail.fangshan.gov.cn:25", "http://mail.fangshan.gov.cn", "smtp://", "smtps://m.gov.cn/?tls=1"])
def test_a_malformed_url_is_refused_with_the_reason(url):
    with pytest.raises(ImproperlyConfigured):
        parse_email_url(url)
